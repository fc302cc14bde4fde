/**
 * Debian's a2enmod, a2enconf, a2ensite and their a2dis* names: the facts a script's calls give,
 * and what applying them does to a machine's files, against the real script (/usr/sbin/a2enmod)
 * run on the same tree when it is installed.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApacheEnable, Fact } from '../../src/engine/parse/provision/facts.js';
import { loadShellParser } from '../../src/engine/parse/provision/shell-syntax.js';
import { shellFacts } from '../../src/engine/parse/provision/shell.js';
import { applyFact } from '../../src/engine/resolve/image-build.js';
import { ImageFs } from '../../src/engine/resolve/image-fs.js';
import { debianApache } from '../../src/engine/resolve/platforms-apache.js';
import { source, span } from './helpers.js';

beforeAll(() => loadShellParser());

const ENABLED = ['mods-enabled', 'conf-enabled', 'sites-enabled'];

/** Debian 12's apache2 (with php8.2-fpm's conf) as socklint ships it; enabled files as the package's links. */
function packagedFs(): ImageFs {
  const fs = new ImageFs({});
  for (const f of debianApache({ phpFpm: ['8.2'] }).files) {
    const dir = path.posix.basename(path.posix.dirname(f.deployedPath));
    if (ENABLED.includes(dir)) {
      const name = path.posix.basename(f.deployedPath);
      fs.link(f.deployedPath, `../${dir.replace('-enabled', '-available')}/${name}`);
      continue;
    }
    fs.place(f.deployedPath, {
      deployedPath: f.deployedPath,
      file: {
        path: `(pkg)${f.deployedPath}`,
        absPath: f.deployedPath,
        text: f.text,
        hadBom: false,
        crlf: false,
      },
      builtin: 'pkg',
    });
  }
  return fs;
}

/** The enabled names of each directory, for comparison. */
function enabledOf(fs: ImageFs): Record<string, string[]> {
  return Object.fromEntries(
    ENABLED.map((d) => [
      d,
      [...fs.namesIn(`/etc/apache2/${d}`, '.load'), ...fs.namesIn(`/etc/apache2/${d}`, '.conf')].sort(),
    ]),
  );
}

function run(script: string): { fs: ImageFs; facts: Fact[] } {
  const fs = packagedFs();
  const { facts } = shellFacts(source('provision.sh', script));
  for (const fact of facts) applyFact(fs, fact);
  return { fs, facts };
}

describe('a2enmod and friends in a script', () => {
  it('give one fact per call, suffix dropped, options read, unknown names kept apart', () => {
    const text =
      'a2enmod -q proxy_fcgi setenvif\na2enconf php8.2-fpm.conf\na2dismod -f proxy\na2ensite "$SITE"\n';
    const file = source('provision.sh', text);
    const facts = shellFacts(file).facts.filter((f): f is ApacheEnable & Fact => f.kind === 'apache-enable');
    expect(facts.map((f) => [f.enable, f.what, f.names, f.unknown, f.force])).toEqual([
      [true, 'mod', ['proxy_fcgi', 'setenvif'], [], false],
      [true, 'conf', ['php8.2-fpm'], [], false],
      [false, 'mod', ['proxy'], [], true],
      [true, 'site', [], ['$SITE'], false],
    ]);
    expect(facts[1].location).toEqual(span(file, 'a2enconf php8.2-fpm.conf'));
  });

  it("a2enmod proxy_fcgi brings proxy (its # Depends:) with proxy's .conf; a2enconf links the package's conf", () => {
    const before = enabledOf(packagedFs());
    const { fs } = run('a2enmod proxy_fcgi\na2enconf php8.2-fpm\n');
    const after = enabledOf(fs);
    expect(after['mods-enabled'].filter((m) => !before['mods-enabled'].includes(m))).toEqual([
      'proxy.conf',
      'proxy.load',
      'proxy_fcgi.load',
    ]);
    expect(after['conf-enabled'].filter((m) => !before['conf-enabled'].includes(m))).toEqual([
      'php8.2-fpm.conf',
    ]);
    expect(
      fs
        .partsOf('/etc/apache2/conf-enabled/php8.2-fpm.conf')
        ?.map((p) => p.text)
        .join(''),
    ).toMatch(/SetHandler "proxy:unix:\/run\/php\/php8\.2-fpm\.sock\|fcgi:\/\/localhost"/);
  });

  it('refuses what the script refuses: a module others need, an essential one, a conflicting MPM', () => {
    const base = enabledOf(run('a2enmod proxy_fcgi\n').fs);
    expect(enabledOf(run('a2enmod proxy_fcgi\na2dismod proxy\n').fs)).toEqual(base);
    expect(enabledOf(run('a2enmod proxy_fcgi\na2dismod -f proxy\n').fs)).toEqual(enabledOf(packagedFs()));
    // An essential module without -f: the script asks, reads no answer, and exits.
    expect(enabledOf(run('a2dismod dir setenvif\n').fs)).toEqual(enabledOf(packagedFs()));
    expect(enabledOf(run('a2enmod mpm_prefork\n').fs)).toEqual(enabledOf(packagedFs()));
  });

  it('a name it cannot know leaves an enabled file of unknown content; a conditional call too', () => {
    const { fs } = run('a2enconf "$APP"\n[ -n "${X:-}" ] && a2dissite 000-default\n');
    expect(fs.partsOf('/etc/apache2/conf-enabled/$APP.conf')).toBeNull();
    expect(fs.partsOf('/etc/apache2/sites-enabled/000-default.conf')).toBeNull();
  });
});

const REAL = '/usr/sbin/a2enmod';

/** The same tree on disk, the real script run on it, and its enabled directories read back. */
function realRun(calls: string[][]): Record<string, string[]> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'socklint-a2en-'));
  try {
    const conf = path.join(root, 'apache2');
    for (const f of debianApache({ phpFpm: ['8.2'] }).files) {
      const rel = f.deployedPath.slice('/etc/apache2/'.length);
      const at = path.join(conf, rel);
      mkdirSync(path.dirname(at), { recursive: true });
      const dir = path.basename(path.dirname(at));
      if (ENABLED.includes(dir))
        symlinkSync(`../${dir.replace('-enabled', '-available')}/${path.basename(at)}`, at);
      else writeFileSync(at, f.text);
    }
    for (const d of ENABLED) mkdirSync(path.join(conf, d), { recursive: true });
    for (const [program, ...args] of calls) {
      spawnSync(`/usr/sbin/${program}`, args, {
        env: {
          PATH: process.env.PATH,
          APACHE_CONFDIR: conf,
          APACHE_STATE_DIRECTORY: path.join(root, 'state'),
        },
        input: '',
      });
    }
    return Object.fromEntries(
      ENABLED.map((d) => [
        d,
        readdirSync(path.join(conf, d))
          .filter(
            (n) => existsSync(path.join(conf, d, n)) && readlinkSync(path.join(conf, d, n)).startsWith('../'),
          )
          .sort(),
      ]),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const CASES: string[][][] = [
  [
    ['a2enmod', 'proxy_fcgi', 'setenvif'],
    ['a2enconf', 'php8.2-fpm'],
  ],
  [
    ['a2enmod', 'proxy_fcgi'],
    ['a2dismod', 'proxy'],
  ],
  [
    ['a2enmod', 'proxy_fcgi'],
    ['a2dismod', '-f', 'proxy'],
  ],
  [['a2enmod', 'proxy_balancer']],
  [['a2enmod', 'proxy_h*']],
  [['a2enmod', 'mpm_prefork']],
  [
    ['a2dismod', 'mpm_event'],
    ['a2enmod', 'mpm_prefork'],
  ],
  [['a2dismod', 'dir']],
  [['a2dismod', '-f', 'dir', 'mime']],
  [['a2enmod', 'nosuchmodule', 'rewrite']],
  [
    ['a2dissite', '000-default'],
    ['a2disconf', 'serve-cgi-bin', 'charset.conf'],
  ],
  [
    ['a2enconf', 'php8.2-fpm'],
    ['a2disconf', 'php8.2-fpm'],
  ],
];

(existsSync(REAL) ? describe : describe.skip)('the same calls as the real a2enmod script', () => {
  it('runs the real script on the tree (it changes it)', () => {
    const real = realRun([
      ['a2enmod', 'proxy_fcgi'],
      ['a2dismod', '-f', 'dir'],
    ]);
    expect(real['mods-enabled']).toContain('proxy_fcgi.load');
    expect(real['mods-enabled']).not.toContain('dir.load');
  });

  for (const calls of CASES) {
    const script = calls.map((c) => c.join(' ').replace('*', '\\*')).join('\n') + '\n';
    it(script.trim().replace(/\n/g, '; '), () => {
      expect(enabledOf(run(script).fs)).toEqual(realRun(calls));
    });
  }
});
