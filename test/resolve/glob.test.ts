/**
 * Include globs: glob(3) as nginx and PHP-FPM call it, checked against the real programs where
 * they are installed (always on CI), and hostile patterns that must finish at once.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Glob, hasGlobMagic } from '../../src/engine/resolve/glob.js';
import { UnitFs } from '../../src/engine/resolve/deployed-fs.js';
import { scratchDirs } from '../helpers/scratch.js';

const scratch = scratchDirs('socklint-glob-');
afterAll(scratch.cleanup);

const NAMES = [
  'a1.conf',
  'b2.conf',
  'c3.conf',
  'x9.conf',
  '.hidden.conf',
  '{a,b}1.conf',
  '*.conf',
  '[a1.conf',
  'é1.conf',
  'ab.conf',
  'A1.conf',
  '-1.conf',
  ']1.conf',
];

const match = (pattern: string, names = NAMES) =>
  names.filter((n) => new Glob(`/d/${pattern}`).matches(`/d/${n}`));

describe('Glob', () => {
  it.each([
    [
      '*.conf',
      [
        'a1.conf',
        'b2.conf',
        'c3.conf',
        'x9.conf',
        '{a,b}1.conf',
        '*.conf',
        '[a1.conf',
        'é1.conf',
        'ab.conf',
        'A1.conf',
        '-1.conf',
        ']1.conf',
      ],
    ],
    ['{a,b}*.conf', ['{a,b}1.conf']],
    ['[a-b]?.conf', ['a1.conf', 'b2.conf', 'ab.conf']],
    ['[!a]?.conf', ['b2.conf', 'c3.conf', 'x9.conf', 'A1.conf', '-1.conf', ']1.conf']],
    ['[^a]?.conf', ['b2.conf', 'c3.conf', 'x9.conf', 'A1.conf', '-1.conf', ']1.conf']],
    ['[]a]1.conf', ['a1.conf', ']1.conf']],
    ['[a-]1.conf', ['a1.conf', '-1.conf']],
    ['[z-a]1.conf', []],
    ['[[:upper:]]1.conf', ['A1.conf']],
    ['[[:bogus:]]1.conf', []],
    ['[.]hidden.conf', []],
    ['?hidden.conf', []],
    ['.*.conf', ['.hidden.conf']],
    ['\\*.conf', ['*.conf']],
    ['[a1.conf', ['[a1.conf']],
    ['?1.conf', ['a1.conf', 'A1.conf', '-1.conf', ']1.conf']],
    ['??1.conf', ['é1.conf', '[a1.conf']],
  ])('%s', (pattern, expected) => {
    expect(match(pattern).sort()).toEqual([...expected].sort());
  });

  it('never lets * cross a slash, and matches directories segment by segment', () => {
    const glob = new Glob('/etc/nginx/*/x.conf');
    expect(glob.matches('/etc/nginx/sub/x.conf')).toBe(true);
    expect(glob.matches('/etc/nginx/x.conf')).toBe(false);
    expect(glob.matches('/etc/nginx/a/b/x.conf')).toBe(false);
    expect(glob.matches('/etc/nginx/.git/x.conf')).toBe(false);
    expect(glob.directory).toBe('/etc/nginx');
  });

  it('tells a pattern that nginx opens as a path from one it expands', () => {
    expect(hasGlobMagic('/etc/nginx/{a,b}.conf')).toBe(false);
    expect(hasGlobMagic('/etc/nginx/a\\b.conf')).toBe(false);
    expect(hasGlobMagic('/etc/nginx/[ab].conf')).toBe(true);
  });

  it('finishes at once on patterns that make a backtracking matcher explode', () => {
    const long = 'a'.repeat(10_000);
    expect(new Glob(`/d/${'*a'.repeat(500)}*b`).matches(`/d/${long}`)).toBe(false);
    expect(new Glob(`/d/${'*a'.repeat(500)}`).matches(`/d/${long}`)).toBe(true);
    expect(new Glob(`/d/${'{a,b}'.repeat(32)}*`).matches(`/d/${'{a,b}'.repeat(32)}.conf`)).toBe(true);
    expect(new Glob(`/d/${'?'.repeat(5000)}*[!a]`).matches(`/d/${long}`)).toBe(false);
  });
});

describe('UnitFs.lookup', () => {
  const fs = new UnitFs([{ pattern: '/etc/nginx/modules-enabled/*.conf', description: 'Debian nginx' }]);
  for (const p of [
    '/etc/nginx/conf.d/a.conf',
    '/etc/nginx/conf.d/b.conf',
    '/etc/nginx/conf.d/{a,b}.conf',
    '/etc/nginx/conf.d.old/c.conf',
  ])
    fs.set({ deployedPath: p, file: { path: p.slice(1), absPath: p, text: '', hadBom: false, crlf: false } });
  const paths = (pattern: string) => {
    const r = fs.lookup(pattern);
    return r.status === 'found' ? r.files.map((f) => f.deployedPath) : r.status;
  };

  it('opens a pattern without *, ? or [ as a path: braces are literal', () => {
    expect(paths('/etc/nginx/conf.d/{a,b}.conf')).toEqual(['/etc/nginx/conf.d/{a,b}.conf']);
    expect(paths('/etc/nginx/conf.d/{c,d}.conf')).toBe('missing');
  });

  it('expands a glob below its literal directory only', () => {
    expect(paths('/etc/nginx/conf.d/*.conf')).toEqual([
      '/etc/nginx/conf.d/a.conf',
      '/etc/nginx/conf.d/b.conf',
      '/etc/nginx/conf.d/{a,b}.conf',
    ]);
    expect(paths('/etc/nginx/conf.d*/*.conf')).toEqual([
      '/etc/nginx/conf.d.old/c.conf',
      '/etc/nginx/conf.d/a.conf',
      '/etc/nginx/conf.d/b.conf',
      '/etc/nginx/conf.d/{a,b}.conf',
    ]);
  });

  it('knows the files a platform ships by their glob, added after the unit was made too', () => {
    expect(paths('/etc/nginx/modules-enabled/50-mod-stream.conf')).toBe('shipped');
    const shipped = [{ pattern: '/etc/nginx/mime.types', description: 'nginx' }];
    const later = new UnitFs(shipped);
    expect(later.lookup('/etc/nginx/fastcgi_params').status).toBe('missing');
    shipped.push({ pattern: '/etc/nginx/fastcgi_params', description: 'nginx' });
    expect(later.lookup('/etc/nginx/fastcgi_params').status).toBe('shipped');
  });
});

/** Which of NAMES the real program includes for `pattern`, or undefined when it is not installed. */
function realNginx(dir: string, pattern: string): string[] {
  const main = path.join(dir, 'nginx.conf');
  writeFileSync(main, `events {}\nhttp {\n  include "${dir}/d/${pattern}";\n}\n`);
  const r = spawnSync('nginx', ['-T', '-e', 'stderr', '-c', main], { encoding: 'utf8' });
  const prefix = `# configuration file ${dir}/d/`;
  return r.stdout
    .split('\n')
    .filter((l) => l.startsWith(prefix))
    .map((l) => l.slice(prefix.length, -1));
}

function realFpm(dir: string, pattern: string): string[] {
  const main = path.join(dir, 'php-fpm.conf');
  writeFileSync(main, `[global]\nerror_log = /dev/null\ninclude = "${dir}/p/${pattern}"\n`);
  const r = spawnSync('php-fpm8.2', ['-n', '-tt', '-y', main], { encoding: 'utf8' });
  const pools = [...`${r.stdout}${r.stderr}`.matchAll(/NOTICE: \[pool(\d+)\]$/gm)].map((m) => Number(m[1]));
  return pools.map((i) => FPM_NAMES[i]);
}

const FPM_NAMES = NAMES.filter((n) => !/[^ -~]/.test(n));
const NGINX = existsSync('/usr/sbin/nginx');
const FPM = existsSync('/usr/sbin/php-fpm8.2');
const required = process.env.CI !== undefined;

describe('the same patterns through the real programs', () => {
  const PATTERNS = [
    '*.conf',
    '{a,b}*.conf',
    '[a-b]?.conf',
    '[!a]?.conf',
    '[]a]1.conf',
    '[a-]1.conf',
    '[z-a]1.conf',
    '[[:upper:]]1.conf',
    '[.]hidden.conf',
    '.*.conf',
    '\\\\*.conf',
    '[a1.conf',
    '?1.conf',
    '??1.conf',
    '*[!f]',
    '*a*',
  ];

  (NGINX || required ? it : it.skip)('nginx -T includes exactly what Glob matches', () => {
    const dir = scratch.make();
    mkdirSync(path.join(dir, 'd'));
    for (const n of NAMES) writeFileSync(path.join(dir, 'd', n), `# ${n}\n`);
    for (const pattern of PATTERNS) {
      // nginx unescapes `\\` in a quoted string: glob(3) then sees `\*`.
      const globbed = pattern.replace(/\\\\/g, '\\');
      expect({ pattern, files: realNginx(dir, pattern).sort() }).toEqual({
        pattern,
        files: match(globbed).sort(),
      });
    }
  });

  (FPM || required ? it : it.skip)('php-fpm -tt loads exactly the pools whose files Glob matches', () => {
    const dir = scratch.make();
    mkdirSync(path.join(dir, 'p'));
    FPM_NAMES.forEach((n, i) =>
      writeFileSync(
        path.join(dir, 'p', n),
        `[pool${i}]\nuser = nobody\nlisten = ${dir}/${i}.sock\npm = static\npm.max_children = 1\n`,
      ),
    );
    for (const pattern of PATTERNS.filter((p) => !p.includes('\\') && p !== '??1.conf')) {
      expect({ pattern, files: realFpm(dir, pattern).sort() }).toEqual({
        pattern,
        files: match(pattern, FPM_NAMES).sort(),
      });
    }
  });
});
