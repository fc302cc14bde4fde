/**
 * Init containers that chown/chmod a pod's shared volume before its containers start: the
 * directory verdict follows what they leave, and what cannot be told from them leaves the socket
 * undecided with the reason.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/engine/scan.js';
import { scratchDirs } from '../helpers/scratch.js';

const scratch = scratchDirs('socklint-init-');
afterAll(scratch.cleanup);

const MANIFEST = 'deploy/shop.yaml';

/**
 * The fixture's pod with another init container line (and, optionally, a pod security context
 * and another socket group: gid 101 lets nginx write the socket, so the directory decides).
 */
async function socketWith(image: string, script: string, podSecurity = '', socketGroup = 'www-data') {
  const dir = scratch.make();
  cpSync(path.resolve('__fixtures__/k8s-init-chown-socket-dir'), dir, { recursive: true });
  const file = path.join(dir, MANIFEST);
  const text = readFileSync(file, 'utf8')
    .replace('image: busybox:1.36', `image: ${image}`)
    .replace('"chown 82:82 /sock && chmod 0770 /sock"', JSON.stringify(script))
    .replace('    spec:\n      initContainers:', `    spec:\n${podSecurity}      initContainers:`)
    .replace('listen.group = www-data', `listen.group = ${socketGroup}`);
  writeFileSync(file, text);
  const [socket] = (await analyze({ root: dir })).result.sockets;
  return socket;
}

describe('an init container that prepares the shared emptyDir', () => {
  it('lets the directory through when it gives it the nginx workers group; the socket decides', async () => {
    const socket = await socketWith('busybox:1.36', 'chown 82:101 /sock && chmod 0750 /sock');
    expect(socket.verdict).toBe('permission-denied');
    expect(socket.reason).toContain('cannot write /run/php/php-fpm.sock (82:82 0660)');
  });

  it('denies search when it closes the directory to the nginx workers', async () => {
    const socket = await socketWith('busybox:1.36', 'chmod 0700 /sock');
    expect(socket.verdict).toBe('directory-denied');
    expect(socket.reason).toContain('directory /run/php (root:root 0700) denies search to 101');
  });

  it('leaves the socket undecided when it names an account its image does not number', async () => {
    const socket = await socketWith('registry.example.com/tools:1', 'chown www-data /sock', '', '101');
    expect(socket.verdict).toBe('undecided');
    expect(socket.reason).toContain(
      "user www-data of init container socket-dir's chown is named in an image socklint does not know (registry.example.com/tools:1)",
    );
    expect(socket.reason).toContain('declare /run/php under directories: in .socklint.yml');
  });

  it('leaves a setgid (fsGroup) directory undecided when the chmod that clears or keeps setgid is unknown', async () => {
    const fsGroup = '      securityContext:\n        fsGroup: 101\n';
    const unknown = await socketWith('registry.example.com/tools:1', 'chmod 0770 /sock', fsGroup, '101');
    expect(unknown.verdict).toBe('undecided');
    expect(unknown.reason).toContain(
      'GNU chmod keeps the setgid bit fsGroup set and BusyBox chmod clears it',
    );
    // BusyBox's chmod: root:101 0770, which fsGroup 101 may search.
    const busybox = await socketWith('busybox:1.36', 'chmod 0770 /sock', fsGroup, '101');
    expect(busybox.verdict).toBe('connects');
  });
});
