/**
 * Everything the action prints. The runner reads every line of stdout and stderr as a possible
 * workflow command: `::name props::data` once leading white space is trimmed, and the legacy
 * `##[name props]data` anywhere in a line (actions/runner, ActionCommand.cs). File names and
 * messages come from the repository, that is from whoever wrote the pull request, so no string
 * reaches the log except through `escape`. @actions/core's logging is not used: `info` prints
 * raw text, and escaping before its commands would escape twice.
 */
import * as core from '@actions/core';
import type { Severity } from '../engine/findings.js';

/**
 * Where a string goes: command `data` (after `::`), a command `property` value, or a plain log
 * `line`.
 */
export type Context = 'data' | 'property' | 'line';

/** What the runner trims before looking for `::` (.NET's white space, a superset to be safe). */
// eslint-disable-next-line no-control-regex -- control characters are what this guards against
const LEADING_SPACE = /^[\s\u0085\u001c-\u001f]*/;

/**
 * The runner's escaping, as it unescapes: `%`, CR and LF in data, and `:` and `,` in
 * properties too. A plain line uses the data rules (so a line break can never start a new line)
 * and, as the runner unescapes nothing there, is also kept from reading as a command: a leading
 * `::` becomes `%3A:`, every `##[` becomes `##%5B`, and other control characters (terminal
 * escapes that could hide text) are shown as `%XX`.
 */
export function escape(text: string, context: Context): string {
  let out = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  if (context === 'property') return out.replace(/:/g, '%3A').replace(/,/g, '%2C');
  if (context === 'data') return out;
  out = out
    .replace(
      // eslint-disable-next-line no-control-regex -- control characters are what this guards against
      /[\u0000-\u0008\u000b-\u001f\u007f]/g,
      (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`,
    )
    .replace(/##\[/g, '##%5B');
  const lead = LEADING_SPACE.exec(out)![0].length;
  return out.startsWith('::', lead) ? `${out.slice(0, lead)}%3A${out.slice(lead + 1)}` : out;
}

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** `::name key=value,…::data`, every value escaped for its place; empty values left out. */
export function commandLine(name: string, properties: AnnotationProperties, data: string): string {
  const pairs: [string, string | number | undefined][] = [
    ['title', properties.title],
    ['file', properties.file],
    ['line', properties.startLine],
    ['endLine', properties.endLine],
    ['col', properties.startColumn],
    ['endColumn', properties.endColumn],
  ];
  const props = pairs
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escape(String(value), 'property')}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escape(data, 'data')}`;
}

const write = (line: string): void => void process.stdout.write(`${line}\n`);

/** A line of the log: shown as written, never a command. */
export function info(text: string): void {
  write(escape(text, 'line'));
}

/** An annotation, or a plain error/warning/notice of the step when no file is given. */
export function annotate(level: Severity, message: string, properties: AnnotationProperties = {}): void {
  write(commandLine(level, properties, message));
}

/** Fails the step with one error line, as core.setFailed does. */
export function fail(message: string): void {
  process.exitCode = 1;
  annotate('error', message);
}

/**
 * A step output. The runner passes GITHUB_OUTPUT, a file with random delimiters, which is all
 * core.setOutput writes; without it (a local run) the value is logged instead of the deprecated
 * `set-output` command.
 */
export function setOutput(name: string, value: string | number): void {
  if (process.env.GITHUB_OUTPUT) core.setOutput(name, value);
  else info(`output ${name}: ${value}`);
}

/** Octokit's logger, routed here so its messages (which quote request paths) are escaped too. */
export const octokitLog = {
  debug: (): void => {},
  info: (): void => {},
  warn: (message: string): void => info(`GitHub API: ${message}`),
  error: (message: string): void => info(`GitHub API: ${message}`),
};
