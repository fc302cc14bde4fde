/**
 * The 23 classic cases of the semantics, section 10.6: FPM side, nginx side, kernel verdict.
 * The master is root everywhere and the worker www-data 33:33 unless the row says otherwise.
 */
import { describe, expect, it } from '@jest/globals';
import type { DirectoryFact, IdentityDb } from '../../src/engine/model.js';
import { fpmSocket } from '../../src/engine/verdict/fpm-socket.js';
import type { FpmSocketInput, SocketState } from '../../src/engine/verdict/fpm-socket.js';
import { connectVerdict } from '../../src/engine/verdict/kernel.js';
import type { ConnectVerdict } from '../../src/engine/verdict/kernel.js';
import { nginxWorker } from '../../src/engine/verdict/nginx-worker.js';
import { debian, dir, dirsOf, makeDb } from './fixtures.js';

const PATH = '/run/php/app.sock';

/** The php:fpm (Debian) image: www-data 33, no ACL support. */
const phpImage = makeDb(
  'php:8.2-fpm',
  [
    ['root', 0, 'root'],
    ['www-data', 33, 'www-data'],
    ['nginx', 101, 'nginx'],
  ],
  [
    ['root', 0],
    ['www-data', 33],
    ['nginx', 101],
  ],
);
/** nginx images: nginx 101; variants differ in how nginx relates to www-data. */
const nginxImage = (nginxPrimary: string, wwwMembers: string[]) =>
  makeDb(
    'nginx',
    [
      ['root', 0, 'root'],
      ['nginx', 101, nginxPrimary],
      ['www-data', 33, 'www-data'],
    ],
    [
      ['root', 0],
      ['nginx', 101],
      ['www-data', 33, wwwMembers],
    ],
  );

interface Side {
  settings?: FpmSocketInput['settings'];
  fpm?: Partial<FpmSocketInput>;
  /** The row has no socket at the path for reasons outside these functions (FPM never binds it). */
  noSocket?: string;
  nginxUser?: [string, string?];
  nginxDb?: IdentityDb;
  dirs?: DirectoryFact[];
  sameMachine?: boolean;
}

function socketFor(side: Side): SocketState | undefined {
  if (side.noSocket) return undefined;
  const r = fpmSocket({
    pool: 'www',
    path: '/run/php/app.sock',
    settings: side.settings ?? {},
    db: debian,
    aclSupport: true,
    ...side.fpm,
  });
  if (r.kind === 'socket') return r;
  if (r.kind === 'failure') return r.staleSocket;
  throw new Error('undecided');
}

function verdictFor(side: Side): ConnectVerdict {
  const [u, g] = side.nginxUser ?? ['www-data'];
  const w = nginxWorker({
    directive: {
      user: u,
      ...(g ? { group: g } : {}),
      location: { file: 'nginx.conf', line: 1, column: 1, endLine: 1, endColumn: 2 },
    },
    fallback: {
      user: 'nobody',
      group: 'nogroup',
      origin: { kind: 'default', description: 'compiled default' },
    },
    db: side.nginxDb ?? debian,
  });
  if (w.kind !== 'creds') throw new Error(w.message);
  return connectVerdict(w, PATH, socketFor(side), dirsOf(...(side.dirs ?? [])), {
    sameMachine: side.sameMachine ?? true,
    directoryDb: debian,
  }).verdict;
}

const cases: [string, Side, ConnectVerdict][] = [
  ['1: no listen.* → 0660 root:root (F2, K3)', {}, 'EACCES'],
  ['2: listen.owner=www-data → owner class (F3)', { settings: { 'listen.owner': 'www-data' } }, 'OK'],
  [
    '3: listen.owner=www-data, nginx 101 in another container (F3, D6)',
    {
      settings: { 'listen.owner': 'www-data' },
      fpm: { db: phpImage },
      nginxUser: ['nginx'],
      nginxDb: nginxImage('nginx', []),
      sameMachine: false,
    },
    'EACCES',
  ],
  [
    '4: listen.group=www-data, nginx listed in group www-data (F5, N3)',
    {
      settings: { 'listen.group': 'www-data' },
      nginxUser: ['nginx'],
      nginxDb: nginxImage('nginx', ['nginx']),
    },
    'OK',
  ],
  [
    "5: listen.group=www-data, nginx's passwd primary group is www-data but it is not a member (N3)",
    { settings: { 'listen.group': 'www-data' }, nginxUser: ['nginx'], nginxDb: nginxImage('www-data', []) },
    'EACCES',
  ],
  [
    '6: listen.owner=33 → www-data:root, nginx in group www-data (F4)',
    { settings: { 'listen.owner': '33' }, nginxUser: ['nginx'], nginxDb: nginxImage('nginx', ['nginx']) },
    'EACCES',
  ],
  ['7: listen.mode=0666 (F6)', { settings: { 'listen.mode': '0666' }, nginxUser: ['nginx'] }, 'OK'],
  [
    '8: listen.mode=666, no leading 0 needed (F6)',
    { settings: { 'listen.mode': '666' }, nginxUser: ['nginx'] },
    'OK',
  ],
  ['9: listen.mode=u+rw → 0000 (F6)', { settings: { 'listen.mode': 'u+rw' } }, 'EACCES'],
  ['9: listen.mode=0o660 → 0000 (F6)', { settings: { 'listen.mode': '0o660' } }, 'EACCES'],
  ['9: listen.mode=999 → 0000 (F6)', { settings: { 'listen.mode': '999' } }, 'EACCES'],
  [
    '10: listen.acl_users=www-data, owner=nobody ignored (F7)',
    { settings: { 'listen.acl_users': 'www-data', 'listen.owner': 'nobody' } },
    'OK',
  ],
  [
    '11: listen.acl_users on the php:fpm image: unknown entry, FPM does not start (F7, D1)',
    { settings: { 'listen.acl_users': 'nginx' }, fpm: { aclSupport: false, db: phpImage } },
    'ENOENT',
  ],
  [
    "12: listen.acl_users='www-data, nginx': ' nginx' is unknown (F7)",
    { settings: { 'listen.acl_users': 'www-data, nginx' } },
    'ENOENT',
  ],
  [
    '13: listen.owner=www-data, socket directory 0700 root (K5)',
    { settings: { 'listen.owner': 'www-data' }, dirs: [dir('/run/php', 0o700)] },
    'EACCES',
  ],
  [
    '14: listen.owner=www-data, default ACL g::r-x → 0640, worker reaches it through the group only (F14)',
    {
      settings: { 'listen.owner': 'www-data' },
      fpm: {
        defaultAcl: [
          { tag: 'user_obj', perm: 7 },
          { tag: 'group_obj', perm: 5 },
          { tag: 'other', perm: 0 },
        ],
      },
      nginxUser: ['nginx'],
      nginxDb: nginxImage('nginx', ['nginx']),
    },
    'EACCES',
  ],
  ['15: socket directory missing: FPM exits (F12)', { noSocket: 'bind ENOENT' }, 'ENOENT'],
  ['16: FPM not running or a typo in the path (K6)', { noSocket: 'nothing at the path' }, 'ENOENT'],
  [
    '17: chown EPERM left a stale socket the worker may write (K7, F18)',
    {
      settings: { 'listen.owner': 'nginx' },
      fpm: { master: { user: { name: 'www-data' }, group: { name: 'www-data' } } },
    },
    'ECONNREFUSED',
  ],
  [
    '17: chown EPERM left a stale socket the worker may not write (K7)',
    {
      settings: { 'listen.owner': 'www-data' },
      fpm: { master: { user: { name: 'nginx' }, group: { name: 'nginx' } } },
    },
    'EACCES',
  ],
  ['18: socket in /tmp behind PrivateTmp (Y5)', { noSocket: 'another mount namespace' }, 'ENOENT'],
  [
    '19: user root, socket 0000 (N3, K9)',
    { settings: { 'listen.mode': '0' }, nginxUser: ['root'], dirs: [dir('/run/php', 0)] },
    'OK',
  ],
  [
    '19: user root, still ENOENT without a socket',
    { noSocket: 'FPM not running', nginxUser: ['root'] },
    'ENOENT',
  ],
  [
    '19: user root, still ECONNREFUSED on a stale socket',
    {
      settings: { 'listen.owner': 'nginx' },
      fpm: { master: { user: { name: 'www-data' }, group: { name: 'www-data' } } },
      nginxUser: ['root'],
    },
    'ECONNREFUSED',
  ],
  ["20: listen.owner=none, read as '' (S6)", { settings: { 'listen.owner': '' } }, 'EACCES'],
  ['21: a `# listen.owner` line: FPM does not start (S2)', { noSocket: 'config error' }, 'ENOENT'],
  [
    '22: pool overridden back to TCP 9000 by zz-docker.conf (D1, F23)',
    { noSocket: 'listens on TCP' },
    'ENOENT',
  ],
  [
    '23: socket www-data:www-data 0060, worker is the owner (K3)',
    { settings: { 'listen.owner': 'www-data', 'listen.mode': '0060' } },
    'EACCES',
  ],
];

describe('semantics 10.6: the classic cases', () => {
  it.each(cases.map(([title, side, expected]) => [title, expected, side] as const))(
    '%s → %s',
    (_, expected, side) => {
      expect(verdictFor(side)).toBe(expected);
    },
  );
});
