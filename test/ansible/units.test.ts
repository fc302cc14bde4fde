import { describe, expect, it } from '@jest/globals';
import { editText } from '../../src/engine/ansible/edits.js';
import { groupsOf, matchPattern, readInventory } from '../../src/engine/ansible/inventory.js';
import { Renderer } from '../../src/engine/ansible/render.js';
import { VarScope } from '../../src/engine/ansible/scope.js';
import { fileDefinitions, readYaml, UnsafeText, VaultValue } from '../../src/engine/ansible/yaml.js';
import { Placeholders } from '../../src/engine/templates.js';
import { source, span } from '../provision/helpers.js';

describe('Ansible YAML', () => {
  it('reads booleans, merge keys, duplicate keys and tags as PyYAML does', () => {
    const file = source(
      'group_vars/all.yml',
      'base: &b\n  mode: "0660"\nflag_y: y\nflag_yes: yes\nmode: 0755\nsock: /a\nsock: /b\npool:\n  <<: *b\n  name: x\nsecret: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\nraw: !unsafe "{{ x }}"\n',
    );
    const defs = Object.fromEntries(fileDefinitions(readYaml(file)).map((d) => [d.name, d.value]));
    expect(defs.flag_y).toBe('y');
    expect(defs.flag_yes).toBe(true);
    expect(defs.mode).toBe(0o755);
    expect(defs.sock).toBe('/b');
    expect(defs.pool).toEqual({ mode: '0660', name: 'x' });
    expect(defs.secret).toBeInstanceOf(VaultValue);
    expect(defs.raw).toBeInstanceOf(UnsafeText);
  });
});

describe('inventories', () => {
  const ini = source(
    'inventory/hosts',
    '[web]\nweb[1:2].example.com php_version=8.1\n\n[db]\ndb1\n\n[prod:children]\nweb\ndb\n\n[prod:vars]\nenv=production\n',
  );
  const inv = readInventory(ini)!;
  it('reads groups, ranges, children and variables', () => {
    expect(matchPattern('web', inv)).toEqual(['web1.example.com', 'web2.example.com']);
    expect(matchPattern('prod:!db', inv)).toEqual(['web1.example.com', 'web2.example.com']);
    expect(matchPattern('prod:&db', inv)).toEqual(['db1']);
    expect(groupsOf(inv, 'web1.example.com')).toEqual(['all', 'prod', 'web']);
    expect(inv.hostVars.get('web2.example.com')?.map((d) => [d.name, d.value])).toEqual([
      ['php_version', '8.1'],
    ]);
    expect(inv.groups.get('prod')?.vars.map((d) => [d.name, d.value])).toEqual([['env', 'production']]);
  });
  it('takes an INI file with sections Ansible refuses for something else (tox.ini)', () => {
    expect(
      readInventory(source('tox.ini', '[tox]\nenvlist = py3\n\n[testenv:linters-py2]\ndeps =\n  flake8\n')),
    ).toBeUndefined();
  });
  it('reads YAML inventories', () => {
    const y = readInventory(
      source(
        'inventory.yml',
        'all:\n  children:\n    web:\n      hosts:\n        a:\n          x: 1\n      vars:\n        y: 2\n',
      ),
    )!;
    expect(matchPattern('web', y)).toEqual(['a']);
    expect(y.groups.get('web')?.vars[0].name).toBe('y');
  });
});

describe('precedence', () => {
  it('puts each level where Ansible documents it, whatever the order of adding', () => {
    const scope = new VarScope();
    scope.addValues('extra vars', { a: 'extra' });
    scope.addValues('role defaults', { a: 'default', b: 'default' });
    scope.addValues('group_vars', { b: 'group' });
    scope.addValues('group_vars/all', { b: 'all' });
    expect(scope.get('a')?.value).toBe('extra');
    expect(scope.get('b')?.value).toBe('group');
  });
});

describe('renderer', () => {
  const render = (text: string, vars: Record<string, unknown>) => {
    const placeholders = new Placeholders({});
    const scope = new VarScope().addValues('play vars', vars);
    const out = new Renderer(scope, placeholders, () => undefined).render({ path: 't.j2', text });
    return { out, placeholders };
  };

  it('names an undefined variable and keeps defaults and tests decided', () => {
    const { out, placeholders } = render(
      'listen = /run/{{ app }}.sock\nmode = {{ mode | default("0660") }}\n{% if x is defined %}x{% endif %}\n',
      {},
    );
    expect(placeholders.restore(out.text)).toBe('listen = /run/{{ app }}.sock\nmode = 0660\n');
    expect(placeholders.unresolvedIn(out.text)).toEqual([
      'Ansible variable app, which nothing in the repository defines',
    ]);
    expect(out.uncertain).toEqual([]);
  });

  it('makes what an unknown condition controls unknown', () => {
    const { out, placeholders } = render('{% if tcp %}\nlisten = 9000\n{% endif %}\nuser = a\n', {});
    expect(out.uncertain.map((u) => u.source)).toEqual(['if tcp']);
    const [listen, user] = out.text.split('\n');
    expect(placeholders.unresolvedIn(listen)[0]).toMatch(/^\{% if tcp %\} at t\.j2:1/);
    expect(user).toBe('user = a');
  });

  it('maps rendered spans back to the template', () => {
    const text = '{# c #}\n[{{ pool }}]\n{% for i in [1] %}\nlisten = /run/{{ pool }}.sock\n{% endfor %}\n';
    const { out } = render(text, { pool: 'shop' });
    expect(out.text).toBe('[shop]\nlisten = /run/shop.sock\n');
    const file = source('t.j2', text);
    expect(out.locate({ line: 2, column: 1, endLine: 2, endColumn: 7 })).toEqual(span(file, 'listen'));
    expect(out.locate({ line: 2, column: 15, endLine: 2, endColumn: 19 })).toEqual(
      span(file, '{{ pool }}', 1),
    );
  });
});

describe('file edits', () => {
  it('ini_file replaces a commented option in its section, as community.general does', () => {
    const before = '[www]\nuser = www-data\n;listen.owner = www-data\nlisten = /run/x.sock\n';
    expect(editText('ini_file', before, { section: 'www', option: 'listen.owner', value: 'nginx' })).toBe(
      '[www]\nuser = www-data\nlisten.owner = nginx\nlisten = /run/x.sock\n',
    );
  });
  it('lineinfile replaces the last matching line, or appends', () => {
    expect(editText('lineinfile', 'a = 1\nb = 2\n', { regexp: '^b ', line: 'b = 3' })).toBe('a = 1\nb = 3\n');
    expect(editText('lineinfile', 'a = 1\n', { regexp: '^c ', line: 'c = 3' })).toBe('a = 1\nc = 3\n');
  });
});
