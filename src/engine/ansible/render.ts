/**
 * Renders Jinja2 templates as Ansible's `template` module does (nunjucks with Ansible's filters,
 * `trim_blocks` on, trailing newlines kept), and keeps, for every character of the output, the
 * template span it came from. A value socklint cannot know (a variable nothing in the
 * repository defines, a `!vault` value, a fact, a lookup) renders as a marker that names it; a
 * condition or loop that depends on one marks what it controls as unknown too.
 */
import nunjucks from 'nunjucks';
import { markersIn } from '../templates.js';
import type { Location, Span } from '../types.js';
import { LineIndex } from '../parse/provision/text.js';
import { installFilters, percentFormat } from './filters.js';
import {
  S,
  SENTINELS,
  SENTINEL_TOKEN,
  prepareTemplate,
  type ExprPiece,
  type Piece,
  type TemplateOptions,
} from './jinja-source.js';
import { isMapping, pythonMethod, str, truthy } from './python.js';
import { UnsafeText, VaultValue, type Definition } from './yaml.js';

/** Where a variable's value comes from, as the precedence resolved it. */
export interface Binding {
  value: unknown;
  definition?: Definition;
  /** Why the value is unknown although defined (a fact, a registered result). */
  unknown?: string;
}

export interface Scope {
  /** The binding of a variable, or undefined when nothing in the repository defines it. */
  get(name: string): Binding | undefined;
}

/** Makes markers for unknown values (the scan's placeholder registry). */
export interface Markers {
  marker(shown: string, what: string): string;
}

export interface TemplateFile {
  path: string;
  text: string;
  /**
   * When the template is a value inside another file (a task's `content:`): that file's text,
   * and the offset there of each character of `text`.
   */
  within?: { text: string; offsets: number[] };
}

/** Each character of a render: where in which template it came from. */
export interface RenderedText {
  text: string;
  /** The template location of a span of `text`; undefined where nothing in a template made it. */
  locate(span: Span): Location | undefined;
  /** The `{{ }}` outputs, by output range: for fixes and for the variables a line uses. */
  outputs: { start: number; end: number; piece: ExprPiece; file: string; variables: string[] }[];
  /** Variables the render read, with their bindings. */
  used: Map<string, Binding | undefined>;
  /** Conditions and loops that depended on unknown values. */
  uncertain: { location: Location; source: string; what: string[] }[];
}

export class RenderError extends Error {}

export class Renderer {
  private readonly env: nunjucks.Environment;
  private readonly pieces: Piece[] = [];
  private readonly files: TemplateFile[] = [];
  private readonly indexes: LineIndex[] = [];
  private readonly within: (number[] | undefined)[] = [];
  private readonly cache = new Map<string, unknown>();
  private readonly resolving: string[] = [];
  /** Unknown values read since the render started; conditions compare their count. */
  private reads: string[] = [];
  private readonly undefinedByName = new Map<string, string>();
  private readonly undefinedMarkers = new Set<string>();
  private readonly openRegions = new Map<number, string>();
  private used = new Map<string, Binding | undefined>();
  private uncertain: RenderedText['uncertain'] = [];
  private currentOutputVars: string[] = [];
  private readonly outputVars = new Map<number, string[]>();

  constructor(
    private readonly scope: Scope,
    private readonly markers: Markers,
    private readonly resolveInclude: (name: string, from: string) => TemplateFile | undefined,
    private readonly options: TemplateOptions = { trimBlocks: true, lstripBlocks: false },
  ) {
    const loader = {
      getSource: (name: string) => {
        const file = this.resolveInclude(name, this.current);
        if (!file) throw new RenderError(`template ${name} is not in the repository`);
        const prepared = this.prepare(file, {
          trimBlocks: this.options.trimBlocks,
          lstripBlocks: this.options.lstripBlocks,
        });
        return { src: prepared.source, path: file.path, noCache: true };
      },
    };
    this.env = new nunjucks.Environment(loader as unknown as nunjucks.ILoader, {
      autoescape: false,
      throwOnUndefined: false,
    });
    installFilters(this.env, {
      unknown: (values: unknown[]) => this.unknownIn(values),
      isUndefined: (v: unknown) => this.isUndefined(v),
      consumed: (v: unknown) => this.consume(v),
      unknownValue: (shown: string, what: string) => this.unknownValue(shown, what),
    });
    this.installGlobals();
  }

  /** Renders a template file; `extra` are variables of the task (`item`, `template_*`). */
  render(template: TemplateFile, extra: Record<string, unknown> = {}, uncertain?: string): RenderedText {
    this.current = template.path;
    this.used = new Map();
    this.uncertain = [];
    this.reads = [];
    this.outputVars.clear();
    const prepared = this.prepare(template, this.headerOptions(template));
    let output: string;
    try {
      output = new nunjucks.Template(prepared.source, this.env, template.path).render(this.context(extra));
    } catch (error) {
      throw new RenderError(cleanError(error));
    }
    const mapped = this.unmark(output);
    // A file written only under an unknown condition: every line of it is unknown.
    if (uncertain) mapped.regions = mapped.regions.map((r) => r ?? uncertain);
    const have = /\n*$/.exec(mapped.text)![0].length;
    for (let n = have; n < prepared.trailingNewlines; n++) {
      mapped.text += '\n';
      mapped.sources.push(undefined);
    }
    return this.result(mapped);
  }

  /** Renders a string value (a task parameter, a variable that holds `{{ }}`), without positions. */
  renderString(text: string, extra: Record<string, unknown> = {}): string {
    if (!text.includes('{{') && !text.includes('{%')) return text;
    const saved = this.reads;
    try {
      const prepared = this.prepare({ path: '(value)', text }, { trimBlocks: false, lstripBlocks: false });
      return this.unmark(this.env.renderString(prepared.source, this.context(extra))).text;
    } catch (error) {
      throw new RenderError(cleanError(error));
    } finally {
      this.reads = saved;
    }
  }

  /** The value of an expression (a `when:` condition, a `loop:`), Python-truthy for conditions. */
  evaluate(expression: string, extra: Record<string, unknown> = {}): { value: unknown; unknown: string[] } {
    const before = this.reads.length;
    let value: unknown;
    try {
      const src = `{{ __v((${expression})) }}`;
      this.lastValue = undefined;
      this.env.renderString(src, this.context(extra));
      value = this.lastValue;
    } catch (error) {
      throw new RenderError(cleanError(error));
    }
    const unknown = [
      ...new Set([...this.reads.slice(before), ...markersIn(typeof value === 'string' ? value : '')]),
    ];
    this.reads.length = before;
    return { value, unknown };
  }

  /** Variables read by the last render or evaluation. */
  get variablesUsed(): Map<string, Binding | undefined> {
    return this.used;
  }

  private lastValue: unknown;
  private current = '';

  private headerOptions(template: TemplateFile): TemplateOptions {
    // `#jinja2: trim_blocks: False` on the first line overrides the module's options.
    const m = /^#jinja2:(.*)\r?\n/.exec(template.text);
    const options = { ...this.options };
    if (!m) return options;
    for (const part of m[1].split(',')) {
      const [k, v] = part.split(':').map((s) => s.trim());
      const on = /^true$/i.test(v ?? '');
      if (k === 'trim_blocks') options.trimBlocks = on;
      if (k === 'lstrip_blocks') options.lstripBlocks = on;
    }
    return options;
  }

  private prepare(file: TemplateFile, options: TemplateOptions) {
    if (SENTINELS.test(file.text)) throw new RenderError(`${file.path} holds control characters`);
    const index = this.files.push(file) - 1;
    this.indexes.push(new LineIndex(file.path, file.within?.text ?? file.text));
    this.within.push(file.within?.offsets);
    // Ansible reads a `#jinja2:` first line as options and renders the rest.
    const header = /^#jinja2:.*(?:\r?\n|$)/.exec(file.text)?.[0].length ?? 0;
    const register = (piece: Piece) => this.pieces.push(piece) - 1;
    const prepared = prepareTemplate(file.text, index, options, register, header);
    if ('error' in prepared) throw new RenderError(`${file.path}: ${prepared.error}`);
    return prepared;
  }

  private context(extra: Record<string, unknown>): Record<string, unknown> {
    return { ...extra, [LOOKUP_HOOK]: (name: string) => this.lookup(name) };
  }

  /* ---------------------------------------------------------------- variables */

  private lookup(name: string): unknown {
    if (this.cache.has(name)) {
      const cached = this.cache.get(name);
      for (const m of markersIn(typeof cached === 'string' ? cached : (JSON.stringify(cached) ?? '')))
        this.reads.push(m);
      return cached;
    }
    const binding = this.scope.get(name);
    this.used.set(name, binding);
    this.currentOutputVars.push(name);
    if (!binding) {
      let marker = this.undefinedByName.get(name);
      if (!marker) {
        marker = this.markers.marker(
          `{{ ${name} }}`,
          `Ansible variable ${name}, which nothing in the repository defines`,
        );
        this.undefinedByName.set(name, marker);
        this.undefinedMarkers.add(marker);
      }
      this.reads.push(marker);
      return marker;
    }
    if (binding.unknown !== undefined) {
      const marker = this.markers.marker(`{{ ${name} }}`, binding.unknown);
      this.reads.push(marker);
      return marker;
    }
    if (this.resolving.includes(name)) {
      const marker = this.markers.marker(
        `{{ ${name} }}`,
        `Ansible variable ${name}, whose value refers to itself`,
      );
      this.reads.push(marker);
      return marker;
    }
    this.resolving.push(name);
    try {
      const value = this.template(binding.value, name);
      this.cache.set(name, value);
      for (const m of markersIn(typeof value === 'string' ? value : (JSON.stringify(value) ?? '')))
        this.reads.push(m);
      return value;
    } finally {
      this.resolving.pop();
    }
  }

  /** Ansible templates variable values when they are used, recursively; `!unsafe` values never. */
  private template(value: unknown, name: string): unknown {
    if (value instanceof UnsafeText) return value.text;
    if (value instanceof VaultValue)
      return this.markers.marker(`{{ ${name} }}`, `Ansible variable ${name}, a !vault value`);
    if (typeof value === 'string') {
      if (!value.includes('{{') && !value.includes('{%')) return value;
      const saved = this.reads;
      try {
        const prepared = this.prepare(
          { path: `(value of ${name})`, text: value },
          { trimBlocks: false, lstripBlocks: false },
        );
        const rendered = this.unmark(this.env.renderString(prepared.source, this.context({}))).text;
        return nativeValue(value, rendered);
      } catch {
        return this.markers.marker(
          `{{ ${name} }}`,
          `Ansible variable ${name}, whose value socklint cannot render`,
        );
      } finally {
        this.reads = saved;
      }
    }
    if (Array.isArray(value)) return value.map((v) => this.template(v, name));
    if (isMapping(value))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.template(v, name)]));
    return value;
  }

  private unknownValue(shown: string, what: string): string {
    const marker = this.markers.marker(shown, what);
    this.reads.push(marker);
    return marker;
  }

  /* ---------------------------------------------------------------- unknowns */

  private isUndefined(v: unknown): boolean {
    return v === undefined || (typeof v === 'string' && this.undefinedMarkers.has(v));
  }

  /** `default` and `is defined` settle an undefined variable: its read no longer makes a condition unknown. */
  private consume(v: unknown): void {
    if (typeof v !== 'string') return;
    const at = this.reads.lastIndexOf(v);
    if (at !== -1) this.reads.splice(at, 1);
  }

  /** The markers of unknown values among filter arguments, as one string (empty when all are known). */
  private unknownIn(values: unknown[]): string {
    const found = new Set<string>();
    const visit = (v: unknown, depth: number) => {
      if (depth > 20) return;
      if (typeof v === 'string') for (const m of markersIn(v)) found.add(m);
      else if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
      else if (isMapping(v)) Object.values(v).forEach((x) => visit(x, depth + 1));
    };
    values.forEach((v) => visit(v, 0));
    return [...found].join('');
  }

  /* ---------------------------------------------------------------- render hooks */

  private installGlobals(): void {
    const env = this.env;
    // Output: Python's str() of the value, framed by sentinels.
    env.addGlobal('__o', (id: number, value: unknown) => {
      const vars = this.currentOutputVars;
      this.currentOutputVars = [];
      this.outputVars.set(id, [...new Set(vars)]);
      let text: string;
      if (value === undefined) {
        const piece = this.pieces[id] as ExprPiece;
        text = this.unknownValue(
          `{{ ${piece.source} }}`,
          `{{ ${piece.source} }}, which the repository does not define`,
        );
      } else if (value === null)
        text = ''; // Ansible's finalize writes None as nothing
      else text = str(value instanceof UnsafeText ? value.text : value);
      return S.expr + id + S.close + text + S.exprEnd;
    });
    env.addGlobal('__b', () => {
      this.currentOutputVars = [];
      return this.reads.length;
    });
    env.addGlobal('__v', (value: unknown) => {
      this.lastValue = value;
      return '';
    });
    // A condition: Python truthiness; unknown when it read an unknown value.
    env.addGlobal('__c', (id: number, before: number, value: unknown) => {
      const what = this.readsSince(before, value);
      if (what.length === 0) return truthy(value);
      this.noteUncertain(id, what);
      return true;
    });
    // A loop: over a dict's keys or a list; one unknown item when the sequence is unknown.
    env.addGlobal('__i', (id: number, before: number, value: unknown, targets: number) => {
      const what = this.readsSince(before, value);
      if (what.length > 0) {
        this.noteUncertain(id, what);
        const marker = what.join('');
        return targets > 1 ? [Array.from({ length: targets }, () => marker)] : [marker];
      }
      if (isMapping(value)) return targets > 1 ? Object.entries(value) : Object.keys(value);
      if (typeof value === 'string') return [...value];
      return value ?? [];
    });
    env.addGlobal('__r', (id: number) => (this.openRegions.has(id) ? S.region + id + S.close : ''));
    env.addGlobal('__e', (id: number) => {
      if (!this.openRegions.has(id)) return '';
      this.openRegions.delete(id);
      return S.regionEnd;
    });
    env.addGlobal('lookup', (kind: unknown, ...args: unknown[]) =>
      this.unknownValue(
        `lookup(${[kind, ...args].map((a) => JSON.stringify(a)).join(', ')})`,
        `lookup('${str(kind)}', …), known only when the play runs`,
      ),
    );
    env.addGlobal('query', (kind: unknown) => [
      this.unknownValue(`query('${str(kind)}')`, `query('${str(kind)}', …), known only when the play runs`),
    ]);
    env.addGlobal('q', (kind: unknown) => [
      this.unknownValue(`q('${str(kind)}')`, `q('${str(kind)}', …), known only when the play runs`),
    ]);
    env.addGlobal('range', (a: number, b?: number, step = 1) => {
      const [start, stop] = b === undefined ? [0, a] : [a, b];
      const out: number[] = [];
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
      return out;
    });
    env.addGlobal('dict', (...args: unknown[]) => Object.assign({}, ...args.filter(isMapping)));
  }

  private readsSince(before: number, value: unknown): string[] {
    const what = new Set(this.reads.slice(before));
    if (typeof value === 'string') for (const m of markersIn(value)) what.add(m);
    this.reads.length = Math.min(this.reads.length, before);
    return [...what];
  }

  private noteUncertain(id: number, markers: string[]): void {
    const piece = this.pieces[id] as ExprPiece;
    const marker = markers.join('');
    this.openRegions.set(id, marker);
    this.uncertain.push({
      location: this.indexes[piece.file].location(piece.start, piece.end),
      source: piece.source,
      what: markers,
    });
  }

  /* ---------------------------------------------------------------- positions */

  /** Removes the sentinels; each output character keeps the piece and offset it came from. */
  private unmark(output: string): {
    text: string;
    sources: (Source | undefined)[];
    regions: (string | undefined)[];
    outputs: OutputRange[];
  } {
    let text = '';
    const sources: (Source | undefined)[] = [];
    const regions: (string | undefined)[] = [];
    const outputs: OutputRange[] = [];
    const frames: { expr?: number; text?: { piece: number; at: number }; start: number }[] = [{ start: 0 }];
    const regionStack: string[] = [];
    let last = 0;
    const emit = (chunk: string) => {
      const frame = frames[frames.length - 1];
      for (const ch of chunk) {
        for (let u = 0; u < ch.length; u++) {
          text += ch[u];
          if (frame.text) {
            const piece = this.pieces[frame.text.piece] as { offsets: number[]; file: number };
            const offset = piece.offsets[frame.text.at++];
            sources.push(
              offset === undefined ? undefined : { file: piece.file, start: offset, end: offset + 1 },
            );
          } else if (frame.expr !== undefined) {
            const p = this.pieces[frame.expr] as ExprPiece;
            sources.push({ file: p.file, start: p.start, end: p.end });
          } else sources.push(undefined);
          regions.push(regionStack[regionStack.length - 1]);
        }
      }
    };
    SENTINEL_TOKEN.lastIndex = 0;
    for (let m = SENTINEL_TOKEN.exec(output); m; m = SENTINEL_TOKEN.exec(output)) {
      emit(output.slice(last, m.index));
      last = m.index + m[0].length;
      const kind = m[0][0];
      if (kind === S.text) frames[frames.length - 1].text = { piece: Number(m[1]), at: 0 };
      else if (kind === S.expr) frames.push({ expr: Number(m[1]), start: text.length });
      else if (kind === S.exprEnd && frames.length > 1) {
        const frame = frames.pop()!;
        const piece = this.pieces[frame.expr!] as ExprPiece;
        outputs.push({ start: frame.start, end: text.length, id: frame.expr!, piece });
        frames[frames.length - 1].text = undefined;
      } else if (kind === S.region) regionStack.push(this.openRegionMarker(Number(m[1])));
      else if (kind === S.regionEnd) regionStack.pop();
    }
    emit(output.slice(last));
    return { text, sources, regions, outputs };
  }

  private openRegionMarker(id: number): string {
    return this.uncertainMarker.get(id) ?? this.makeRegionMarker(id);
  }

  private readonly uncertainMarker = new Map<number, string>();

  private makeRegionMarker(id: number): string {
    const piece = this.pieces[id] as ExprPiece;
    const entry = [...this.uncertain].reverse().find((u) => u.source === piece.source);
    const what = entry ? entry.what : [];
    const where = this.indexes[piece.file].location(piece.start, piece.end);
    const marker = this.markers.marker(
      `{% ${piece.source} %}`,
      `{% ${piece.source} %} at ${where.file}:${where.line}, which depends on ${what.length} unknown value${what.length === 1 ? '' : 's'}`,
    );
    this.uncertainMarker.set(id, marker);
    return marker;
  }

  private result(mapped: {
    text: string;
    sources: (Source | undefined)[];
    regions: (string | undefined)[];
    outputs: OutputRange[];
  }): RenderedText {
    const tainted = taintLines(mapped.text, mapped.sources, mapped.regions);
    const { text, sources } = tainted;
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    const offsetOf = (line: number, column: number) => (lineStarts[line - 1] ?? text.length) + column - 1;
    const files = this.files;
    const indexes = this.indexes;
    const within = this.within;
    const at = (file: number, offset: number) =>
      within[file]?.[Math.min(offset, within[file]!.length - 1)] ?? offset;
    const locate = (span: Span): Location | undefined => {
      const from = offsetOf(span.line, span.column);
      const to = offsetOf(span.endLine, span.endColumn);
      const first = sources[from] ?? (to > from ? undefined : sources[from - 1]);
      const lastSource = to > from ? sources[to - 1] : first;
      if (!first || !lastSource || first.file !== lastSource.file) return undefined;
      const start = to > from || sources[from] ? first.start : first.end;
      const end = to > from ? Math.max(lastSource.end, start) : start;
      const [a, b] = within[first.file]
        ? [at(first.file, start), at(first.file, Math.max(end - 1, start)) + (end > start ? 1 : 0)]
        : [start, end];
      return { ...indexes[first.file].location(a, b), file: files[first.file].path };
    };
    const outputs = mapped.outputs.map((o) => ({
      start: tainted.shift(o.start),
      end: tainted.shift(o.end),
      piece: o.piece,
      file: files[o.piece.file].path,
      variables: this.outputVars.get(o.id) ?? [],
    }));
    return { text, locate, outputs, used: new Map(this.used), uncertain: [...this.uncertain] };
  }
}

interface Source {
  file: number;
  start: number;
  end: number;
}

interface OutputRange {
  start: number;
  end: number;
  id: number;
  piece: ExprPiece;
}

/**
 * A line rendered under a condition or loop that depends on unknown values is itself unknown:
 * its last value gets the condition's marker, so what the readers take from it is unresolved
 * (`listen = /run/app.sockǂ4ǂ`, `fastcgi_pass unix:/run/app.sockǂ4ǂ;`). Lines that only open or
 * close a block, and comments, stay as they are.
 */
function taintLines(
  text: string,
  sources: (Source | undefined)[],
  regions: (string | undefined)[],
): { text: string; sources: (Source | undefined)[]; shift: (offset: number) => number } {
  if (!regions.some((r) => r !== undefined)) return { text, sources, shift: (o) => o };
  let out = '';
  const outSources: (Source | undefined)[] = [];
  const inserted: number[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    const line = text.slice(lineStart, i);
    const marker = regions.slice(lineStart, i).find((r) => r !== undefined);
    let at = -1;
    const trimmed = line.trim();
    if (marker && trimmed !== '' && !/^[#;[]/.test(trimmed) && !/[{}]$/.test(trimmed)) {
      at = line.replace(/\s+$/, '').length;
      if (line[at - 1] === ';') at--;
    }
    for (let k = lineStart; k < i; k++) {
      if (k - lineStart === at) {
        out += marker!;
        for (let u = 0; u < marker!.length; u++) outSources.push(sources[k - 1]);
        inserted.push(k);
      }
      out += text[k];
      outSources.push(sources[k]);
    }
    if (at === i - lineStart) {
      out += marker!;
      for (let u = 0; u < marker!.length; u++) outSources.push(sources[i - 1]);
      inserted.push(i);
    }
    if (i < text.length) {
      out += '\n';
      outSources.push(sources[i]);
    }
    lineStart = i + 1;
  }
  const width = regions.find((r) => r !== undefined)!.length;
  const shift = (offset: number) => offset + inserted.filter((k) => k < offset).length * width;
  return { text: out, sources: outSources, shift };
}

/** The name under which the render context carries the variable lookup. */
export const LOOKUP_HOOK = '__socklint_lookup';

// nunjucks resolves a name in the frame, then in the context; Ansible's variables are looked up
// lazily (they are templated when used), through the hook each render puts in its context.
const runtime = (nunjucks as unknown as { runtime: Record<string, unknown> }).runtime;
nunjucks.installJinjaCompat();
const baseLookup = runtime.contextOrFrameLookup as (
  context: { ctx: Record<string, unknown> },
  frame: unknown,
  name: string,
) => unknown;
runtime.contextOrFrameLookup = function (
  context: { ctx: Record<string, unknown> },
  frame: unknown,
  name: string,
) {
  const value = baseLookup(context, frame, name);
  if (value !== undefined) return value;
  const hook = context.ctx[LOOKUP_HOOK];
  if (
    name === 'True' ||
    name === 'False' ||
    name === 'None' ||
    name === 'true' ||
    name === 'false' ||
    name === 'none'
  )
    return value;
  return typeof hook === 'function' ? (hook as (n: string) => unknown)(name) : value;
};
const baseMember = runtime.memberLookup as (obj: unknown, key: unknown) => unknown;
runtime.memberLookup = function (obj: unknown, key: unknown) {
  if (typeof key === 'string') {
    if (isMapping(obj) && Object.hasOwn(obj, key)) return obj[key];
    const method = pythonMethod(obj, key);
    if (method) return method;
  }
  return baseMember(obj, key);
};
patchCompiler();

/** Python semantics for `and`, `or`, `not`, inline `if`, `~` and `+` (nunjucks compiles JavaScript's). */
function patchCompiler(): void {
  const compiler = (nunjucks as unknown as { compiler: { Compiler: { prototype: Record<string, unknown> } } })
    .compiler;
  const proto = compiler.Compiler.prototype as Record<string, (...args: never[]) => void> & {
    _emit(s: string): void;
    compile(node: unknown, frame: unknown): void;
    _compileAggregate(node: unknown, frame: unknown, start: string, end: string): void;
  };
  type Node = {
    left: unknown;
    right: unknown;
    target: unknown;
    cond: unknown;
    body: unknown;
    else_: unknown;
  };
  type IsNode = { left: unknown; right: { name?: { value: string }; value?: string; args?: unknown } };
  runtime.pyTruthy = truthy;
  runtime.pyStr = str;
  runtime.pyAdd = (a: unknown, b: unknown) =>
    Array.isArray(a) && Array.isArray(b)
      ? [...a, ...b]
      : typeof a === 'string' || typeof b === 'string'
        ? str(a) + str(b)
        : (a as number) + (b as number);
  runtime.pyMod = (a: unknown, b: unknown) =>
    typeof a === 'string'
      ? percentFormat(a, b)
      : (((a as number) % (b as number)) + (b as number)) % (b as number);
  proto.compileMod = function (this: typeof proto, node: Node, frame: unknown) {
    this._emit('runtime.pyMod(');
    this.compile(node.left, frame);
    this._emit(', ');
    this.compile(node.right, frame);
    this._emit(')');
  } as never;
  // A test with several arguments (`x is version('8.1', '>=')`): nunjucks 3.2.4 writes them
  // without commas. An unknown test result (a marker) stays unknown instead of becoming false.
  runtime.testResult = (v: unknown) => (typeof v === 'string' ? v : v === true);
  proto.compileIs = function (this: typeof proto, node: IsNode, frame: unknown) {
    const right = node.right.name ? node.right.name.value : node.right.value;
    this._emit(`runtime.testResult(env.getTest(${JSON.stringify(right)}).call(context, `);
    this.compile(node.left, frame);
    if (node.right.args) this._compileAggregate(node.right.args, frame, ',', '');
    this._emit('))');
  } as never;
  proto.compileAnd = function (this: typeof proto, node: Node, frame: unknown) {
    this._emit('((__l) => runtime.pyTruthy(__l) ? (');
    this.compile(node.right, frame);
    this._emit(') : __l)(');
    this.compile(node.left, frame);
    this._emit(')');
  } as never;
  proto.compileOr = function (this: typeof proto, node: Node, frame: unknown) {
    this._emit('((__l) => runtime.pyTruthy(__l) ? __l : (');
    this.compile(node.right, frame);
    this._emit('))(');
    this.compile(node.left, frame);
    this._emit(')');
  } as never;
  proto.compileNot = function (this: typeof proto, node: Node, frame: unknown) {
    this._emit('!runtime.pyTruthy(');
    this.compile(node.target, frame);
    this._emit(')');
  } as never;
  proto.compileInlineIf = function (this: typeof proto, node: Node, frame: unknown) {
    this._emit('(runtime.pyTruthy(');
    this.compile(node.cond, frame);
    this._emit(') ? (');
    this.compile(node.body, frame);
    this._emit(') : (');
    if (node.else_ !== null) this.compile(node.else_, frame);
    else this._emit('""');
    this._emit('))');
  } as never;
  proto.compileConcat = function (this: typeof proto, node: Node, frame: unknown) {
    this._emit('(runtime.pyStr(');
    this.compile(node.left, frame);
    this._emit(') + runtime.pyStr(');
    this.compile(node.right, frame);
    this._emit('))');
  } as never;
  proto.compileAdd = function (this: typeof proto, node: Node, frame: unknown) {
    this._emit('runtime.pyAdd(');
    this.compile(node.left, frame);
    this._emit(', ');
    this.compile(node.right, frame);
    this._emit(')');
  } as never;
}

/** A variable that is a single `{{ }}` keeps the type of its value (Ansible's native types for lists and dicts). */
function nativeValue(source: string, rendered: string): unknown {
  if (!/^\s*\{\{[\s\S]*\}\}\s*$/.test(source)) return rendered;
  if (/^[[{]/.test(rendered)) {
    try {
      return JSON.parse(
        rendered
          .replace(/'/g, '"')
          .replace(/\bTrue\b/g, 'true')
          .replace(/\bFalse\b/g, 'false')
          .replace(/\bNone\b/g, 'null'),
      );
    } catch {
      return rendered;
    }
  }
  if (rendered === 'True') return true;
  if (rendered === 'False') return false;
  return rendered;
}

function cleanError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/\(unknown path\)\s*/g, '')
    .replace(SENTINEL_TOKEN, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 2)
    .join(': ');
}
