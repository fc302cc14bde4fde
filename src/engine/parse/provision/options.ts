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

/** php-fpm's options that take an argument (`-c FILE`, `--fpm-config FILE`, …). */
const FPM_SHORT_ARGS = 'cdypg';
const FPM_LONG_ARGS = new Set(['php-ini', 'define', 'fpm-config', 'prefix', 'pid']);
/** Options after which php-fpm only tests or prints, and starts no master. */
const FPM_NO_MASTER_SHORT = 'tvimh';
const FPM_NO_MASTER_LONG = new Set(['test', 'version', 'info', 'modules', 'help']);

/** What a php-fpm command line says of the master it starts. */
export interface FpmStartOptions {
  /** The word that gives `-R` (`--allow-to-run-as-root`), as written: `-R`, `-FR`, the long form. */
  allowRoot?: string;
  /** The main configuration file given with `-y` (`--fpm-config`), instead of the built-in path. */
  config?: string;
}

/**
 * The options of a php-fpm command line that change the master: `-R` and `-y`. Its getopt takes
 * short options together (`-FR`, `-Fy FILE`). Undefined when the command only tests the
 * configuration (`-t`) or prints something, and starts no master.
 */
export function fpmStartOptions(args: string[]): FpmStartOptions | undefined {
  const options: FpmStartOptions = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') break;
    if (arg.startsWith('--')) {
      const [name, value] = splitLong(arg.slice(2));
      if (FPM_NO_MASTER_LONG.has(name)) return undefined;
      if (name === 'allow-to-run-as-root') options.allowRoot = arg;
      if (!FPM_LONG_ARGS.has(name)) continue;
      const given = value ?? args[++i];
      if (name === 'fpm-config' && given !== undefined) options.config = given;
      continue;
    }
    if (!arg.startsWith('-')) continue;
    for (let c = 1; c < arg.length; c++) {
      if (FPM_NO_MASTER_SHORT.includes(arg[c])) return undefined;
      if (arg[c] === 'R') options.allowRoot = arg;
      if (FPM_SHORT_ARGS.includes(arg[c])) {
        const given = c < arg.length - 1 ? arg.slice(c + 1) : args[++i];
        if (arg[c] === 'y' && given !== undefined) options.config = given;
        break;
      }
    }
  }
  return options;
}

function splitLong(option: string): [string, string | undefined] {
  const eq = option.indexOf('=');
  return eq < 0 ? [option, undefined] : [option.slice(0, eq), option.slice(eq + 1)];
}
