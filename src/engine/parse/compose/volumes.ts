/**
 * The short volume syntax `[SOURCE:]TARGET[:OPTIONS]`, split as compose-go's
 * `format.ParseVolume` splits it: colons inside `${…}` do not count, a Windows drive letter
 * is kept with its path, and a source starting with `.`, `/` or `~` is a bind (created on the
 * host when missing), anything else a named volume.
 */

export interface ShortVolume {
  source?: string;
  target: string;
  type: 'bind' | 'volume';
  readOnly: boolean;
  nocopy: boolean;
  /** Where the options start in the spec, for locations. */
  optionsAt?: number;
}

export function parseShortVolume(spec: string): ShortVolume | undefined {
  if (spec.length === 0) return undefined;
  if (spec.length <= 2) return { target: spec, type: 'volume', readOnly: false, nocopy: false };
  const fields: { text: string; at: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= spec.length; i++) {
    const ch = spec[i];
    if (ch === '$' && spec[i + 1] === '{') {
      depth++;
      i++;
      continue;
    }
    if (ch === '}' && depth > 0) {
      depth--;
      continue;
    }
    const windowsDrive = ch === ':' && i - start === 1 && /\p{L}/u.test(spec[start]);
    if ((ch === ':' || i === spec.length) && depth === 0 && !windowsDrive) {
      fields.push({ text: spec.slice(start, i), at: start });
      start = i + 1;
    }
  }
  if (fields.some((f) => f.text === '') || fields.length > 3) return undefined;
  const [first, second, third] = fields;
  const volume: ShortVolume =
    fields.length === 1
      ? { target: first.text, type: 'volume', readOnly: false, nocopy: false }
      : {
          source: first.text,
          target: second.text,
          type: isFilePath(first.text) ? 'bind' : 'volume',
          readOnly: false,
          nocopy: false,
        };
  if (third) {
    volume.optionsAt = third.at;
    for (const option of third.text.split(',')) {
      if (option === 'ro') volume.readOnly = true;
      else if (option === 'rw') volume.readOnly = false;
      else if (option === 'nocopy') volume.nocopy = true;
    }
  }
  return volume;
}

/** compose-go `isFilePath`: the source is a host path, not a volume name. */
export function isFilePath(source: string): boolean {
  if (source === '') return false;
  if ('./~'.includes(source[0])) return true;
  if (source.startsWith('\\\\')) return true;
  return source.length > 1 && /\p{L}/u.test(source[0]) && source[1] === ':';
}
