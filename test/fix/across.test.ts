/**
 * Fixes across containers: the socket of one container's PHP-FPM, reached by another container's
 * nginx through a shared volume, gets the gid of that nginx's workers, written as PHP-FPM of the
 * image's version reads it; every fix is re-scanned, and where no listen.* change can work the
 * unfixed note says why and what would.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/engine/scan.js';
import { applyEdits, unfixedReasons } from '../../src/engine/fix/index.js';
import { numericIdsAccepted } from '../../src/engine/fix/across.js';
import { scratchDirs } from '../helpers/scratch.js';

const scratch = scratchDirs('socklint-fix-across-');
afterAll(scratch.cleanup);

const FIXTURE = path.resolve('__fixtures__/compose-alpine-volume-denied');
const POOL = 'docker/php/zz-socket.conf';

/** A copy of the nginx:alpine + php:fpm-alpine stack with some of its files rewritten. */
function variant(edit: Record<string, (text: string) => string> = {}): string {
  const dir = scratch.make();
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, change] of Object.entries(edit)) {
    const at = path.join(dir, file);
    writeFileSync(at, change(readFileSync(at, 'utf8')));
  }
  return dir;
}

async function fixOf(dir: string) {
  const analysis = await analyze({ root: dir });
  const finding = analysis.result.findings.find((f) => f.rule === 'socket-permission-denied');
  return { analysis, finding };
}

/** Writes a finding's fix into the tree. */
function apply(dir: string, edits: { file: string }[]): void {
  for (const file of new Set(edits.map((e) => e.file))) {
    const at = path.join(dir, file);
    const mine = edits.filter((e) => e.file === file) as Parameters<typeof applyEdits>[1];
    writeFileSync(at, applyEdits(readFileSync(at, 'utf8'), mine));
  }
}

describe('a cross-container socket-permission-denied', () => {
  it('gets listen.group = the nginx workers gid, which connects once applied', async () => {
    const dir = variant();
    const { finding } = await fixOf(dir);
    expect(finding?.fix?.safe).toBe(true);
    expect(finding!.fix!.description).toBe(
      'pool [www]: listen.group = 101: nginx in service web, uid 101 (groups: 101) connects through the socket group',
    );
    expect(finding!.fix!.edits).toEqual([
      { file: POOL, line: 5, column: 16, endLine: 5, endColumn: 24, newText: '101' },
    ]);
    apply(dir, finding!.fix!.edits);
    expect(readFileSync(path.join(dir, POOL), 'utf8')).toContain('listen.group = 101\n');
    const after = (await analyze({ root: dir })).result;
    expect(after.findings).toEqual([]);
    expect(after.sockets.map((s) => s.verdict)).toEqual(['connects']);
  });

  it('is written as the name when the name means the same gid in both containers', async () => {
    // nginx runs its workers in group www-data, which nginx:alpine numbers 82 like the php image;
    // listen.owner nobody leaves the socket group nobody's primary group until listen.group says otherwise.
    const dir = variant({
      [POOL]: (t) => t.replace('listen.group = www-data\n', 'listen.group = nobody\n'),
      'compose.yaml': (t) =>
        t.replace(
          '      - php-socket:/var/run/php\n    depends_on:',
          '      - php-socket:/var/run/php\n      - ./docker/nginx/nginx.conf:/etc/nginx/nginx.conf:ro\n    depends_on:',
        ),
    });
    writeFileSync(
      path.join(dir, 'docker/nginx/nginx.conf'),
      'user nginx www-data;\nevents {}\nhttp {\n    include /etc/nginx/conf.d/*.conf;\n}\n',
    );
    const { finding } = await fixOf(dir);
    expect(finding?.fix?.description).toMatch(
      /^pool \[www\]: listen\.group = www-data: nginx in service web, uid 101 \(groups: 82/,
    );
    apply(dir, finding!.fix!.edits);
    expect((await analyze({ root: dir })).result.sockets.map((s) => s.verdict)).toEqual(['connects']);
  });

  it('has no fix when PHP-FPM runs as a user that cannot chown the socket to that group (F8)', async () => {
    // The php service runs as www-data, which owns the volume's directory (copied up from the image).
    const dir = variant({
      'compose.yaml': (t) =>
        t.replace(
          '      dockerfile: docker/php/Dockerfile\n',
          '      dockerfile: docker/php/Dockerfile\n    user: "82:82"\n',
        ),
      'docker/php/Dockerfile': (t) =>
        t.replace('WORKDIR', 'RUN mkdir -p /var/run/php && chown www-data:www-data /var/run/php\n\nWORKDIR'),
    });
    const { analysis, finding } = await fixOf(dir);
    expect(finding).toBeDefined();
    expect(finding!.fix).toBeUndefined();
    const [note] = unfixedReasons(analysis).filter((u) => u.finding === finding);
    expect(note.reason).toContain('listen.group = 101 (gid 101 of service web');
    expect(note.reason).toContain('failed to chown() the socket');
    expect(note.reason).toContain('add 101 to group_add of service php');
    expect(note.reason).toContain('or run nginx in service web as `user nginx www-data;` (gid 82');
  });

  it('is offered to a non-root PHP-FPM that group_add puts in the nginx workers group', async () => {
    const dir = variant({
      'compose.yaml': (t) =>
        t.replace(
          '      dockerfile: docker/php/Dockerfile\n',
          '      dockerfile: docker/php/Dockerfile\n    user: "82:82"\n    group_add: ["101"]\n',
        ),
      'docker/php/Dockerfile': (t) =>
        t.replace('WORKDIR', 'RUN mkdir -p /var/run/php && chown www-data:www-data /var/run/php\n\nWORKDIR'),
    });
    const { finding } = await fixOf(dir);
    expect(finding?.fix?.description).toContain('listen.group = 101: nginx in service web, uid 101');
    apply(dir, finding!.fix!.edits);
    expect((await analyze({ root: dir })).result.sockets.map((s) => s.verdict)).toEqual(['connects']);
  });

  it('has no numeric fix for a PHP-FPM older than 7.4.5, and says so', async () => {
    const dir = variant({
      'docker/php/Dockerfile': (t) => t.replace('FROM php:8.3-fpm-alpine', 'FROM php:7.4.3-fpm-alpine'),
    });
    const { analysis, finding } = await fixOf(dir);
    expect(finding).toBeDefined();
    expect(finding!.fix).toBeUndefined();
    const [note] = unfixedReasons(analysis).filter((u) => u.finding === finding);
    expect(note.reason).toContain('takes listen.group only as a name before 7.4.5');
    expect(note.reason).toContain("no group there has gid 101: create one in service php's image");
  });
});

describe('a pod whose containers share an emptyDir', () => {
  it('gets the fix in the ConfigMap that mounts the pool file, which connects once applied', async () => {
    const dir = scratch.make();
    cpSync(path.resolve('__fixtures__/k8s-pod-emptydir-denied'), dir, { recursive: true });
    const { finding } = await fixOf(dir);
    expect(finding?.fix?.description).toBe(
      'pool [www]: listen.group = 101: nginx in container nginx, uid 101 (groups: 101) connects through the socket group',
    );
    expect(finding!.fix!.edits).toEqual([
      { file: 'deploy/shop.yaml', line: 22, column: 20, endLine: 22, endColumn: 28, newText: '101' },
    ]);
    apply(dir, finding!.fix!.edits);
    expect(readFileSync(path.join(dir, 'deploy/shop.yaml'), 'utf8')).toContain('    listen.group = 101\n');
    expect((await analyze({ root: dir })).result.sockets.map((s) => s.verdict)).toEqual(['connects']);
  });
});

describe('numericIdsAccepted (PHP 7.4.5, bug #77062)', () => {
  it.each([
    ['8.3', true],
    ['8.2.12', true],
    ['7.4', true],
    ['7.4.5', true],
    ['7.4.4', false],
    ['7.3', false],
    ['5.6', false],
    [undefined, false],
  ])('%s → %s', (version, accepted) => {
    expect(numericIdsAccepted(version)).toBe(accepted);
  });
});
