/**
 * Compose stacks: each service is its own machine, and a client reaches a pool of another
 * service only through a directory both mount. The fixtures' socket verdicts and notes are
 * checked here (the fixtures test checks their findings), and the messages name both sides.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { analyze } from '../../src/engine/scan.js';
import { describeSockets, renderSocketsText } from '../../src/engine/report/sockets.js';
import { scratchDirs } from '../helpers/scratch.js';

const scratch = scratchDirs('socklint-containers-');
afterAll(scratch.cleanup);

const ROOT = path.resolve('__fixtures__');
const compose = readdirSync(ROOT).filter(
  (d) => /^(compose|k8s)-/.test(d) && existsSync(path.join(ROOT, d, 'fixture.yml')),
);

interface Expected {
  sockets: { client: string; socket: string; verdict: string }[];
  notes?: { code: string; at: string }[];
}

async function scan(name: string) {
  return (await analyze({ root: path.join(ROOT, name) })).result;
}

describe('compose and pod fixtures: socket verdicts and notes', () => {
  it.each(compose)('%s', async (name) => {
    const expected = parse(readFileSync(path.join(ROOT, name, 'fixture.yml'), 'utf8')) as Expected;
    const result = await scan(name);
    const got = result.sockets.map(
      (s) => `${s.client.location.file}:${s.client.location.line} ${s.socket} ${s.verdict}`,
    );
    expect(got.sort()).toEqual(expected.sockets.map((s) => `${s.client} ${s.socket} ${s.verdict}`).sort());
    for (const note of expected.notes ?? []) {
      expect(result.notes.map((n) => `${n.code} ${n.location?.file}:${n.location?.line}`)).toContain(
        `${note.code} ${note.at}`,
      );
    }
  });
});

describe('messages across containers', () => {
  it('name both containers, both numeric identities and the shared volume', async () => {
    const result = await scan('compose-alpine-volume-denied');
    const [finding] = result.findings;
    expect(finding.message).toContain('nginx in service web, uid 101 (groups: 101) cannot write');
    expect(finding.message).toContain(
      'created by php-fpm in service php as 82:82 0660 (www-data:www-data there)',
    );
    expect(finding.message).toContain('named volume php-socket is mounted at /var/run/php in both');
    expect(finding.related.map((r) => `${r.file}:${r.line}`)).toContain('docker/nginx/default.conf:12');
  });

  it('say that a socket in an unshared directory is invisible, without a path fix to the other container', async () => {
    const result = await scan('compose-socket-not-shared');
    const [finding] = result.findings;
    expect(finding.message).toContain('it is in no directory service nginx shares with service php');
    expect(finding.fix).toBeUndefined();
  });

  it('name what to declare for a bind-mounted socket directory', async () => {
    const result = await scan('compose-bind-socket-dir');
    expect(result.sockets[0].reason).toContain('declare /run/php under directories: in .socklint.yml');
  });

  it('name the accounts an unknown image leaves without numbers', async () => {
    const result = await scan('compose-unknown-php-image');
    expect(result.sockets[0].reason).toContain('user www-data, has no uid that service php');
    expect(result.sockets[0].reason).toContain('group www-data, has no gid that service php');
  });
});

describe('a bind-mounted socket directory declared in .socklint.yml', () => {
  const declared = async (mode: string) => {
    const dir = scratch.make();
    cpSync(path.join(ROOT, 'compose-bind-socket-dir'), dir, { recursive: true });
    writeFileSync(
      path.join(dir, '.socklint.yml'),
      `directories:\n  /run/php:\n    mode: "${mode}"\n    owner: "0"\n    group: "0"\n`,
    );
    return (await analyze({ root: dir })).result.sockets[0];
  };

  it('connects when other may search it', async () => {
    expect((await declared('0755')).verdict).toBe('connects');
  });

  it('is denied when only root and its group may search it', async () => {
    const socket = await declared('0750');
    expect(socket.verdict).toBe('directory-denied');
    expect(socket.reason).toContain('directory /run/php (root:root 0750) denies search to 101');
  });
});

describe('the sockets view', () => {
  it('pairs the client with the pool of the other container and the shared directory', async () => {
    const { graphs, evaluations, restore } = await analyze({
      root: path.join(ROOT, 'compose-alpine-volume-denied'),
    });
    const text = renderSocketsText(describeSockets(graphs, evaluations, restore));
    expect(text).toContain('compose compose.yaml service web');
    expect(text).toContain(
      '-> pool [www] docker/php/zz-socket.conf:3 (via named volume php-socket: /run/php/php-fpm.sock in service php)',
    );
  });
});

describe('compose variables nobody sets', () => {
  it('leave the socket undecided when a service user depends on them, naming them', async () => {
    const dir = scratch.make();
    cpSync(path.join(ROOT, 'compose-alpine-volume-denied'), dir, { recursive: true });
    const file = path.join(dir, 'compose.yaml');
    const compose = readFileSync(file, 'utf8').replace(
      '      dockerfile: docker/php/Dockerfile\n',
      '      dockerfile: docker/php/Dockerfile\n    user: "${PHP_UID}:${PHP_GID}"\n',
    );
    writeFileSync(file, compose);
    const [socket] = (await analyze({ root: dir })).result.sockets;
    expect(socket.verdict).toBe('undecided');
    expect(socket.reason).toContain('the user: of service php depends on');
    expect(socket.reason).toContain('PHP_UID');
  });
});

describe('Helm charts', () => {
  it('make every socket directive of templates and values undecided, saying the chart is not rendered', async () => {
    const result = await scan('k8s-helm-chart-undecided');
    expect(result.sockets).toHaveLength(2);
    for (const socket of result.sockets) {
      expect(socket.verdict).toBe('undecided');
      expect(socket.reason).toContain('Helm templates are not rendered, so what the chart in chart/ deploys');
      expect(socket.reason).toContain('render the chart (helm template) and scan the output');
    }
    const [values] = result.sockets.filter((s) => s.client.location.file === 'chart/values.yaml');
    expect(values.client.location).toEqual({
      file: 'chart/values.yaml',
      line: 8,
      column: 71,
      endLine: 8,
      endColumn: 113,
    });
  });
});

describe('compose build arguments nothing sets', () => {
  it('make the base image unknown, never its Dockerfile default, and the socket says why', async () => {
    const [socket] = (await scan('compose-build-arg-unset')).sockets;
    expect(socket.verdict).toBe('undecided');
    expect(socket.reason).toContain(
      'the base image php:${PHP_VERSION}-fpm-alpine depends on $PHP_VERSION, which has no value here',
    );
  });
});

describe('a socket directory on a hostPath or a PersistentVolumeClaim', () => {
  /** The emptyDir pod with the socket volume replaced, and a socket group nginx is in (gid 101). */
  const socketIn = async (volume: string, podSecurity = '') => {
    const dir = scratch.make();
    cpSync(path.join(ROOT, 'k8s-pod-emptydir-denied'), dir, { recursive: true });
    const file = path.join(dir, 'deploy/shop.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('listen.group = www-data', 'listen.group = 101')
        .replace('          emptyDir: {}', volume)
        .replace('    spec:\n      containers:', `    spec:\n${podSecurity}      containers:`),
    );
    return (await analyze({ root: dir })).result.sockets[0];
  };

  it('is undecided: a hostPath has the owner and mode it has on the node', async () => {
    const socket = await socketIn(
      '          hostPath:\n            path: /srv/php-socket\n            type: Directory',
    );
    expect(socket.verdict).toBe('undecided');
    expect(socket.reason).toContain(
      'hostPath /srv/php-socket has the owner and mode it has on the node, which the repository does not show',
    );
    expect(socket.reason).toContain('declare /run/php under directories: in .socklint.yml');
  });

  it('is undecided: a claim has the owner and mode its storage gives it, fsGroup or not', async () => {
    const claim = '          persistentVolumeClaim:\n            claimName: php-socket';
    const plain = await socketIn(claim);
    expect(plain.verdict).toBe('undecided');
    expect(plain.reason).toContain(
      'PersistentVolumeClaim php-socket has the owner and mode its storage gives it',
    );
    const fsGroup = await socketIn(claim, '      securityContext:\n        fsGroup: 101\n');
    expect(fsGroup.verdict).toBe('undecided');
    expect(fsGroup.reason).toContain('when its volume driver supports ownership management');
  });

  it('is decided once .socklint.yml declares the directory', async () => {
    const dir = scratch.make();
    cpSync(path.join(ROOT, 'k8s-pod-emptydir-denied'), dir, { recursive: true });
    const file = path.join(dir, 'deploy/shop.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('listen.group = www-data', 'listen.group = 101')
        .replace('          emptyDir: {}', '          hostPath:\n            path: /srv/php-socket'),
    );
    writeFileSync(
      path.join(dir, '.socklint.yml'),
      'directories:\n  /run/php:\n    mode: "0750"\n    owner: "0"\n    group: "101"\n',
    );
    expect((await analyze({ root: dir })).result.sockets[0].verdict).toBe('connects');
  });
});
