/** The JSON report: the ScanResult itself, with stable key order. */
import type { ScanResult } from '../findings.js';

export function renderJson(result: ScanResult): string {
  return [...jsonPieces(result)].join('');
}

/**
 * `JSON.stringify(value, null, 2) + '\n'`, in pieces: one per member of the top two levels. A
 * report of 10,000 sockets is then written piece by piece, never as one string of 11 MB (nor its
 * 11 MB of UTF-8), memory that costs more to map and collect than the writing itself.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  yield* pieces(value, '', 2);
  yield '\n';
}

function* pieces(value: unknown, indent: string, levels: number): Generator<string> {
  if (levels === 0 || !isPlainContainer(value)) {
    const text = JSON.stringify(value, null, 2);
    // A string value never holds a raw newline (JSON escapes it): every one is indentation.
    yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      // As in JSON.stringify: an array keeps the place of what JSON cannot hold, as null.
      if (omitted(value[i])) yield 'null';
      else yield* pieces(value[i], inner, levels - 1);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => !omitted(record[k]));
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let i = 0; i < keys.length; i++) {
    yield `${inner}${JSON.stringify(keys[i])}: `;
    yield* pieces(record[keys[i]], inner, levels - 1);
    yield i < keys.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/** An array or a plain object without toJSON: what is split here; anything else JSON.stringify writes. */
function isPlainContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return (
    (proto === Object.prototype || proto === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}

/** A value JSON.stringify leaves out of an object. */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
