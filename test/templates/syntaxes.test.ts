/**
 * Template syntaxes other than Ansible's: panels' `%var%`, packaging's `__VAR__`, mustache,
 * `<VAR>` markers and PHP templates. Placeholders keep columns, values come from the
 * repository's values files, and a templated socket path is decided only when no value of its
 * placeholders could change the verdict.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/engine/scan.js';
import { patternsMeet } from '../../src/engine/template-targets.js';
import { repositoryValues } from '../../src/engine/template-values.js';
import { Placeholders } from '../../src/engine/templates.js';
import { locationIn, type FileKind, type SourceFile } from '../../src/engine/types.js';
import { scratchDirs } from '../helpers/scratch.js';

const scratch = scratchDirs('socklint-templates-');
afterAll(scratch.cleanup);

function file(p: string, text: string, kind: FileKind = 'nginx-site'): SourceFile & { kind: FileKind } {
  return { path: p, absPath: `/repo/${p}`, text, hadBom: false, crlf: false, kind };
}

const column = (text: string, needle: string) => {
  const line = text.split('\n').find((l) => l.includes(needle))!;
  return line.indexOf(needle);
};

describe('placeholders of each syntax', () => {
  it.each([
    ['panel', 'site.tpl', 'fastcgi_pass %backend_lsnr%;\n', '%backend_lsnr%'],
    [
      'packaging',
      'conf/nginx.conf',
      'fastcgi_pass unix:/run/php/php__PHP_VERSION__-fpm.sock;\n',
      '__PHP_VERSION__',
    ],
    ['mustache', 'php.mustache', 'fastcgi_pass {{upstream}};\n', '{{ upstream }}'],
    ['angle', 'site.conf', 'fastcgi_pass unix:/run/php/<APP_NAME>.sock;\n', '<APP_NAME>'],
    ['snake angle', 'template-site-proxy', 'proxy_pass <upstream_name>;\n', '<upstream_name>'],
    ['php', 'nginx.conf.php', "fastcgi_pass unix:<?=getenv('FPM_SOCKET')?>;\n", "<?=getenv('FPM_SOCKET')?>"],
  ])('%s: replaced by a marker of the same length, named as written', (_, p, text, shown) => {
    const placeholders = new Placeholders({});
    const out = placeholders.apply(file(p, text));
    expect(out.text).not.toBe(text);
    expect(out.text.length).toBe(text.length);
    expect(column(out.text, ';')).toBe(column(text, ';'));
    expect(placeholders.restore(out.text)).toContain(shown);
    expect(placeholders.unresolvedIn(out.text)).toEqual([`template placeholder ${shown}`]);
  });

  it("leaves PHP-FPM's access.format, URL escapes and HTML tags alone in a file not named like a template", () => {
    const pool = file(
      'pool.d/www.conf',
      'access.format = "%R - %u %t %m%Q%q %s %{mili}d %C%%"\n',
      'fpm-pool',
    );
    const site = file('site.conf', "rewrite ^/caf%C3%A9$ /cafe;\nsub_filter '<head>' '<head><meta>';\n");
    const placeholders = new Placeholders({});
    expect(placeholders.apply(pool)).toBe(pool);
    expect(placeholders.apply(site)).toBe(site);
  });

  it('blanks mustache sections and PHP code, which render to no nginx text', () => {
    const text = '{{#static}}\nroot /srv;\n{{/static}}\n<?php if (true): ?>\nindex index.php;\n';
    const out = new Placeholders({}).apply(file('virtualconf.mustache', text));
    expect(out.text.split('\n')).toEqual([
      '           ',
      'root /srv;',
      '           ',
      '                   ',
      'index index.php;',
      '',
    ]);
  });

  it('keeps a placeholder of another syntax as written outside config files', () => {
    const readme = { ...file('README', 'Replace __APP__ and <NAME>.\n'), kind: 'other' as FileKind };
    expect(new Placeholders({}).apply(readme)).toBe(readme);
  });
});

describe('values from the repository', () => {
  const env = file('deploy/.env', '# values\nAPP_NAME=shop\nPHP_VERSION="8.2"\n', 'other');
  const defaults = file('deploy/web/defaults.yml', 'PHP_VERSION: "8.3"\nnested: { a: 1 }\n', 'other');
  const values = repositoryValues([env, defaults]);

  it('applies the nearest values file to the templates in its directory and below', () => {
    expect(values('deploy/site.conf').get('PHP_VERSION')).toEqual({ value: '8.2', from: 'deploy/.env:3' });
    expect(values('deploy/web/site.conf').get('PHP_VERSION')).toEqual({
      value: '8.3',
      from: 'deploy/web/defaults.yml:1',
    });
    expect(values('deploy/web/site.conf').get('APP_NAME')?.value).toBe('shop');
    expect(values('deploy/web/site.conf').has('nested')).toBe(false);
    expect(values('other/site.conf').size).toBe(0);
  });

  it('locates a line whose value changed its length at the placeholder in the template', () => {
    const text = 'server {\n  fastcgi_pass unix:/run/php/php<PHP_VERSION>-fpm-<APP_NAME>.sock; # x\n}\n';
    const out = new Placeholders({}, values).apply(file('deploy/site.conf', text));
    expect(out.text).toContain('fastcgi_pass unix:/run/php/php8.2-fpm-shop.sock; # x');
    const rendered = out.text.split('\n')[1];
    const at = (needle: string) => rendered.indexOf(needle) + 1;
    const span = (from: number, to: number) => ({ line: 2, column: from, endLine: 2, endColumn: to });
    // `8.2` comes from `<PHP_VERSION>`, `# x` keeps its own columns in the template.
    expect(locationIn(out, span(at('8.2'), at('8.2') + 3))).toMatchObject({
      line: 2,
      column: text.split('\n')[1].indexOf('<PHP_VERSION>') + 1,
      endColumn: text.split('\n')[1].indexOf('-fpm') + 1,
    });
    expect(locationIn(out, span(at('# x'), at('# x') + 3)).column).toBe(
      text.split('\n')[1].indexOf('# x') + 1,
    );
  });

  it('prefers variables: of .socklint.yml over the repository', () => {
    const out = new Placeholders({ APP_NAME: 'blog' }, values).apply(
      file('deploy/site.conf', 'fastcgi_pass unix:/run/<APP_NAME>.sock;\n'),
    );
    expect(out.text).toBe('fastcgi_pass unix:/run/blog.sock;\n');
  });
});

describe('what a templated path can be', () => {
  const marked = (p: string) => {
    const placeholders = new Placeholders({});
    return placeholders.apply(file('a.tpl', p)).text;
  };
  it.each([
    ['/run/php/%domain%.sock', '/run/php/php8.2-fpm.sock', true],
    ['/run/php-fpm/%domain%.sock', '/run/php/php8.2-fpm.sock', false],
    ['/run/php/php%v%-fpm-%domain%.sock', '/run/php/php7.4-fpm.sock', false],
    ['/run/php/php%v%-fpm-%domain%.sock', '/run/php/%domain%.sock', true],
    ['/run/php/%domain%.sock', '/run/php/%domain%.socket', false],
  ])('%s against %s: %s', (a, b, meet) => {
    expect(patternsMeet(marked(a), marked(b))).toBe(meet);
  });
});

describe('scans of templated repositories', () => {
  const scan = async (name: string) => {
    const { result } = await analyze({ root: path.resolve('__fixtures__', name) });
    return result;
  };

  it('names %backend_lsnr% once per template, and never calls it an nginx error', async () => {
    const r = await scan('panel-templates-backend');
    expect(r.findings.filter((f) => f.rule === 'nginx-config-invalid')).toEqual([]);
    expect(r.sockets.map((s) => [s.verdict, s.reason])).toEqual([
      ['undecided', expect.stringContaining('template placeholder %backend_lsnr%')],
      ['undecided', expect.stringContaining('template placeholder %backend_lsnr%')],
    ]);
    const notes = r.notes.filter((n) => n.code === 'template-placeholder-undefined');
    expect(notes.map((n) => `${n.location?.file}:${n.location?.line}`).sort()).toEqual([
      'templates/web/nginx/php-fpm/default.stpl:24',
      'templates/web/nginx/php-fpm/default.tpl:24',
      'templates/web/php-fpm/default.tpl:4',
    ]);
    expect(notes.find((n) => n.location?.file === 'templates/web/php-fpm/default.tpl')?.message).toContain(
      '%backend_version%, %domain%',
    );
  });

  it('decides a templated path no pool can be, and leaves one a pool can be undecided', async () => {
    const r = await scan('panel-placeholder-pool-paths');
    const byFile = new Map(r.sockets.map((s) => [s.client.location.file, s]));
    expect(byFile.get('templates/web/php.tpl')).toMatchObject({
      verdict: 'undecided',
      reason: expect.stringContaining(
        'depends on template placeholder %domain%; it can be the socket of pool [www]',
      ),
    });
    const error = r.findings.find((f) => f.rule === 'socket-path-mismatch')!;
    expect(error).toMatchObject({ file: 'templates/web/php-legacy.tpl', line: 9, column: 22 });
    expect(error.message).toContain(
      'connects to /run/php-fpm/%domain%.sock, and whatever template placeholder %domain% stands for, no PHP-FPM pool',
    );
    expect(error.fix).toBeUndefined();
  });

  it('names the mustache output an installer fills, not silent', async () => {
    const r = await scan('installer-mustache-upstream');
    expect(r.sockets).toHaveLength(1);
    expect(r.sockets[0].reason).toContain('template placeholder {{ upstream }}');
  });

  it("names a PHP template's getenv()", async () => {
    const r = await scan('template-php-getenv');
    expect(r.findings.map((f) => f.rule)).toEqual(['socket-target-unresolved']);
    expect(r.sockets[0].reason).toContain("template placeholder <?=getenv('FPM_SOCKET')?>");
  });

  it('pairs a client and a pool through the values of a .env', async () => {
    const r = await scan('template-angle-values');
    expect(r.sockets).toHaveLength(1);
    expect(r.sockets[0]).toMatchObject({
      socket: '/run/php/php8.2-fpm-shop.sock',
      pool: { name: 'shop', location: { file: 'deploy/pool.conf', line: 4 } },
    });
    expect(r.notes.filter((n) => n.code === 'template-placeholder-undefined')).toEqual([]);
  });

  it("places a YunoHost app's snippet and the helper's pool, with values from the manifest", async () => {
    const r = await scan('yunohost-app');
    expect(r.findings).toEqual([]);
    expect(r.sockets).toEqual([
      expect.objectContaining({
        unit: 'yunohost app kanban',
        socket: '/run/php/php8.3-fpm-kanban.sock',
        verdict: 'connects',
        client: expect.objectContaining({
          location: expect.objectContaining({ file: 'conf/nginx.conf', line: 14 }),
        }),
        pool: expect.objectContaining({
          owner: 'www-data',
          location: expect.objectContaining({ file: 'scripts/install', line: 20 }),
        }),
      }),
    ]);
  });

  it('names __PHP_VERSION__ when the manifest installs no PHP, and places no pool', async () => {
    const dir = scratch.make();
    cpSync(path.resolve('__fixtures__/yunohost-app'), dir, { recursive: true });
    const manifest = path.join(dir, 'manifest.toml');
    writeFileSync(
      manifest,
      readFileSync(manifest, 'utf8').replace(/^\s*packages = .*$/m, '    packages = "sqlite3"'),
    );
    const { result } = await analyze({ root: dir });
    expect(result.sockets).toEqual([
      expect.objectContaining({
        unit: 'yunohost app kanban',
        verdict: 'undecided',
        reason: expect.stringContaining('template placeholder __PHP_VERSION__'),
      }),
    ]);
    expect(result.notes).toContainEqual(
      expect.objectContaining({
        code: 'template-placeholder-undefined',
        message: expect.stringContaining('installs no phpX.Y-* package'),
        location: expect.objectContaining({ file: 'scripts/install', line: 20 }),
      }),
    );
  });
});
