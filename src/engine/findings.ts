/** What a scan reports: findings with their fixes, the socket table, skipped files. */
import type { WebServerKind } from './model.js';
import type { Location, Note, SkippedFile, Span } from './types.js';

export type Severity = 'error' | 'warning' | 'notice';
export type Level = Severity | 'off';
export type FailOn = Severity | 'never';

export type RuleId =
  | 'socket-permission-denied'
  | 'socket-directory-denied'
  | 'socket-path-mismatch'
  | 'socket-world-writable'
  | 'socket-ownership-implicit'
  | 'socket-mode-invalid'
  | 'socket-owner-ignored'
  | 'socket-target-unresolved'
  | 'nginx-config-invalid'
  | 'apache-config-invalid'
  | 'caddy-config-invalid'
  | 'fpm-config-invalid'
  | 'account-assumed'
  | 'suppression-invalid';

export interface RelatedLocation extends Location {
  message: string;
}

/** Replace the text between start (inclusive) and end (exclusive) of `file` by `newText`. */
export interface TextEdit extends Span {
  file: string;
  newText: string;
}

export interface Fix {
  /** Safe fixes are applied by `--fix`; unsafe ones only with `--unsafe-fixes`. */
  safe: boolean;
  description: string;
  edits: TextEdit[];
}

export interface Finding extends Location {
  rule: RuleId;
  severity: Severity;
  message: string;
  related: RelatedLocation[];
  /** Stable across unrelated line moves: built from the rule, files and the directives' text. */
  fingerprint: string;
  fix?: Fix;
  /** The deployment unit the finding belongs to. */
  unit?: string;
  /** The socket path (or TCP address) the finding is about, when there is one. */
  socket?: string;
}

export type SocketVerdict =
  | 'connects'
  | 'permission-denied'
  | 'directory-denied'
  | 'no-socket'
  | 'fpm-fails'
  | 'nginx-fails'
  | 'undecided';

/** One row of the socket table: a web-server client and the socket it reaches. */
export interface SocketReport {
  unit: string;
  webServer: {
    server: WebServerKind;
    user: string;
    group: string;
    groups: string[];
    /** `file:line` of the `user` directive, or the default it came from. */
    origin: string;
  };
  client: { location: Location; directive: string; target: string };
  /** The Unix path, or a description of the unresolved or TCP target. */
  socket: string;
  pool?: {
    name: string;
    location: Location;
    owner: string;
    group: string;
    /** Octal, e.g. `0660`. */
    mode: string;
    acl?: string[];
  };
  /** Set when another program than PHP-FPM creates the socket (a systemd socket unit, gunicorn, uWSGI). */
  creator?: { description: string; location: Location; owner: string; group: string; mode: string };
  verdict: SocketVerdict;
  /** One line explaining the verdict; for `undecided`, exactly what is unknown and how to supply it. */
  reason: string;
  /** The open-world defaults the verdict rests on, each with what to declare instead. */
  assumptions?: string[];
}

export interface ScanResult {
  version: 1;
  findings: Finding[];
  sockets: SocketReport[];
  skipped: SkippedFile[];
  /** Findings silenced by inline suppressions. */
  suppressed: number;
  notes: Note[];
  /** How many web-server and PHP-FPM configuration files of the repository were read. */
  configFiles: number;
  /** The programs whose files those are (`nginx`, `Apache`, `Caddy`, `PHP-FPM`). */
  configPrograms?: string[];
}
