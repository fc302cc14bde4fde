/** The planner and the edit builder on hand-written pools (see world.ts for the machine). */
import { describe, expect, it } from '@jest/globals';
import { attachFixes, applyEdits, FIXABLE_RULES } from '../../src/engine/fix/index.js';
import { evaluateUnit } from '../../src/engine/rules/evaluate.js';
import { RULES } from '../../src/engine/rules/index.js';
import { graphOf, type World } from './world.js';

const base: World = {
  aclSupport: true,
  crlf: false,
  indent: '',
  eq: ' = ',
  keys: [],
  fillers: [],
  webServers: [{ user: 'www-data' }],
  members: { 'www-data': [], web: [], adm: [] },
  runPhp: { mode: 0o755, group: 'root' },
  noFinalEol: false,
  suppressed: [],
};

function plan(text: string, world: Partial<World> = {}) {
  const w = { ...base, ...world };
  const graph = graphOf(w, text);
  const evaluations = evaluateUnit(graph);
  const raw = RULES.flatMap((rule) => rule.check({ graph, evaluations })).filter(
    (r) => !w.suppressed.includes(r.rule),
  );
  const outcomes = attachFixes([graph], evaluations, raw);
  const fix = raw.find((r) => FIXABLE_RULES.has(r.rule) && r.fix)?.fix;
  return {
    fix,
    after: fix ? applyEdits(text, fix.edits) : undefined,
    reason: outcomes.find((o) => o.pool.name === 'www')?.reason,
  };
}

const pool = (...lines: string[]) =>
  [
    '[www]',
    'user = app',
    'listen = /run/php/www.sock',
    ...lines,
    'pm = static',
    'pm.max_children = 2',
    '',
  ].join('\n');

describe('edits that respect the file', () => {
  it('replaces a value in place, keeping quotes and the trailing comment', () => {
    const { after } = plan(pool('listen.group = www-data', 'listen.mode = "0606"   ; keep this'));
    expect(after).toBe(pool('listen.group = www-data', 'listen.mode = "0660"   ; keep this'));
  });

  it('fills an empty value and inserts what is missing after the listen line', () => {
    const { after } = plan(pool('listen.owner =', 'listen.mode = 0660'));
    expect(after).toBe(pool('listen.group = www-data', 'listen.owner = www-data', 'listen.mode = 0660'));
  });

  it("copies the listen line's indentation, spacing and line ending", () => {
    const text = [
      '[www]',
      '\tuser\t=\tapp',
      '\tlisten\t=\t/run/php/www.sock',
      '\tpm\t=\tstatic',
      '\tpm.max_children\t=\t2',
      '',
    ].join('\r\n');
    const { after } = plan(text, { crlf: true });
    expect(after).toBe(
      [
        '[www]',
        '\tuser\t=\tapp',
        '\tlisten\t=\t/run/php/www.sock',
        '\tlisten.owner\t=\twww-data',
        '\tlisten.group\t=\twww-data',
        '\tpm\t=\tstatic',
        '\tpm.max_children\t=\t2',
        '',
      ].join('\r\n'),
    );
  });

  it("uncomments the pool's own commented default, never another pool's", () => {
    const text =
      pool(';listen.group = www-data') +
      [
        '[other]',
        'user = app',
        'listen = /run/php/o.sock',
        ';listen.owner = www-data',
        'listen.group = app',
        'pm = static',
        'pm.max_children = 1',
        '',
      ].join('\n');
    const { after } = plan(text);
    expect(after).toBe(
      text
        .replace('listen = /run/php/www.sock\n', 'listen = /run/php/www.sock\nlisten.owner = www-data\n')
        .replace(';listen.group = www-data', 'listen.group = www-data'),
    );
  });

  it('comments out listen.owner next to an ACL and adds the worker to the list, without spaces', () => {
    const { after } = plan(pool('listen.owner = www-data', 'listen.acl_users = app,deploy'));
    expect(after).toBe(pool(';listen.owner = www-data', 'listen.acl_users = app,deploy,www-data'));
  });
});

describe('several web servers', () => {
  const two = { webServers: [{ user: 'www-data' }, { user: 'nginx' }] };

  it('gives access through a group they share', () => {
    const { after } = plan(pool('listen.owner = app'), {
      ...two,
      members: { 'www-data': [], web: ['www-data', 'nginx'], adm: [] },
    });
    expect(after).toBe(pool('listen.group = web', 'listen.owner = app'));
  });

  it('takes the ACL route when they share no group and PHP-FPM has ACL support', () => {
    const { after } = plan(pool('listen.owner = app'), two);
    expect(after).toBe(pool('listen.acl_users = www-data,nginx', ';listen.owner = app'));
  });

  it('gives no fix, and says why, without ACL support', () => {
    const { fix, reason } = plan(pool('listen.owner = app'), { ...two, aclSupport: false });
    expect(fix).toBeUndefined();
    expect(reason).toMatch(/share no group.*without ACL support/);
  });
});

describe('no fix on what listen.* cannot change', () => {
  it('says so when a directory denies search', () => {
    const { fix, reason } = plan(pool('listen.owner = app', 'listen.mode = 999'), {
      runPhp: { mode: 0o750, group: 'app' },
    });
    expect(fix).toBeUndefined();
    expect(reason).toMatch(/directory \/run\/php denies search/);
  });
});

describe('suppressed findings', () => {
  it('fixes the reported finding and leaves a suppressed condition as the user chose it', () => {
    const text = pool('listen.mode = 0666');
    const { after } = plan(text, { suppressed: ['socket-world-writable'] });
    expect(after).toBe(pool('listen.owner = www-data', 'listen.group = www-data', 'listen.mode = 0666'));
  });
});
