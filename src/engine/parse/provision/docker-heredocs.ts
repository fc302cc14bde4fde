/**
 * Heredocs of a Dockerfile instruction, found as BuildKit finds them (`heredocsFromLine` and
 * `ParseHeredoc` in moby/buildkit frontend/dockerfile/parser): the instruction's line is split
 * into words that keep their quotes and escapes, `<<` glues to the blanks after it, and a word
 * of the form `[fd]<<[-]NAME` opens a heredoc; a quoted or escaped `<<` does not. Each body runs
 * to the first line equal to NAME (leading tabs ignored with `<<-`). dockerfile-ast misses
 * `<< EOF` and takes a quoted `'<<EOF'` for a heredoc, so the reader uses this instead.
 */

export interface DockerHeredoc {
  name: string;
  /** Unquoted delimiter: the builder (COPY) or the shell (RUN) expands variables in the body. */
  expand: boolean;
  /** `<<-`: leading tabs are stripped from the body and the delimiter line. */
  chomp: boolean;
  /** File offsets: the body from the start of its first line to the start of the delimiter line. */
  bodyStart: number;
  bodyEnd: number;
  /** Just past the delimiter line (its line end included). */
  end: number;
}

const HEREDOC = /^(\d*)<<(-?)\s*([^<]*)$/;

/** The heredoc words of an instruction's line, in order. */
export function heredocWords(line: string): { name: string; expand: boolean; chomp: boolean }[] {
  const out: { name: string; expand: boolean; chomp: boolean }[] = [];
  for (const word of rawWords(line)) {
    const m = HEREDOC.exec(word);
    if (!m || m[3] === '') continue;
    const rest = m[3];
    const name = unquote(rest);
    if (name === undefined) continue;
    // Quoted in any part (some quote went away with quote removal): the body is not expanded.
    const quotes = (w: string) => (w.match(/['"]/g) ?? []).length;
    out.push({ name, expand: quotes(name) === quotes(rest), chomp: m[2] === '-' });
  }
  return out;
}

/**
 * The bodies of those heredocs in the file, one after the other from `from` (the start of the
 * line after the instruction's line). Undefined when one is never closed: the builder refuses it.
 */
export function heredocBodies(
  text: string,
  from: number,
  words: { name: string; expand: boolean; chomp: boolean }[],
): DockerHeredoc[] | undefined {
  const out: DockerHeredoc[] = [];
  let at = from;
  for (const word of words) {
    const bodyStart = at;
    for (;;) {
      if (at >= text.length) return undefined;
      let nl = text.indexOf('\n', at);
      if (nl === -1) nl = text.length;
      let line = text.slice(at, nl).replace(/\r$/, '');
      if (word.chomp) line = line.replace(/^\t+/, '');
      const lineStart = at;
      at = Math.min(nl + 1, text.length);
      if (line === word.name) {
        out.push({ ...word, bodyStart, bodyEnd: lineStart, end: at });
        break;
      }
    }
  }
  return out;
}

/** Words split on unquoted blanks, quotes and escapes kept as written, `<<` glued to the blanks after it. */
function rawWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ' ' || c === '\t') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === '\\' && i + 1 < line.length) {
      word += c + line[++i];
    } else if (c === "'" || c === '"') {
      const close = line.indexOf(c, i + 1);
      const end = close === -1 ? line.length - 1 : close;
      word += line.slice(i, end + 1);
      i = end;
    } else if (c === '<' && line[i + 1] === '<') {
      word += '<<';
      i++;
      while (line[i + 1] === ' ' || line[i + 1] === '\t') word += line[++i];
    } else word += c;
  }
  if (inWord) words.push(word);
  return words;
}

/** The word with its quotes removed and escapes processed; undefined when it is not one word. */
function unquote(word: string): string | undefined {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === '\\' && i + 1 < word.length) out += word[++i];
    else if (c === "'" || c === '"') {
      const close = word.indexOf(c, i + 1);
      if (close === -1) return undefined;
      out += word.slice(i + 1, close);
      i = close;
    } else if (c === ' ' || c === '\t') return undefined;
    else out += c;
  }
  return out;
}
