/**
 * Generated worlds for the property tests: one machine with users and groups, one or two nginx
 * instances (each a `user` directive) connecting to /run/php/www.sock, and a PHP-FPM file with
 * the pool [www] followed by an unrelated pool [other]. Built straight into a UnitGraph with the
 * engine's own loaders and verdict functions, so thousands of cases run in seconds.
 */
import fc from 'fast-check';
import type { RuleId } from '../../src/engine/findings.js';
import type { DeployedFs, FpmConfig, IdentityDb, NginxConfig, SocketClient } from '../../src/engine/model.js';
import type { UnitGraph, WebServerInstance } from '../../src/engine/resolve/graph.js';
import { debianBase } from '../../src/engine/platforms/accounts.js';
import { loadFpm } from '../../src/engine/resolve/fpm-config.js';
import type { DeploymentUnit } from '../../src/engine/resolve/topology.js';
import type { Location, SourceFile } from '../../src/engine/types.js';
import { nginxWorker } from '../../src/engine/verdict/nginx-worker.js';
import { fixtureOrigin, makeDb } from '../verdict/fixtures.js';

export const POOL_FILE = 'etc/php/8.2/fpm/pool.d/www.conf';
const SOCKET = '/run/php/www.sock';

type Key = 'listen.owner' | 'listen.group' | 'listen.mode' | 'listen.acl_users' | 'listen.acl_groups';

/** How one listen.* key appears in [www]. */
export interface KeyLine {
  state: 'absent' | 'commented' | 'set' | 'set-twice';
  value: string;
  quote: boolean;
  upper: boolean;
  comment: boolean;
}

export interface World {
  aclSupport: boolean;
  crlf: boolean;
  indent: string;
  eq: string;
  /** [www]'s listen.* lines in writing order. */
  keys: { key: Key; line: KeyLine }[];
  fillers: string[];
  webServers: { user: string; group?: string }[];
  /** Supplementary members of the groups www-data, web and adm. */
  members: { 'www-data': string[]; web: string[]; adm: string[] };
  /** /run/php's mode and group. */
  runPhp: { mode: number; group: string };
  /** The file ends without a line ending. */
  noFinalEol: boolean;
  /** listen.* rules whose findings the user suppressed: their conditions may stay. */
  suppressed: RuleId[];
}

const OWNERS = ['www-data', 'nginx', 'app', 'root', '33', '101', '1000', 'none', ''];
const GROUPS = ['www-data', 'nginx', 'app', 'web', 'root', '33', '2000', 'none'];
const MODES = [
  '0660',
  '0600',
  '0666',
  '0060',
  '0606',
  '0222',
  '0640',
  '660',
  '0777',
  'u+rw',
  '0o660',
  '999',
  'yes',
  '4666',
  '0000',
  'g=rw,u=rw',
];
const ACL_USERS = ['www-data', 'app', 'app,deploy', 'nginx'];
const ACL_GROUPS = ['web', 'app', 'www-data'];
const WEB_USERS = ['www-data', 'www-data', 'nginx', 'app', 'root'];

const keyLine = (values: string[], aclKey: boolean, aclSupport: boolean): fc.Arbitrary<KeyLine> =>
  fc.record({
    state:
      aclKey && !aclSupport
        ? fc.constantFrom<KeyLine['state']>('absent', 'commented')
        : fc.constantFrom<KeyLine['state']>('absent', 'absent', 'commented', 'set', 'set', 'set-twice'),
    value: fc.constantFrom(...values),
    quote: fc.boolean(),
    upper: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
    comment: fc.boolean(),
  });

const subset = (names: string[]) => fc.subarray(names);

export const worlds: fc.Arbitrary<World> = fc.boolean().chain((aclSupport) =>
  fc.record({
    aclSupport: fc.constant(aclSupport),
    crlf: fc.boolean(),
    indent: fc.constantFrom('', '', '  ', '\t'),
    eq: fc.constantFrom(' = ', ' = ', '=', '  =  ', '\t=\t'),
    keys: fc
      .tuple(
        keyLine(OWNERS, false, aclSupport),
        keyLine(GROUPS, false, aclSupport),
        keyLine(MODES, false, aclSupport),
        keyLine(ACL_USERS, true, aclSupport),
        keyLine(ACL_GROUPS, true, aclSupport),
      )
      .chain(([o, g, m, au, ag]) =>
        fc.shuffledSubarray(
          [
            { key: 'listen.owner' as Key, line: o },
            { key: 'listen.group' as Key, line: g },
            { key: 'listen.mode' as Key, line: m },
            { key: 'listen.acl_users' as Key, line: au },
            { key: 'listen.acl_groups' as Key, line: ag },
          ],
          { minLength: 5, maxLength: 5 },
        ),
      ),
    fillers: fc.array(
      fc.constantFrom(
        '; listen.owner and listen.group set who owns the socket',
        'listen.backlog = 511',
        ';listen.allowed_clients = 127.0.0.1',
        'pm.max_requests = 500',
        '',
        '; comment',
      ),
      { maxLength: 4 },
    ),
    webServers: fc.array(
      fc.record({
        user: fc.constantFrom(...WEB_USERS),
        group: fc.option(fc.constantFrom('www-data', 'web', 'adm', 'nginx'), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    members: fc.record({
      'www-data': subset(['nginx', 'app']),
      web: subset(['www-data', 'nginx']),
      adm: subset(['www-data', 'nginx']),
    }),
    runPhp: fc.constantFrom(
      { mode: 0o755, group: 'root' },
      { mode: 0o755, group: 'root' },
      { mode: 0o750, group: 'www-data' },
    ),
    noFinalEol: fc.boolean(),
    suppressed: fc.oneof(
      { weight: 3, arbitrary: fc.constant<RuleId[]>([]) },
      {
        weight: 1,
        arbitrary: fc.subarray<RuleId>([
          'socket-mode-invalid',
          'socket-world-writable',
          'socket-ownership-implicit',
          'socket-owner-ignored',
        ]),
      },
    ),
  }),
);

/** The pool file: [www] with its listen.* lines, then [other] with its own. */
export function poolText(world: World): string {
  const { indent, eq } = world;
  const lines: string[] = [
    '; generated pool',
    '[www]',
    `${indent}user${eq}app`,
    `${indent}listen${eq}${SOCKET}`,
  ];
  const write = (key: string, line: KeyLine, value = line.value) => {
    const k = line.upper ? key.toUpperCase() : key;
    const v = line.quote ? `"${value}"` : value;
    return `${indent}${k}${eq}${v}${line.comment ? ' ; set by hand' : ''}`;
  };
  world.keys.forEach(({ key, line }, i) => {
    if (world.fillers[i] !== undefined) lines.push(world.fillers[i]);
    if (line.state === 'commented') lines.push(`;${key} = ${line.value || 'www-data'}`);
    if (line.state === 'set-twice') lines.push(write(key, line, 'app'));
    if (line.state === 'set' || line.state === 'set-twice') lines.push(write(key, line));
  });
  lines.push(
    `${indent}pm${eq}dynamic`,
    `${indent}pm.max_children${eq}5`,
    '',
    '[other]',
    'user = app',
    'listen = /run/php/other.sock',
    ';listen.owner = www-data',
    'listen.group = app',
    'listen.mode = 0666',
    'pm = ondemand',
    'pm.max_children = 2',
  );
  const eol = world.crlf ? '\r\n' : '\n';
  return lines.join(eol) + (world.noFinalEol ? '' : eol);
}

export function machine(world: World): IdentityDb {
  return makeDb(
    'generated',
    [
      ['root', 0, 'root'],
      ['www-data', 33, 'www-data'],
      ['nginx', 101, 'nginx'],
      ['app', 1000, 'app'],
      ['deploy', 1001, 'deploy'],
    ],
    [
      ['root', 0],
      ['adm', 4, world.members.adm],
      ['www-data', 33, world.members['www-data']],
      ['nginx', 101],
      ['app', 1000],
      ['deploy', 1001],
      ['web', 2000, world.members.web],
    ],
  );
}

/** The unit graph socklint would build for this world with the pool file's text. */
export function graphOf(world: World, text: string): UnitGraph {
  const db = machine(world);
  const file: SourceFile = {
    path: POOL_FILE,
    absPath: '/' + POOL_FILE,
    text,
    hadBom: false,
    crlf: world.crlf,
  };
  const fs: DeployedFs = { lookup: () => ({ status: 'missing' }) };
  const config: FpmConfig = loadFpm({ deployedPath: '/' + POOL_FILE, file }, fs, {
    prefix: '/usr',
    aclSupported: world.aclSupport,
  });
  const fpm = { config, aclSupported: world.aclSupport };
  const www = config.pools.find((p) => p.name === 'www');
  const webServers: WebServerInstance[] = world.webServers.map((w, i) => {
    const at: Location = { file: `etc/nginx/site${i}`, line: 1, column: 1, endLine: 1, endColumn: 40 };
    const client: SocketClient = {
      server: 'nginx',
      directive: 'fastcgi_pass',
      context: 'http',
      location: at,
      targetLocation: at,
      raw: `unix:${SOCKET}`,
      target: { kind: 'unix', path: SOCKET },
    };
    const userLine: Location = {
      file: `etc/nginx/nginx${i}.conf`,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 10,
    };
    const directive = { user: w.user, ...(w.group ? { group: w.group } : {}), location: userLine };
    const cfg: NginxConfig = {
      server: 'nginx',
      mainPath: '/etc/nginx/nginx.conf',
      files: [],
      user: directive,
      clients: [client],
      problems: [],
      notes: [],
    };
    const fallback = { user: 'www-data', group: 'www-data', origin: fixtureOrigin };
    return { server: 'nginx', config: cfg, worker: nginxWorker({ directive, fallback, db }) };
  });
  const unit = {
    id: 'host ./',
    kind: 'host',
    platform: { base: debianBase('Debian 12') },
    notes: [],
    facts: [],
  } as unknown as DeploymentUnit;
  const dir = (path: string, mode: number, group = 'root') =>
    [path, { path, mode, owner: 'root', group, origin: fixtureOrigin }] as const;
  return {
    unit,
    state: {
      db,
      directories: new Map([
        dir('/', 0o755),
        dir('/run', 0o755),
        dir('/run/php', world.runPhp.mode, world.runPhp.group),
      ]),
      world: 'closed',
      worldWhy: 'a generated world',
      assumed: [],
    },
    webServers,
    fpm: [fpm],
    listeners: new Map(),
    links: webServers.map((n) => ({
      client: n.config.clients[0],
      server: n,
      path: SOCKET,
      ...(www ? { target: { pool: www, fpm } } : {}),
    })),
  };
}
