/** Hand-built engine results for the action's tests (no scan involved). */
import type { Finding, ScanResult, SocketReport } from '../../src/engine/findings.js';

export const POOL = 'etc/php/8.2/fpm/pool.d/www.conf';
export const SITE = 'etc/nginx/sites-enabled/app';

const FIX = {
  safe: true,
  description:
    'pool [www]: listen.owner = www-data, listen.group = www-data: nginx www-data (groups: www-data) connects as the owner of the socket',
  edits: [
    {
      file: POOL,
      line: 5,
      column: 1,
      endLine: 5,
      endColumn: 1,
      newText: 'listen.owner = www-data\nlisten.group = www-data\n',
    },
  ],
};

/**
 * The fixture's error, as the engine reports it: nginx (www-data) cannot open a socket left to
 * root:root 0660, reported on the pool's listen line, the nginx lines related.
 */
export function permissionFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'socket-permission-denied',
    severity: 'error',
    file: POOL,
    line: 4,
    column: 1,
    endLine: 4,
    endColumn: 34,
    message:
      'nginx worker www-data (groups: www-data) cannot write /run/php/php8.2-fpm.sock (root:root 0660): not the owner, not in group root, other has no write',
    related: [
      {
        file: SITE,
        line: 9,
        column: 9,
        endLine: 9,
        endColumn: 52,
        message: 'nginx workers run as www-data (groups: www-data) connect to /run/php/php8.2-fpm.sock here',
      },
      {
        file: 'etc/nginx/nginx.conf',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 15,
        message: "the workers' user: user www-data",
      },
    ],
    fingerprint: '7cb868d067093ce0294d4bb78fcd69bf',
    fix: structuredClone(FIX),
    unit: 'host ./',
    ...overrides,
  };
}

/** The fixture's warning, fixed by the same edits. */
export function implicitOwnershipFinding(): Finding {
  return {
    rule: 'socket-ownership-implicit',
    severity: 'warning',
    file: POOL,
    line: 4,
    column: 1,
    endLine: 4,
    endColumn: 34,
    message:
      "pool [www] sets no listen.owner, listen.group or listen.acl_*: /run/php/php8.2-fpm.sock belongs to the PHP-FPM master (root:root 0660, as it runs as root), not to the pool's user www-data",
    related: [],
    fingerprint: 'f63a80f56bf5e06645bab42f5ebf91be',
    fix: structuredClone(FIX),
    unit: 'host ./',
  };
}

export function socket(overrides: Partial<SocketReport> = {}): SocketReport {
  return {
    unit: 'host ./',
    webServer: {
      server: 'nginx',
      user: 'www-data',
      group: 'www-data',
      groups: ['www-data'],
      origin: 'etc/nginx/nginx.conf:1',
    },
    client: {
      location: { file: SITE, line: 9, column: 9, endLine: 9, endColumn: 53 },
      directive: 'fastcgi_pass',
      target: 'unix:/run/php/php8.2-fpm.sock',
    },
    socket: '/run/php/php8.2-fpm.sock',
    pool: {
      name: 'www',
      location: { file: POOL, line: 4, column: 1, endLine: 4, endColumn: 34 },
      owner: 'root',
      group: 'root',
      mode: '0660',
    },
    verdict: 'permission-denied',
    reason:
      'nginx worker www-data (groups: www-data) cannot write /run/php/php8.2-fpm.sock (root:root 0660): not the owner, not in group root, other has no write',
    ...overrides,
  };
}

export function result(findings: Finding[], sockets: SocketReport[] = []): ScanResult {
  return { version: 1, findings, sockets, skipped: [], suppressed: 0, notes: [], configFiles: 2 };
}

/** `n` distinct findings of one severity, each in its own file. */
export function many(
  n: number,
  severity: Finding['severity'],
  file = (i: number) => `conf/f${i}.conf`,
): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    rule: 'socket-world-writable' as const,
    severity,
    file: file(i),
    line: i + 1,
    column: 1,
    endLine: i + 1,
    endColumn: 10,
    message: `finding ${i}`,
    related: [],
    fingerprint: `fp-${severity}-${i}`,
  }));
}
