/** getopt-style option parsing over shell words. */
import type { Word } from './shell-words.js';

export interface OptionSpec {
  /** Short options that take an argument, e.g. `'mog'`. */
  shortArgs?: string;
  /** Long options that take an argument (without `--`). */
  longArgs?: string[];
}

export interface ParsedOptions {
  /** Option name (`m` or `mode`) → the words given, in order; flags map to no word. */
  options: Map<string, Word[]>;
  operands: Word[];
}

/**
 * Parses options anywhere before `--` (GNU permutation): `-aG grp`, `-Ggrp`, `--opt=v`,
 * `--opt v`. Option arguments given inside the same word become a word of their own.
 */
export function parseOptions(words: Word[], spec: OptionSpec): ParsedOptions {
  const shortArgs = spec.shortArgs ?? '';
  const longArgs = new Set(spec.longArgs ?? []);
  const options = new Map<string, Word[]>();
  const operands: Word[] = [];
  const add = (name: string, arg?: Word): void => {
    const list = options.get(name) ?? [];
    if (arg) list.push(arg);
    options.set(name, list);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const v = w.value;
    if (v === '--') {
      operands.push(...words.slice(i + 1));
      break;
    }
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const name = v.slice(2, eq === -1 ? undefined : eq);
      if (eq !== -1) add(name, { ...w, value: v.slice(eq + 1) });
      else if (longArgs.has(name) && i + 1 < words.length) add(name, words[++i]);
      else add(name);
    } else if (v.startsWith('-') && v.length > 1) {
      for (let j = 1; j < v.length; j++) {
        const letter = v[j];
        if (!shortArgs.includes(letter)) {
          add(letter);
          continue;
        }
        if (j + 1 < v.length) add(letter, { ...w, value: v.slice(j + 1) });
        else if (i + 1 < words.length) add(letter, words[++i]);
        else add(letter);
        break;
      }
    } else operands.push(w);
  }
  return { options, operands };
}

/** The last argument given to any of the names (`-u` or `--uid`). */
export function lastArg(parsed: ParsedOptions, ...names: string[]): Word | undefined {
  let found: Word | undefined;
  for (const name of names) {
    const list = parsed.options.get(name);
    if (list && list.length > 0) found = list[list.length - 1];
  }
  return found;
}

export function hasFlag(parsed: ParsedOptions, ...names: string[]): boolean {
  return names.some((n) => parsed.options.has(n));
}
