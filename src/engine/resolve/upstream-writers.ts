/**
 * Scripts that write an nginx `upstream` block at start or build time (`echo "upstream php {" >>
 * /etc/nginx/…`, a heredoc): such a block is in no file of the repository, so a client that names
 * it is undecided, and the reason should say which line writes it. The shell interpreter does not
 * run every such script (s6 `with-contenv` helpers, functions other scripts call), so this reads
 * their text for the line alone.
 */
import { otherByName } from '../discover/classify.js';
import type { ClassifiedFile, Location } from '../types.js';

export interface UpstreamWriter {
  location: Location;
  /** The line as written, trimmed. */
  text: string;
}

/** `upstream NAME {` in a line that echoes or prints it, or in a heredoc body. */
const UPSTREAM = /\bupstream\s+([A-Za-z0-9_.-]+)\s*\{/;
const WRITES = /\b(?:echo|printf)\b|<<-?\s*['"]?\w+|>>?\s*\S/;
/**
 * Files whose text may be a script: shell, and files discovery read but could not tell (a
 * `with-contenv` helper such as `functions/20-php-fpm`, a sourced `inc/*.inc`). Files whose name
 * says source code, a document or media are not: discovery did not read them, and reading them
 * here would read the whole repository. Not Dockerfiles: their RUN lines are run by the image
 * build, which already knows what they write.
 */
function mayBeScript(file: ClassifiedFile): boolean {
  return file.kind === 'shell' || (file.kind === 'other' && otherByName(file.path) === undefined);
}

/** Every upstream name some script of the repository writes, with the first line that writes it. */
export function upstreamWriters(files: readonly ClassifiedFile[]): Map<string, UpstreamWriter> {
  const out = new Map<string, UpstreamWriter>();
  for (const file of files) {
    if (!mayBeScript(file) || !file.text.includes('upstream')) continue;
    const lines = file.text.split('\n');
    let heredoc: string | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (heredoc !== undefined) {
        if (line.trim() === heredoc) heredoc = undefined;
        else record(out, file, i, line);
        continue;
      }
      const opens = /<<-?\s*['"]?(\w+)['"]?/.exec(line);
      if (opens && /\bcat\b|\btee\b/.test(line)) heredoc = opens[1];
      if (/^\s*#/.test(line) || !WRITES.test(line)) continue;
      record(out, file, i, line);
    }
  }
  return out;
}

function record(out: Map<string, UpstreamWriter>, file: ClassifiedFile, index: number, line: string): void {
  const m = UPSTREAM.exec(line);
  if (!m) return;
  const name = m[1].toLowerCase();
  if (out.has(name)) return;
  const column = line.length - line.trimStart().length + 1;
  const text = line.trim();
  out.set(name, {
    location: {
      file: file.path,
      line: index + 1,
      column,
      endLine: index + 1,
      endColumn: column + text.length,
    },
    text,
  });
}
