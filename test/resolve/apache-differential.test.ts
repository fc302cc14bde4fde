/**
 * Differential tests of the Apache loader against the real httpd (Debian's `apache2`):
 * - acceptance: `apache2 -t` accepts the configuration exactly when the loader finds no problem;
 * - files: `-D DUMP_INCLUDES` lists the files the loader reads, in the same order;
 * - directives: `-D DUMP_CONFIG` (mod_info) prints every directive httpd keeps after includes,
 *   `${NAME}` and the conditional sections; each `SetHandler "proxy:…"`, `ProxyPass`,
 *   `ProxyPassMatch` and `BalancerMember` it prints is a client of the loader, on the same line,
 *   with the same socket (relative paths under the runtime directory `-S` prints);
 * - identity: `-S` prints the `User` and `Group` the children get.
 * Each fixture is copied to a temporary directory and run with its paths moved there.
 *
 * Intended differences (the oracle runs on Debian 12, not on the machine the fixture describes):
 * | difference | why |
 * | --- | --- |
 * | RHEL and image fixtures: `LoadModule` of unixd, version, log_config, logio is commented out for the oracle | these modules are compiled into Debian's apache2; the loader loads them from the line, as RHEL's and the image's httpd do |
 * | RHEL: `User apache`/`Group apache` run as www-data | Debian has no `apache` account; `-S` then shows www-data where the loader says apache |
 * | the `-C LoadModule info_module` the oracle adds | DUMP_CONFIG needs mod_info; no fixture tests for it |
 * | clients that a worker defined elsewhere takes over (A4) carry that worker's socket | DUMP_CONFIG shows the directive as written, not which worker serves it; the rule was checked with real requests (docs/verified-behaviour.md) |
 * | DUMP_CONFIG's line is the last line of a continued line | the loader's client spans the whole logical line; its end line is compared |
 * | a handler whose module is not loaded is in DUMP_CONFIG, and in the loader's `inertHandlers`, not its clients | it never connects: Apache serves the file itself (W12) |
 * | the runtime directory is compared only when the configuration sets DefaultRuntimeDir | the compiled default is the binary's (RHEL's is `run`, Debian's differs) |
 * | a wrong closing line inside a skipped conditional: httpd names the conditional's line, the loader the wrong line | that line is the one to fix |
 * | an include loop: httpd's message is cut after 128 nested "Syntax error on line …" prefixes | the loader gives the innermost message, at the Include that closes the loop |
 * | "Invalid command" only for the directives of the modules the loader knows (apache-modules.ts) | a directive of another module may be valid; the loader does not guess |
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apacheOptions, loadApache, type ApacheConfig } from '../../src/engine/resolve/apache-config.js';
import {
  debianApache,
  httpdImage,
  rhelApache,
  type ApacheFlavour,
} from '../../src/engine/resolve/platforms-apache.js';
import { knownEnvironment } from '../../src/engine/resolve/apache-envvars.js';
import { FIXTURES, fixtureFs, inlineFs, mainOf } from './deployed-fixtures.js';
import { loadShellParser } from '../../src/engine/parse/provision/shell-syntax.js';

// Debian's envvars is read by the shell interpreter (the fixtures are loaded as the tests are collected).
await loadShellParser();

const APACHE2 = spawnSync('sh', ['-c', 'command -v apache2'], { encoding: 'utf8' }).stdout.trim();
const MODULES = '/usr/lib/apache2/modules';
const describeIfApache = APACHE2 ? describe : describe.skip;
if (!APACHE2) console.warn('apache2 is not installed: the Apache oracle tests are skipped');

/** Deployed directories the fixtures use, moved under the temporary directory for the oracle. */
const MOVED = [
  '/etc/apache2',
  '/etc/httpd',
  '/usr/local/apache2',
  '/var/run/apache2',
  '/var/lock/apache2',
  '/var/log/apache2',
];
/** Modules Debian's apache2 has compiled in: a `LoadModule` of them is commented out for the oracle. */
const STATIC_ON_DEBIAN = ['unixd', 'version', 'log_config', 'logio'];

interface Fixture {
  name: string;
  flavour: ApacheFlavour;
  /** RHEL's account names, as the oracle runs them. */
  accounts?: Record<string, string>;
}

const FIXTURE_LIST: Fixture[] = [
  { name: 'debian-php82', flavour: debianApache() },
  { name: 'debian-worker-reuse', flavour: debianApache() },
  { name: 'debian-define', flavour: debianApache() },
  { name: 'debian-handler-inert', flavour: debianApache() },
  { name: 'rhel', flavour: rhelApache(), accounts: { apache: 'www-data' } },
  { name: 'httpd-image', flavour: httpdImage('httpd:2.4') },
];

interface Oracle {
  accepted: boolean;
  output: string;
  files: string[];
  directives: { file: string; line: number; text: string }[];
  user?: string;
  group?: string;
  runtimeDir?: string;
  /** `-S`: each virtual host's file and line. */
  vhosts: string[];
}

function walkFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) walkFiles(abs, out);
    else out.push(abs);
  }
  return out;
}

/** Copies a fixture to a temporary root with its paths moved there, as the oracle reads it. */
function stage(fixtureDir: string, fixture: Fixture): string {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'socklint-apache-'));
  cpSync(fixtureDir, tmp, { recursive: true });
  for (const file of walkFiles(tmp)) {
    let text = readFileSync(file, 'utf8');
    for (const dir of MOVED) text = text.split(dir).join(tmp + dir);
    text = text.replace(
      new RegExp(`^(\\s*LoadModule\\s+(?:${STATIC_ON_DEBIAN.join('|')})_module\\s)`, 'gm'),
      '#$1',
    );
    for (const [from, to] of Object.entries(fixture.accounts ?? {})) {
      text = text.replace(new RegExp(`^(\\s*(?:User|Group)\\s+)${from}\\s*$`, 'gm'), `$1${to}`);
    }
    writeFileSync(file, text);
  }
  for (const dir of ['/var/run/apache2', '/var/lock/apache2', '/var/log/apache2'])
    mkdirSync(tmp + dir, { recursive: true });
  const root = tmp + fixture.flavour.serverRoot;
  // The image ships htdocs (a DocumentRoot of the main server must exist).
  for (const sub of ['logs', 'htdocs']) mkdirSync(path.join(root, sub), { recursive: true });
  if (fixture.flavour.layout !== 'debian') symlinkSync(MODULES, path.join(root, 'modules'));
  return tmp;
}

function runOracle(tmp: string, fixture: Fixture): Oracle {
  const { flavour } = fixture;
  const base = [
    '-d',
    tmp + flavour.serverRoot,
    '-f',
    tmp + flavour.mainPath,
    ...flavour.defines.flatMap((d) => ['-D', d]),
  ];
  const env = flavour.envvarsPath
    ? `set -a; APACHE_CONFDIR='${tmp}${flavour.serverRoot}'; . '${tmp}${flavour.envvarsPath}'; set +a;`
    : '';
  const run = (args: string[]) =>
    spawnSync(
      'env',
      [
        '-i',
        'PATH=/usr/sbin:/usr/bin:/sbin:/bin',
        'bash',
        '-c',
        `${env} exec ${APACHE2} "$@"`,
        'apache2',
        ...base,
        ...args,
      ],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
  const dump = run([
    '-t',
    '-D',
    'DUMP_INCLUDES',
    '-D',
    'DUMP_CONFIG',
    '-C',
    `LoadModule info_module ${MODULES}/mod_info.so`,
  ]);
  const output = dump.stdout + dump.stderr;
  const back = (p: string) => (p.startsWith(tmp) ? p.slice(tmp.length) : p);
  const files = [...output.matchAll(/^\s+\((?:\*|\d+)\) (\S+)$/gm)].map((m) => back(m[1]));
  const directives: Oracle['directives'] = [];
  let file = '';
  let line = 0;
  for (const raw of dump.stdout.split('\n')) {
    const t = raw.trim();
    const inFile = /^# In file: (.*)$/.exec(t);
    if (inFile) file = back(inFile[1]);
    else if (/^#\s*\d+:$/.test(t)) line = Number(t.replace(/[^0-9]/g, ''));
    else if (t !== '' && !t.startsWith('#') && !t.startsWith('(') && !/^Included configuration/.test(t))
      directives.push({ file, line, text: t });
  }
  const s = run(['-S']);
  const sOut = s.stdout + s.stderr;
  return {
    accepted: dump.status === 0,
    output,
    files,
    directives,
    user: /^User: name="([^"]*)"/m.exec(sOut)?.[1],
    group: /^Group: name="([^"]*)"/m.exec(sOut)?.[1],
    runtimeDir: back(/^Mutex default: dir="([^"]*)"/m.exec(sOut)?.[1] ?? '').replace(/\/$/, ''),
    vhosts: [...sOut.matchAll(/\((\/[^():]+):(\d+)\)$/gm)]
      .map((m) => `${back(m[1]).slice(1)}:${m[2]}`)
      .sort(),
  };
}

/** The socket a proxy URL names, under the runtime directory when relative (what httpd connects to). */
function socketOf(url: string, runtimeDir: string): string | undefined {
  const m = /^(?:proxy:)?unix:([^|]*)\|/i.exec(url);
  if (!m) return undefined;
  const p = m[1].replace(/^\/\/[^/]*/, '');
  return p.startsWith('/') ? p : `${runtimeDir}/${p}`;
}

const CLIENT_DIRECTIVE = /^(SetHandler|ProxyPass|ProxyPassMatch|BalancerMember)\s+(.*)$/i;

/** The clients the oracle's DUMP_CONFIG shows: directive, file, line and the socket its URL names. */
function oracleClients(oracle: Oracle): string[] {
  const out: string[] = [];
  for (const d of oracle.directives) {
    const m = CLIENT_DIRECTIVE.exec(d.text);
    if (!m) continue;
    const words = [...m[2].matchAll(/"([^"]*)"|(\S+)/g)].map((w) => w[1] ?? w[2]);
    const url = words.find((w) => /^(proxy:)?unix:/i.test(w));
    if (!url) continue;
    out.push(`${m[1]} ${d.file.slice(1)}:${d.line} ${socketOf(url, oracle.runtimeDir ?? '')}`);
  }
  return out.sort();
}

/**
 * The same for the loader: each client with the socket its own directive names (before a worker
 * takes it over), and each handler it finds inert (DUMP_CONFIG shows those too).
 */
function loaderClients(config: ApacheConfig): string[] {
  const seen = new Set<string>();
  for (const h of config.inertHandlers) {
    seen.add(
      `SetHandler ${h.location.file}:${h.location.endLine} ${socketOf(h.raw, config.runtimeDir.path)}`,
    );
  }
  for (const c of config.clients) {
    const own = c.worker
      ? socketOf(c.raw, config.runtimeDir.path)
      : c.target.kind === 'unix'
        ? c.target.path
        : c.ifApplied?.kind === 'unix'
          ? c.ifApplied.path
          : socketOf(c.raw, config.runtimeDir.path);
    if (own === undefined) continue;
    seen.add(`${c.directive} ${c.location.file}:${c.location.endLine} ${own}`);
  }
  return [...seen].sort();
}

describeIfApache('the Apache loader agrees with apache2 on every fixture', () => {
  for (const fixture of FIXTURE_LIST) {
    describe(fixture.name, () => {
      const dir = path.join(FIXTURES, 'apache', fixture.name);
      const tmp = stage(dir, fixture);
      const oracle = runOracle(tmp, fixture);
      rmSync(tmp, { recursive: true, force: true });
      const fs = fixtureFs(dir);
      const config = loadApache(mainOf(fs, fixture.flavour.mainPath), fs, apacheOptions(fixture.flavour, fs));

      it('accepts it as apache2 -t does', () => {
        expect({ accepted: config.problems.length === 0, problems: config.problems }).toEqual({
          accepted: oracle.accepted,
          problems: oracle.accepted ? [] : expect.anything(),
        });
      });

      it('reads the files DUMP_INCLUDES lists, in order', () => {
        expect(config.files.map((f) => f.deployedPath)).toEqual(oracle.files);
      });

      it('finds every client DUMP_CONFIG keeps, with its socket', () => {
        expect(loaderClients(config)).toEqual(oracleClients(oracle));
        expect(oracleClients(oracle).length).toBeGreaterThan(0);
      });

      it('reads the virtual hosts apache2 -S shows', () => {
        const ours = config.virtualHosts.map((v) => `${v.location.file}:${v.location.line}`);
        expect([...new Set(ours)].sort()).toEqual([...new Set(oracle.vhosts)]);
      });

      it('gives the User and Group apache2 -S shows', () => {
        const map = (v: string | undefined) => (v === undefined ? '#-1' : (fixture.accounts?.[v] ?? v));
        expect([map(config.users.at(-1)?.value), map(config.groups.at(-1)?.value)]).toEqual([
          oracle.user,
          oracle.group,
        ]);
      });

      // The compiled default belongs to the binary: only a configured one can be compared.
      const configured = config.runtimeDir.origin.kind === 'source';
      (configured ? it : it.skip)('uses the runtime directory apache2 uses', () => {
        expect(config.runtimeDir.path).toBe(oracle.runtimeDir);
      });
    });
  }
});

/* ------------------------------------------------------------------ refusals */

interface RefusalCase {
  name: string;
  /** Appended to a preamble of 4 lines (ServerRoot, DefaultRuntimeDir, ErrorLog, the MPM). */
  text: string;
  files?: Record<string, string>;
  /** An intended difference: what the loader says instead (see the table at the top). */
  ours?: { line?: number; message?: string };
}

const PROXY = 'LoadModule proxy_module /usr/lib/apache2/modules/mod_proxy.so\n';
const FCGI = PROXY + 'LoadModule proxy_fcgi_module /usr/lib/apache2/modules/mod_proxy_fcgi.so\n';

const REFUSALS: RefusalCase[] = [
  { name: 'a section closed by another', text: '<Directory />\n</Files>\n' },
  { name: 'a closing line without a section', text: '</Directory>\n' },
  { name: 'a section left open', text: '<Directory />\nRequire all denied\n' },
  { name: "a closing line without '>'", text: '<Directory />\n</Directory # end\n' },
  { name: "a section line without '>'", text: '<Directory /\n</Directory>\n' },
  { name: 'a section without its argument', text: '<Directory>\n</Directory>\n' },
  { name: 'a skipped <IfModule> left open', text: '<IfModule nope_module>\nUser www-data\n' },
  { name: 'a taken <IfModule> left open (accepted)', text: '<IfModule unixd_module>\nUser www-data\n' },
  { name: 'a taken <IfModule> closed with a blank', text: '<IfModule unixd_module>\n</IfModule >\n' },
  {
    name: 'a skipped <IfModule> with a wrong close inside',
    text: '<IfModule nope_module>\n</Files>\n</IfModule>\n',
    ours: { line: 6 },
  },
  { name: 'a comment continued onto a directive (accepted)', text: '# a comment \\\nUser nobody-at-all\n' },
  { name: 'a directive continued onto the next line', text: 'User \\\n  www-data \\\n  extra\n' },
  { name: 'a comment after an argument', text: 'User www-data # the web user\n' },
  { name: 'a quoted word touching the next', text: 'User "www-data"x\n' },
  { name: 'User in <VirtualHost>', text: '<VirtualHost *:80>\nUser www-data\n</VirtualHost>\n' },
  { name: 'User in <Directory>', text: '<Directory />\nUser www-data\n</Directory>\n' },
  {
    name: 'nested <VirtualHost>',
    text: '<VirtualHost *:80>\n<VirtualHost *:81>\n</VirtualHost>\n</VirtualHost>\n',
  },
  {
    name: 'ProxyPassMatch without mod_proxy',
    text: 'ProxyPassMatch "^/(.*\\.php)$" "unix:/run/php/x.sock|fcgi://localhost/srv/$1"\n',
  },
  {
    name: 'SetHandler proxy: without mod_proxy (accepted)',
    text: '<FilesMatch \\.php$>\nSetHandler "proxy:unix:/run/php/x.sock|fcgi://localhost"\n</FilesMatch>\n',
  },
  { name: 'ProxyPass to a unix: URL without |', text: PROXY + 'ProxyPass /x unix:/a.sock\n' },
  { name: 'ProxyPass to a unix: URL with no scheme', text: PROXY + 'ProxyPass /x "unix:/a.sock|nocolon"\n' },
  {
    name: 'ProxyPass in <Directory>',
    text: PROXY + '<Directory />\nProxyPass /x "unix:/a.sock|fcgi://x/"\n</Directory>\n',
  },
  { name: 'ProxySet of an unknown worker', text: PROXY + 'ProxySet "unix:/b.sock|fcgi://y" timeout=1\n' },
  {
    name: 'BalancerMember outside <Proxy> without a server',
    text: PROXY + 'BalancerMember unix:/a.sock|fcgi://x\n',
  },
  { name: 'SetHandler with two words', text: FCGI + 'SetHandler "proxy:unix:/a.sock|fcgi://x" extra\n' },
  { name: 'Define with a colon', text: 'Define X:y 1\n' },
  {
    name: 'DefaultRuntimeDir from an undefined variable',
    text: 'DefaultRuntimeDir ${SOCKLINT_UNDEFINED_DIR}\n',
  },
  {
    name: 'an include loop',
    text: 'Include a.conf\n',
    files: { 'a.conf': 'Include main.conf\n' },
    ours: { message: 'Exceeded maximum include depth of 128, There appears to be a recursion.' },
  },
  {
    name: 'a wildcard matching nothing',
    text: 'Include conf.d/*.conf\n',
    files: { 'conf.d/readme.txt': 'not a config\n' },
  },
  {
    name: 'IncludeOptional of a wildcard matching nothing (accepted)',
    text: 'IncludeOptional conf.d/*.conf\n',
    files: { 'conf.d/readme.txt': 'x\n' },
  },
  {
    name: 'a Define used before it is written (accepted)',
    text: 'ServerName ${HOST}\nDefine HOST example.com\n',
  },
  {
    name: 'an <IfDefine> on a later Define (accepted)',
    text: '<IfDefine LATER>\nUser nobody-at-all\n</IfDefine>\nDefine LATER\n',
  },
  { name: 'CRLF line endings (accepted)', text: '<Directory />\r\n  Options None\r\n</Directory>\r\n' },
  { name: 'CRLF and a continued line (accepted)', text: 'ServerName \\\r\n  example.com\r\n' },
];

function preamble(root: string): string {
  return `ServerRoot ${root}\nDefaultRuntimeDir ${root}\nErrorLog ${root}/error.log\nLoadModule mpm_event_module ${MODULES}/mod_mpm_event.so\n`;
}

/** httpd's refusal: the innermost "Syntax error on line N of FILE: MESSAGE", or undefined when accepted. */
function refusal(output: string): { line: number; file: string; message: string } | undefined {
  if (/Syntax OK/.test(output)) return undefined;
  const errors = [...output.matchAll(/Syntax error on line (\d+) of ([^:\n]+):\s*/g)];
  const last = errors.at(-1);
  if (!last) return { line: 0, file: '', message: output.trim() };
  const message = output
    .slice(last.index! + last[0].length)
    .trim()
    .split('\n')[0];
  return { line: Number(last[1]), file: path.basename(last[2]), message };
}

describeIfApache('the Apache loader refuses what apache2 -t refuses, in its words', () => {
  for (const c of REFUSALS) {
    it(c.name, () => {
      const tmp = mkdtempSync(path.join(os.tmpdir(), 'socklint-apache-'));
      const files = { 'main.conf': preamble(tmp) + c.text, ...c.files };
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(tmp, name)), { recursive: true });
        writeFileSync(path.join(tmp, name), text);
      }
      const run = spawnSync(APACHE2, ['-t', '-f', path.join(tmp, 'main.conf')], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      rmSync(tmp, { recursive: true, force: true });
      const theirs = refusal((run.stdout + run.stderr).split(tmp).join('/srv/t'));

      const root = '/srv/t';
      const fs = inlineFs(
        Object.fromEntries(
          Object.entries({ ...files, 'main.conf': preamble(root) + c.text }).map(([n, t]) => [
            `${root}/${n}`,
            t,
          ]),
        ),
      );
      const config = loadApache(mainOf(fs, `${root}/main.conf`), fs, {
        ...apacheOptions(debianApache(), fs),
        serverRoot: root,
        environment: knownEnvironment({}, { kind: 'default', description: 'test' }, true),
      });
      const ours = config.problems.map((p) => ({
        line: p.location.endLine,
        file: path.basename(p.location.file),
        message: p.message,
      }));
      if (theirs === undefined) expect(ours).toEqual([]);
      else expect(ours).toContainEqual({ ...theirs, ...c.ours });
    });
  }
});
