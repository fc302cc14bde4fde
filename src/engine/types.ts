/**
 * Shared data model of the engine. Data flows one way:
 * discover → parse → resolve (topology, identities, sockets) → rules → report / fix.
 *
 * Positions: `line` and `column` are 1-based; columns count UTF-16 code units of the decoded
 * text (a leading BOM is not counted); `endLine`/`endColumn` point just past the last
 * character (exclusive end, as in SARIF).
 */

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A span in a repository file; `file` is repository-relative with `/` separators. */
export interface Location extends Span {
  file: string;
}

/** A readable text file of the repository. */
export interface SourceFile {
  /** Repository-relative path with `/`. */
  path: string;
  /** Absolute path on this machine. */
  absPath: string;
  /** Decoded text without a leading BOM. */
  text: string;
  hadBom: boolean;
  /** The file uses CRLF line endings (at least one). */
  crlf: boolean;
  /** Not valid UTF-8: read one character per byte (Latin-1), as nginx and PHP-FPM read bytes. */
  latin1?: true;
  /** Set when `text` is not the file as written: rendered from a template, or written or edited by a command. */
  derived?: DerivedText;
}

/**
 * Where the text of a derived file comes from, span by span: a template it was rendered from,
 * the `RUN` or task line that wrote or edited it. Readers make every location through
 * `locationIn`, so findings land on the lines a user can change.
 */
export interface DerivedText {
  /** What produced the text, e.g. `rendered from roles/php/templates/pool.conf.j2`. */
  description: string;
  /** The repository location of a span of the derived text; undefined for text that is not from the repository. */
  locate(span: Span): Location | undefined;
  /**
   * The repository file the text is written in literally, line for line (a YAML literal block):
   * a fix edits that file at the locations `locate` gives.
   */
  literalIn?: SourceFile;
}

/** The location of a span of a file's text: mapped back through a derived file, else the file itself. */
export function locationIn(file: SourceFile, span: Span): Location {
  const mapped = file.derived?.locate(span);
  return (
    mapped ?? {
      file: file.path,
      line: span.line,
      column: span.column,
      endLine: span.endLine,
      endColumn: span.endColumn,
    }
  );
}

export type FileKind =
  | 'nginx-main'
  | 'nginx-site'
  | 'nginx-snippet'
  | 'fpm-main'
  | 'fpm-pool'
  | 'dockerfile'
  | 'shell'
  | 'ansible'
  | 'tmpfiles'
  | 'systemd'
  | 'socklint-config'
  | 'other';

export interface ClassifiedFile extends SourceFile {
  kind: FileKind;
  /** Why the file got its kind, e.g. "has an http { } block". */
  reason: string;
}

/** A file the scan could not read, with the reason (binary, too large, unreadable, not UTF-8, loop). */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** A problem met while reading or resolving, that is not a rule finding by itself. */
export interface Note {
  level: 'error' | 'warning' | 'notice';
  /** Stable code, e.g. `include-not-in-repo`, `include-outside-root`, `include-loop`. */
  code: string;
  message: string;
  location?: Location;
}

/**
 * Where a fact came from, which says how sure it is (see `knowledge.ts`): a position in the
 * repository or a documented default of a known platform (known), the user's `.socklint.yml`
 * (declared), or an open-world default that the verdict states (assumed).
 */
export type Origin =
  | { kind: 'source'; location: Location; text?: string }
  | { kind: 'default'; description: string }
  | { kind: 'declared'; description: string }
  | {
      kind: 'assumed';
      /** The assumption in words, e.g. `nothing in the repository creates user app; assumed to exist`. */
      description: string;
      /** What the user declares to replace the assumption by a fact. */
      declare: string;
      /** Where the assumed fact is first used. */
      location?: Location;
    };

/** A value that may depend on something socklint cannot know statically. */
export interface Unresolved {
  /** What is unknown, e.g. `nginx variable $backend`, `environment variable ${SOCK}`, `template placeholder {{ php_socket }}`. */
  what: string[];
  /** Set when the unknown is an nginx upstream that no file read defines: its name. */
  upstream?: string;
  /**
   * Set when only part of a socket path is unknown: the path with a template marker for each
   * unknown part (`/run/php/php<marker>-fpm.sock`), which says what it can still be.
   */
  pattern?: string;
}
