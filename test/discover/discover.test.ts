import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discover } from '../../src/engine/discover/index.js';

const SITE = 'server {\n  listen 80;\n  location ~ \\.php$ { fastcgi_pass unix:/run/php/php-fpm.sock; }\n}\n';
const POOL = '[www]\nuser = www-data\nlisten = /run/php/php-fpm.sock\n';

async function write(root: string, path: string, content: string | Buffer): Promise<void> {
  await mkdir(join(root, path, '..'), { recursive: true });
  await writeFile(join(root, path), content);
}

/** Files every test tree shares: encodings, sizes, and links of every sort. */
async function populate(root: string): Promise<void> {
  await write(root, 'nginx/sites-available/app', SITE);
  await mkdir(join(root, 'nginx/sites-enabled'), { recursive: true });
  await symlink('../sites-available/app', join(root, 'nginx/sites-enabled/app'));
  await write(root, 'php/www.conf', POOL);
  await write(root, 'php/crlf.conf', POOL.replace(/\n/g, '\r\n'));
  await write(root, 'php/bom.conf', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(POOL)]));
  await write(
    root,
    'php/latin1.conf',
    Buffer.concat([Buffer.from('; caf'), Buffer.from([0xe9]), Buffer.from('\n' + POOL)]),
  );
  // Media: skipped without a word, by name or by bytes, however large or binary.
  await write(root, 'assets/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  await write(root, 'assets/favicon', Buffer.from([0x00, 0x00, 0x01, 0x00, 0x01, 0x00]));
  await write(root, 'assets/photo', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x80, 0x81]));
  await write(root, 'dumps/big.sql.gz', Buffer.alloc(10 * 1024 * 1024, 0x61));
  // Could have been configuration: listed, with why it was not read.
  await write(
    root,
    'php/utf16.conf',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(POOL, 'utf16le')]),
  );
  await write(root, 'nginx/sites-available/old', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x01]));
  await symlink('b', join(root, 'a'));
  await symlink('a', join(root, 'b'));
  await mkdir(join(root, 'd'));
  await symlink('..', join(root, 'd/self'));
  await symlink('/etc/passwd', join(root, 'outside'));
  await symlink('missing.conf', join(root, 'dangling'));
}

const SHARED_SKIPPED = [
  { path: 'a', reason: 'symlink loop (a -> b leads back to itself)' },
  { path: 'b', reason: 'symlink loop (b -> a leads back to itself)' },
  { path: 'd/self', reason: 'symlink loop (d/self -> .. points to a directory that contains it)' },
  { path: 'nginx/sites-available/old', reason: 'binary (a NUL byte in the first 8 KB)' },
  {
    path: 'php/utf16.conf',
    reason:
      'UTF-16 text (little-endian byte-order mark): nginx and PHP-FPM read UTF-8, so they cannot read it either',
  },
];

const SHARED_SYMLINKS = [
  { path: 'a', target: 'b' },
  { path: 'b', target: 'a' },
  { path: 'd/self', target: '..' },
  { path: 'dangling', target: 'missing.conf' },
  { path: 'nginx/sites-enabled/app', target: '../sites-available/app' },
  { path: 'outside', target: '/etc/passwd' },
];

describe('discover in a git work tree', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'socklint-git-'));
    await populate(root);
    await write(root, '.gitignore', '*.log\n');
    await write(root, 'debug.log', 'server { listen 1; }\n');
    await write(root, 'Dockerfile', 'FROM php:8.2-fpm\n');
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', '.'], { cwd: root });
    await write(root, 'scripts/setup.sh', 'useradd app\n'); // untracked, not ignored
    await write(root, 'vendor/nginx.conf', 'events {}\n'); // untracked: git decides, not the walker
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('lists tracked and untracked files, leaves ignored ones out, and classifies them', async () => {
    const result = await discover(root);
    expect(result.files.map((f) => [f.path, f.kind])).toEqual([
      ['.gitignore', 'other'],
      ['Dockerfile', 'dockerfile'],
      ['nginx/sites-available/app', 'nginx-site'],
      ['nginx/sites-enabled/app', 'nginx-site'],
      ['php/bom.conf', 'fpm-pool'],
      ['php/crlf.conf', 'fpm-pool'],
      ['php/latin1.conf', 'fpm-pool'],
      ['php/www.conf', 'fpm-pool'],
      ['scripts/setup.sh', 'shell'],
      ['vendor/nginx.conf', 'nginx-main'],
    ]);
    expect(result.skipped).toEqual(SHARED_SKIPPED);
    expect(result.symlinks).toEqual(SHARED_SYMLINKS);
  });

  it('strips the BOM, detects CRLF and keeps absolute paths', async () => {
    const { files } = await discover(root);
    const bom = files.find((f) => f.path === 'php/bom.conf')!;
    const crlf = files.find((f) => f.path === 'php/crlf.conf')!;
    // Read byte by byte, one character per byte, as the servers read it.
    expect(files.find((f) => f.path === 'php/latin1.conf')).toMatchObject({
      text: '; caf\u00e9\n' + POOL,
      latin1: true,
    });
    expect(bom).toMatchObject({ text: POOL, hadBom: true, crlf: false, absPath: join(root, 'php/bom.conf') });
    expect(crlf).toMatchObject({ hadBom: false, crlf: true });
    expect(crlf.text).toBe(POOL.replace(/\n/g, '\r\n'));
  });

  it('uses git when the root is a subdirectory of the work tree, with paths relative to the root', async () => {
    const result = await discover(join(root, 'php'));
    expect(result.files.map((f) => [f.path, f.absPath])).toEqual([
      ['bom.conf', join(root, 'php/bom.conf')],
      ['crlf.conf', join(root, 'php/crlf.conf')],
      ['latin1.conf', join(root, 'php/latin1.conf')],
      ['www.conf', join(root, 'php/www.conf')],
    ]);
    expect(result.skipped.map((s) => s.path)).toEqual(['utf16.conf']);
  });

  it('applies ignore globs and the size limit option', async () => {
    const result = await discover(root, { ignore: ['php/**', '**/*.sh'], maxFileBytes: 20 });
    expect(result.files.map((f) => f.path)).toEqual(['.gitignore', 'Dockerfile', 'vendor/nginx.conf']);
    expect(result.skipped.find((s) => s.path === 'nginx/sites-available/app')?.reason).toBe(
      `larger than 20 bytes (${SITE.length} bytes)`,
    );
  });
});

describe('discover outside git', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'socklint-walk-'));
    await populate(root);
    await write(root, 'node_modules/pkg/nginx.conf', 'events {}\n');
    await write(root, 'vendor/lib/www.conf', POOL);
    await write(root, '.git/config', '[core]\n');
    await write(root, 'generated/site.conf', SITE);
    execFileSync('mkfifo', [join(root, 'php/fifo')]);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('walks the tree, skipping .git, node_modules, vendor and ignored paths, without blocking on a FIFO', async () => {
    const result = await discover(root, { ignore: ['generated/**'] });
    expect(result.files.map((f) => f.path)).toEqual([
      'nginx/sites-available/app',
      'nginx/sites-enabled/app',
      'php/bom.conf',
      'php/crlf.conf',
      'php/latin1.conf',
      'php/www.conf',
    ]);
    expect(result.skipped).toEqual(
      [...SHARED_SKIPPED, { path: 'php/fifo', reason: 'not a regular file (named pipe)' }].sort((x, y) =>
        x.path < y.path ? -1 : 1,
      ),
    );
    expect(result.symlinks).toEqual(SHARED_SYMLINKS);
  });

  it('reports unreadable files with the error', async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    await write(root, 'secret.conf', POOL);
    await chmod(join(root, 'secret.conf'), 0o000);
    const result = await discover(root);
    expect(result.skipped.find((s) => s.path === 'secret.conf')?.reason).toBe(
      'unreadable (EACCES: permission denied)',
    );
  });
});
