/**
 * Template placeholders (`{{ name }}`, `{% … %}`, `%name%` in panel templates). nginx and PHP-FPM
 * would choke on them, and socklint must not report the template syntax as a config error, nor
 * guess a value. A placeholder with a value in `.socklint.yml` `variables` is replaced by it;
 * any other is replaced by a marker of the same length, so columns stay exact, and the readers'
 * values that contain a marker are reported as unresolved, naming the placeholder.
 */
import type { SourceFile } from './types.js';

const MARK = '\u01c2'; // ǂ: not special to nginx, PHP-FPM or the shell readers
const MARKER = new RegExp(`${MARK}([0-9a-z]+)${MARK}*`, 'g');
const JINJA = /\{\{-?\s*(.*?)\s*-?\}\}|\{%-?[\s\S]*?-?%\}|\{#[\s\S]*?#\}/g;
const PANEL = /%([a-z_][a-z0-9_]*)%/gi;
const TEMPLATE_NAME = /\.(j2|jinja2?|tpl|tmpl|template)$/i;

export class Placeholders {
  /** Per marker id: the placeholder as written, and what it stands for in a finding. */
  private readonly names: { shown: string; what: string }[] = [];
  /** Files whose placeholders were replaced, as written. */
  private readonly originals = new Map<string, SourceFile>();

  constructor(private readonly variables: Record<string, string>) {}

  /** The file with placeholders replaced; unchanged when it has none. */
  apply<T extends SourceFile>(file: T): T {
    const isTemplate = TEMPLATE_NAME.test(file.path) || file.text.includes('{{') || file.text.includes('{%');
    if (!isTemplate) return file;
    let text = file.text.replace(JINJA, (match: string, expr: string | undefined) => {
      if (expr === undefined) return match.replace(/[^\n]/g, ' '); // statements and comments vanish
      return this.replace(match, `{{ ${expr} }}`, variableName(expr));
    });
    text = text.replace(PANEL, (match: string, name: string) => this.replace(match, match, name));
    if (text === file.text) return file;
    const replaced = { ...file, text };
    this.originals.set(file.path, file);
    return replaced;
  }

  /** The file as written, before `apply` replaced its placeholders. */
  original<T extends SourceFile>(file: T): T {
    const original = this.originals.get(file.path);
    return original ? ({ ...file, text: original.text } as T) : file;
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
  marker(shown: string, what: string): string {
    const id = (this.names.push({ shown, what }) - 1).toString(36);
    return MARK + id + MARK;
  }

  /**
   * A marker that takes the place of `shown` in a text (a variable a start-up script reads from
   * its environment), as long as `shown` where it can be, so later columns stay exact.
   */
  mark(shown: string, what: string): string {
    return padded(this.marker(shown, what), shown.length);
  }

  private replace(match: string, shown: string, name: string | undefined): string {
    if (name !== undefined && Object.hasOwn(this.variables, name)) return this.variables[name];
    // Same length as the placeholder where it is long enough, so later columns stay exact.
    return padded(this.marker(shown, `template placeholder ${shown}`), match.length);
  }
}

function padded(marker: string, length: number): string {
  return marker.length >= length ? marker : marker + MARK.repeat(length - marker.length);
}

/** `app_name`, `app_name | default('x')` → `app_name`; anything else has no variable name. */
function variableName(expr: string): string | undefined {
  return /^([A-Za-z_][\w.]*)\s*(\|.*)?$/.exec(expr)?.[1];
}

export function hasPlaceholder(value: string): boolean {
  return value.includes(MARK);
}

/** Every marker in a text, each once, in order. */
export function markersIn(text: string): string[] {
  if (!text.includes(MARK)) return [];
  return [...new Set([...text.matchAll(MARKER)].map((m) => MARK + m[1] + MARK))];
}
