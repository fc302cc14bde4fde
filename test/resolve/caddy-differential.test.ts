/**
 * Differential tests of the Caddyfile loader against the real `caddy adapt --adapter caddyfile`
 * (Debian's caddy 2.6): it adapts a fixture exactly when the loader finds no problem, its JSON
 * names the same upstream dial addresses (one `reverse_proxy` handler per php_fastcgi or
 * reverse_proxy), and it refuses what the loader refuses, in the same words, on the same line.
 * Each fixture is copied to a temporary directory and adapted there with an empty environment.
 *
 * Intended differences:
 * | difference | why |
 * | --- | --- |
 * | an `import` of a file outside the Caddyfile's directory that is not in the repository is a notice, not a refusal; one below it is refused with Caddy's words and the premise added | a file elsewhere may exist on the machine; the directory the repository writes is the machine's |
 * | `unix/relative` and `unix:/path` upstreams keep their dial string, the loader adds the socket or the failure | the JSON has the dial string only; what it does was checked with real requests (docs/verified-behaviour.md) |
 * | the loader checks reverse_proxy's own subdirectives for 2.6 only | later releases add subdirectives; the loader does not guess them |
 * | an unknown directive inside `handle { }`: Caddy names the line of the block's `}`, the loader the directive's | that is the line to fix |
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
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  loadCaddy,
  loadCaddyJson,
  type CaddyConfig,
  type LoadCaddyOptions,
} from '../../src/engine/resolve/caddy-config.js';
import { FIXTURES, fixtureFs, inlineFs, mainOf } from './deployed-fixtures.js';

const CADDY = spawnSync('sh', ['-c', 'command -v caddy'], { encoding: 'utf8' }).stdout.trim();
const describeIfCaddy = CADDY ? describe : describe.skip;
if (!CADDY) console.warn('caddy is not installed: the Caddy oracle tests are skipped');

/** The syntax of the installed caddy: 2.6 (Debian 12), or the current one. */
const VERSION =
  CADDY && /^v?2\.6\./.test(spawnSync(CADDY, ['version'], { encoding: 'utf8' }).stdout) ? '2.6' : 'current';

const OPTIONS: LoadCaddyOptions = {
  version: VERSION,
  environment: { vars: new Map(), complete: true },
  workingDirectory: '/',
};

function walkFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) walkFiles(abs, out);
    else out.push(abs);
  }
  return out;
}

function adapt(file: string): { ok: boolean; json?: unknown; stderr: string } {
  const run = spawnSync(
    'env',
    [
      '-i',
      'PATH=/usr/bin:/bin',
      `HOME=${path.dirname(file)}`,
      CADDY,
      'adapt',
      '--config',
      file,
      '--adapter',
      'caddyfile',
    ],
    { encoding: 'utf8', timeout: 30_000 },
  );
  return run.status === 0
    ? { ok: true, json: JSON.parse(run.stdout), stderr: run.stderr }
    : { ok: false, stderr: run.stderr };
}

/** Every value of a key in a JSON document, depth first. */
function valuesOf(json: unknown, key: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(json)) for (const v of json) valuesOf(v, key, out);
  else if (json && typeof json === 'object') {
    for (const [k, v] of Object.entries(json)) {
      if (k === key) out.push(v);
      valuesOf(v, key, out);
    }
  }
  return out;
}

const ourDials = (config: CaddyConfig) =>
  [...config.clients.map((c) => c.dial), ...config.brokenUpstreams.map((b) => b.dial)].sort();
const proxyDirectives = (config: CaddyConfig) =>
  new Set(
    [...config.clients.map((c) => c.location), ...config.brokenUpstreams.map((b) => b.location)].map(
      (l) => `${l.file}:${l.line}:${l.column}`,
    ),
  ).size;

describeIfCaddy('the Caddyfile loader agrees with caddy adapt on every fixture', () => {
  for (const name of ['caddy-site', 'caddy-paths', 'caddy-image']) {
    describe(name, () => {
      const dir = path.join(FIXTURES, 'caddy', name);
      const tmp = mkdtempSync(path.join(os.tmpdir(), 'socklint-caddy-'));
      cpSync(dir, tmp, { recursive: true });
      for (const file of walkFiles(tmp))
        writeFileSync(file, readFileSync(file, 'utf8').split('/etc/caddy').join(`${tmp}/etc/caddy`));
      const oracle = adapt(`${tmp}/etc/caddy/Caddyfile`);
      rmSync(tmp, { recursive: true, force: true });
      const fs = fixtureFs(dir);
      const config = loadCaddy(mainOf(fs, '/etc/caddy/Caddyfile'), fs, OPTIONS);

      it('adapts it as caddy does', () => {
        expect({ ok: config.problems.length === 0, problems: config.problems }).toEqual({
          ok: oracle.ok,
          problems: [],
        });
      });

      it('finds every upstream the JSON dials', () => {
        expect(ourDials(config)).toEqual((valuesOf(oracle.json, 'dial') as string[]).sort());
        expect(ourDials(config).length).toBeGreaterThan(0);
      });

      it("reads caddy adapt's JSON back to the same dial addresses", () => {
        const json = inlineFs({ '/etc/caddy/caddy.json': JSON.stringify(oracle.json, null, 2) });
        const fromJson = loadCaddyJson(mainOf(json, '/etc/caddy/caddy.json'), OPTIONS);
        expect(ourDials(fromJson)).toEqual(ourDials(config));
        expect(fromJson.clients.map((c) => c.target)).toEqual(
          expect.arrayContaining(config.clients.map((c) => c.target)),
        );
      });

      it('finds one proxy per reverse_proxy handler', () => {
        const handlers = valuesOf(oracle.json, 'handler').filter((h) => h === 'reverse_proxy');
        expect(proxyDirectives(config)).toBe(handlers.length);
      });
    });
  }
});

/* ------------------------------------------------------------------ refusals */

interface RefusalCase {
  name: string;
  caddyfile: string;
  files?: Record<string, string>;
  /** An intended difference: the line the loader names instead (see the table above). */
  ourLine?: number;
}

const REFUSALS: RefusalCase[] = [
  { name: 'an unknown directive', caddyfile: ':80 {\n\troot * /srv\n\tphp_fpm unix//run/php/x.sock\n}\n' },
  { name: 'an unknown directive in a site without braces', caddyfile: ':80\nphp_fpm unix//run/php/x.sock\n' },
  {
    name: 'an unknown directive inside handle',
    caddyfile: ':80 {\n\thandle {\n\t\tfastcgi_pass x\n\t}\n}\n',
    ourLine: 3,
  },
  { name: 'a missing closing brace', caddyfile: ':80 {\n\tphp_fastcgi unix//run/php/x.sock\n' },
  { name: 'a closing brace too many', caddyfile: ':80 {\n\tphp_fastcgi unix//run/php/x.sock\n}\n}\n' },
  {
    name: 'a token after { on the same line',
    caddyfile: ':80 {\n\treverse_proxy unix//a.sock { to unix//b.sock\n\t}\n}\n',
  },
  {
    name: 'an unknown transport fastcgi subdirective',
    caddyfile:
      ':80 {\n\treverse_proxy unix//run/php/x.sock {\n\t\ttransport fastcgi {\n\t\t\tsplit_path .php\n\t\t}\n\t}\n}\n',
  },
  {
    name: 'an unknown reverse_proxy subdirective',
    caddyfile: ':80 {\n\treverse_proxy unix//run/php/x.sock {\n\t\tfastcgi_param X 1\n\t}\n}\n',
  },
  {
    name: 'an unknown transport',
    caddyfile: ':80 {\n\treverse_proxy unix//x.sock {\n\t\ttransport uwsgi\n\t}\n}\n',
  },
  {
    name: 'an unknown global option',
    caddyfile: '{\n\tadmin off\n\tuser caddy\n}\n:80 {\n\trespond ok\n}\n',
  },
  {
    name: 'a global options block that is not first',
    caddyfile: ':80 {\n\trespond ok\n}\n{\n\tadmin off\n}\n',
  },
  {
    name: 'a snippet declared twice',
    caddyfile: '(a) {\n\trespond a\n}\n(a) {\n\trespond b\n}\n:80 {\n\timport a\n}\n',
  },
  { name: 'addresses joined by a comma', caddyfile: 'a.example,b.example {\n\trespond ok\n}\n' },
  { name: 'a URL upstream with a path', caddyfile: ':80 {\n\treverse_proxy http://127.0.0.1:9000/app\n}\n' },
  { name: 'an import glob with two wildcards', caddyfile: ':80 {\n\timport */*.caddy\n}\n' },
  { name: 'an import of a missing file', caddyfile: ':80 {\n\timport missing.caddy\n}\n' },
  {
    name: 'an import glob matching nothing (accepted)',
    caddyfile: ':80 {\n\timport conf.d/*.caddy\n\trespond ok\n}\n',
    files: { 'conf.d/README': 'x\n' },
  },
  {
    name: 'snippet arguments, {args.0} in 2.6 (accepted)',
    caddyfile: '(p) {\n\tphp_fastcgi unix//run/php/{args.0}.sock\n}\n:80 {\n\timport p app\n}\n',
  },
  {
    name: 'a heredoc, not read by 2.6',
    caddyfile: ':80 {\n\trespond <<HTML\n\t\t<p>hi</p>\n\t\tHTML 200\n}\n',
  },
  {
    name: 'a quoted token spanning lines (accepted)',
    caddyfile: ':80 {\n\trespond "a\nb" 200\n\tphp_fastcgi unix//x.sock\n}\n',
  },
  {
    name: 'an escaped newline joining arguments (accepted)',
    caddyfile: ':80 {\n\treverse_proxy unix//a.sock \\\n\t\tunix//b.sock\n}\n',
  },
  {
    name: 'a comment after an argument (accepted)',
    caddyfile: ':80 {\n\tphp_fastcgi unix//x.sock # the pool\n}\n',
  },
  {
    name: 'an import cycle',
    caddyfile: ':80 {\n\timport a.caddy\n}\n',
    files: { 'a.caddy': 'import b.caddy\n', 'b.caddy': 'import a.caddy\n' },
  },
];

/** Caddy's refusal: the line and message of its error, without its file and "Error during parsing" prefixes. */
function refusal(stderr: string, file: string): { line: number; message: string } {
  const text = stderr.slice(stderr.indexOf('Error: ') + 'Error: '.length).trim();
  const body = text.replace(/^adapting config using caddyfile: /, '');
  const at = new RegExp(
    `${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+)(?:: | - Error during parsing: | - )`,
  );
  const m = at.exec(body);
  return { line: m ? Number(m[1]) : 0, message: body.replace(at, '').split('\n')[0] };
}

describeIfCaddy('the Caddyfile loader refuses what caddy adapt refuses, in its words', () => {
  for (const c of REFUSALS) {
    it(c.name, () => {
      const tmp = mkdtempSync(path.join(os.tmpdir(), 'socklint-caddy-'));
      const files = { Caddyfile: c.caddyfile, ...c.files };
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(tmp, name)), { recursive: true });
        writeFileSync(path.join(tmp, name), text);
      }
      const oracle = adapt(path.join(tmp, 'Caddyfile'));
      rmSync(tmp, { recursive: true, force: true });

      const fs = inlineFs(Object.fromEntries(Object.entries(files).map(([n, t]) => [`/etc/caddy/${n}`, t])));
      const config = loadCaddy(mainOf(fs, '/etc/caddy/Caddyfile'), fs, OPTIONS);
      const ours = config.problems.map((p) => ({ line: p.location.line, message: p.message }));
      if (oracle.ok) {
        expect(ours).toEqual([]);
        return;
      }
      const theirs = refusal(oracle.stderr, path.join(tmp, 'Caddyfile'));
      if (c.name === 'an import of a missing file') {
        // Intended difference (see the table above): Caddy's words, then why socklint knows.
        expect(ours).toEqual([
          {
            line: theirs.line,
            message: expect.stringMatching(
              /^File to import not found: missing.caddy \(the repository holds \/etc\/caddy\//,
            ),
          },
        ]);
        expect(theirs.message).toMatch(/^File to import not found: missing.caddy$/);
        return;
      }
      // Caddy prints the first line of a message, and no line number for some (a cycle, a stray brace).
      const first = ours.map((o) => ({ ...o, message: o.message.split('\n')[0] }));
      expect(first).toContainEqual(
        expect.objectContaining({ message: theirs.message.split(tmp).join('/etc/caddy') }),
      );
      if (theirs.line !== 0) expect(first[0].line).toBe(c.ourLine ?? theirs.line);
    });
  }
});

describe('without the binary', () => {
  it("an import outside the Caddyfile's directory that the repository lacks is a notice: the machine may have it", () => {
    const fs = inlineFs({ '/etc/caddy/Caddyfile': ':80 {\n\timport /srv/snippets/php.caddy\n}\n' });
    const config = loadCaddy(mainOf(fs, '/etc/caddy/Caddyfile'), fs, OPTIONS);
    expect(config.problems).toEqual([]);
    expect(config.notes.map((n) => n.code)).toEqual(['include-not-in-repo']);
  });

  it('reads the same fixtures', () => {
    const fs = fixtureFs(path.join(FIXTURES, 'caddy', 'caddy-site'));
    const config = loadCaddy(mainOf(fs, '/etc/caddy/Caddyfile'), fs, OPTIONS);
    expect(config.files.map((f) => f.deployedPath)).toEqual([
      '/etc/caddy/Caddyfile',
      '/etc/caddy/sites/api.caddy',
      '/etc/caddy/sites/static.caddy',
    ]);
  });
});
