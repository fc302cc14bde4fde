/**
 * Template placeholders in config files that no renderer socklint runs places: Jinja and
 * mustache `{{ name }}` (with `{% … %}` and `{{#section}}` control), hosting panels' `%name%`,
 * app packaging's `__NAME__`, `<NAME>` markers and PHP templates' `<?= … ?>`. nginx and PHP-FPM
 * would choke on them, and socklint must neither report the template syntax as a config error
 * nor guess a value. A placeholder with a value (`.socklint.yml` `variables`, or a values file
 * of the repository, see `template-values.ts`) is replaced by it; any other by a marker of the
 * same length, so columns stay exact, and the readers' values that contain a marker are
 * reported as unresolved, naming the placeholder. When a value changes the length of a line,
 * the file is a derived one whose locations point back at the template.
 */
import { LineIndex } from './parse/provision/text.js';
import type { DerivedText, FileKind, Location, SourceFile, Span } from './types.js';

const MARK = '\u01c2'; // ǂ: not special to nginx, PHP-FPM or the shell readers
/** Pads a marker to its placeholder's length; distinct from MARK so adjacent markers stay apart. */
const PAD = '\u01c1';
const MARKER = new RegExp(`${MARK}([0-9a-z]+)${MARK}${PAD}*`, 'g');
/** Names of template files (their placeholders are read whatever the syntax). */
export const TEMPLATE_NAME = /\.(j2|jinja2?|tpl|stpl|tmpl|template|mustache)$/i;
/** Files the programs read: the panel, packaging, marker and PHP syntaxes are recognised only there. */
const CONFIG_KINDS = new Set<FileKind>(['nginx-main', 'nginx-site', 'nginx-snippet', 'fpm-main', 'fpm-pool']);

/**
 * One alternation, tried left to right at each position, so a `%}` or `{{#` is taken by the
 * syntax it belongs to. Each group is one syntax.
 */
const PIECES = new RegExp(
  [
    /\{\{\{\s*(?<triple>[^{}\n]*?)\s*\}\}\}/.source, // mustache unescaped output
    /\{\{[#^/!>=][\s\S]*?\}\}/.source, // mustache sections, comments, partials: control
    /\{\{-?&?\s*(?<expr>.*?)\s*-?\}\}/.source, // Jinja and mustache output
    /\{%-?[\s\S]*?-?%\}|\{#[\s\S]*?#\}/.source, // Jinja statements and comments: control
    /<\?(?:=|php\s+echo\b)\s*(?<php>[\s\S]*?)\s*;?\s*\?>/.source, // PHP output
    /<\?php\b[\s\S]*?(?:\?>|$)/.source, // PHP code: control
    /%(?<panel>[A-Za-z_][A-Za-z0-9_]*)%/.source, // hosting panels (HestiaCP, VestaCP…)
    /__(?<pack>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)__/.source, // app packaging (YunoHost)
    // <NAME> and <snake_name> markers; a lower-case one needs an underscore, so `<html>` in a string stays.
    /<(?<angle>[A-Z][A-Z0-9_]*[A-Z0-9]|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)>/.source,
  ].join('|'),
  'g',
);
/**
 * In a file not named like a template, `%x%` is a placeholder only when it cannot be PHP-FPM's
 * `access.format` (`%C%%`, one letter) or URL encoding (`%E2%80`, two hex digits).
 */
const PANEL_IN_CONFIG = /^[a-z][a-z0-9_]{2,}$/;

/** A value the repository or `.socklint.yml` gives a placeholder. */
export interface TemplateValue {
  value: string;
  /** Where it is written, e.g. `.env:3` or `variables in .socklint.yml`. */
  from: string;
}

/** The values the repository gives the placeholders of one file (by the file's path). */
export type ValuesFor = (path: string) => ReadonlyMap<string, TemplateValue>;

interface MarkerInfo {
  shown: string;
  what: string;
  /** The placeholder in the repository, for markers `apply` made. */
  location?: Location;
}

export class Placeholders {
  private readonly names: MarkerInfo[] = [];
  /** Files whose placeholders were replaced, as written. */
  private readonly originals = new Map<string, SourceFile>();

  constructor(
    private readonly variables: Record<string, string>,
    private readonly repositoryValues: ValuesFor = () => new Map(),
  ) {}

  /** The file with placeholders replaced; unchanged when it has none. */
  apply<T extends SourceFile>(file: T): T {
    const kind = (file as { kind?: FileKind }).kind;
    const named = TEMPLATE_NAME.test(file.path);
    const jinja = named || file.text.includes('{{') || file.text.includes('{%');
    const config = kind !== undefined && CONFIG_KINDS.has(kind);
    if (!jinja && !config) return file;
    const values = this.repositoryValues(file.path);
    const out = new SplicedText(file.text);
    // Built at the first piece: most config files have none, and a 4 MB one has 100,000 lines.
    let index: LineIndex | undefined;
    let changed = false;
    for (const m of file.text.matchAll(PIECES)) {
      const g = m.groups ?? {};
      index ??= new LineIndex(file.path, file.text);
      const at = index.location(m.index, m.index + m[0].length);
      const piece = this.replacement(m[0], g, { jinja, config, named }, values, at);
      if (piece === undefined) continue;
      out.splice(m.index, m.index + m[0].length, piece);
      changed = true;
    }
    if (!changed) return file;
    this.originals.set(file.path, file);
    const spliced = out.build();
    return {
      ...file,
      text: spliced.text,
      ...(spliced.sameShape
        ? {}
        : { derived: spliced.derived(file, `${file.path} with its placeholders' values`) }),
    };
  }

  /** The file as written, before `apply` replaced its placeholders. */
  original<T extends SourceFile>(file: T): T {
    const original = this.originals.get(file.path);
    return original ? ({ ...file, text: original.text, derived: undefined } as T) : file;
  }

  /** The placeholders a value depends on, e.g. `template placeholder {{ app_name }}`. */
  unresolvedIn(value: string): string[] {
    const out: string[] = [];
    for (const m of value.matchAll(MARKER)) {
      const what = this.names[parseInt(m[1], 36)]?.what ?? 'template placeholder ?';
      if (!out.includes(what)) out.push(what);
    }
    return out;
  }

  /** Where the placeholders behind the markers of a value are written (for markers `apply` made). */
  locationsIn(value: string): { shown: string; location: Location }[] {
    const out: { shown: string; location: Location }[] = [];
    for (const m of value.matchAll(MARKER)) {
      const info = this.names[parseInt(m[1], 36)];
      if (info?.location) out.push({ shown: info.shown, location: info.location });
    }
    return out;
  }

  /** The text with every marker turned back into the placeholder it stands for. */
  restore(text: string): string {
    return text.includes(MARK)
      ? text.replace(MARKER, (_, id: string) => this.names[parseInt(id, 36)]?.shown ?? '?')
      : text;
  }

  /**
   * A new marker for a value socklint cannot know: `shown` is how reports write it (the
   * expression as written), `what` says what is unknown (`Ansible variable app_name, which …`).
   */
  marker(shown: string, what: string, location?: Location): string {
    const id = (this.names.push({ shown, what, ...(location ? { location } : {}) }) - 1).toString(36);
    return MARK + id + MARK;
  }

  /**
   * A marker that takes the place of `shown` in a text (a variable a start-up script reads from
   * its environment), as long as `shown` where it can be, so later columns stay exact.
   */
  mark(shown: string, what: string): string {
    return padded(this.marker(shown, what), shown.length);
  }

  /** The text that stands for one matched piece, or undefined to keep it as written. */
  private replacement(
    match: string,
    g: Record<string, string | undefined>,
    on: { jinja: boolean; config: boolean; named: boolean },
    values: ReadonlyMap<string, TemplateValue>,
    at: Location,
  ): string | undefined {
    const output = (shown: string, name: string | undefined): string => {
      const known = name === undefined ? undefined : this.valueOf(name, values);
      if (known !== undefined) return known;
      // Same length as the placeholder where it is long enough, so later columns stay exact.
      return padded(this.marker(shown, `template placeholder ${shown}`, at), match.length);
    };
    const blank = () => match.replace(/[^\n]/g, ' ');
    if (match.startsWith('{')) {
      if (!on.jinja) return undefined;
      const expr = g.triple ?? g.expr;
      if (expr === undefined) return blank(); // statements, sections and comments vanish
      return output(`{{ ${expr} }}`, variableName(expr));
    }
    if (match.startsWith('<?')) {
      if (!on.config) return undefined;
      return g.php === undefined ? blank() : output(match.replace(/\s+/g, ' '), phpVariable(g.php));
    }
    if (g.panel !== undefined) {
      if (!on.named && !(on.config && PANEL_IN_CONFIG.test(g.panel))) return undefined;
      return output(match, g.panel);
    }
    if (!on.config) return undefined;
    return output(match, g.pack ?? g.angle);
  }

  private valueOf(name: string, values: ReadonlyMap<string, TemplateValue>): string | undefined {
    if (Object.hasOwn(this.variables, name)) return this.variables[name];
    return values.get(name)?.value;
  }
}

function padded(marker: string, length: number): string {
  return marker.length >= length ? marker : marker + PAD.repeat(length - marker.length);
}

/** `app_name`, `app_name | default('x')` → `app_name`; anything else has no variable name. */
function variableName(expr: string): string | undefined {
  return /^([A-Za-z_][\w.]*)\s*(\|.*)?$/.exec(expr)?.[1];
}

/** `getenv('PORT') ?: '8080'`, `$_ENV["PORT"]`, `$_SERVER['PORT']` → `PORT`. */
function phpVariable(expr: string): string | undefined {
  return /^(?:getenv\(\s*|\$_(?:ENV|SERVER)\[\s*)(['"])(\w+)\1/.exec(expr)?.[2];
}

export function hasPlaceholder(value: string): boolean {
  return value.includes(MARK);
}

/** The known text between a text's markers: `a<marker>b` → `['a', 'b']`. */
export function literalParts(text: string): string[] {
  return text.split(new RegExp(MARKER.source.replace('([0-9a-z]+)', '[0-9a-z]+')));
}

/** Every marker in a text, each once, in order. */
export function markersIn(text: string): string[] {
  if (!text.includes(MARK)) return [];
  return [...new Set([...text.matchAll(MARKER)].map((m) => MARK + m[1] + MARK))];
}

/**
 * Text with pieces replaced, keeping for every output character the span of the original it
 * comes from: a replaced piece maps, whole, to the placeholder it replaced.
 */
class SplicedText {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private at = 0;
  private sameShape = true;

  constructor(private readonly source: string) {}

  splice(start: number, end: number, text: string): void {
    this.copy(start);
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
    if (text.length !== end - start || text.includes('\n') !== this.source.slice(start, end).includes('\n'))
      this.sameShape = false;
    this.at = end;
  }

  build(): {
    text: string;
    sameShape: boolean;
    derived: (file: SourceFile, description: string) => DerivedText;
  } {
    this.copy(this.source.length);
    const text = this.parts.join('');
    const { starts, ends, source } = this;
    return {
      text,
      sameShape: this.sameShape,
      derived: (file, description) => {
        const lineStarts = [0];
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
        const offset = (line: number, column: number) =>
          lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1] + column - 1;
        const original = new LineIndex(file.path, source);
        return {
          description,
          locate(span: Span): Location {
            const from = offset(span.line, span.column);
            const to = offset(span.endLine, span.endColumn);
            const a = starts[Math.min(from, starts.length - 1)] ?? source.length;
            const b = to > from ? (ends[Math.min(to, ends.length) - 1] ?? a) : a;
            return original.location(a, Math.max(a, b));
          },
        };
      },
    };
  }

  private copy(until: number): void {
    if (until <= this.at) return;
    this.parts.push(this.source.slice(this.at, until));
    for (let i = this.at; i < until; i++) {
      this.starts.push(i);
      this.ends.push(i + 1);
    }
    this.at = until;
  }
}
