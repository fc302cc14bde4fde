/**
 * How the Actions runner reads a line of a step's output (actions/runner, ActionCommand.cs
 * TryParseV2 then TryParse): `::name k=v,…::data` once leading white space is trimmed, else the
 * legacy `##[name k=v;…]data` anywhere in the line. Tests use it to see output as the runner does.
 */

export interface RunnerCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

const unescape = (text: string, pairs: [string, string][]): string =>
  pairs.reduce((s, [escaped, raw]) => s.split(escaped).join(raw), text);

const DATA: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const PROPERTY: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];
const LEGACY: [string, string][] = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%'],
];

/** The command a line is to the runner, or undefined for a plain log line. */
export function parseRunnerLine(line: string): RunnerCommand | undefined {
  // .NET's TrimStart: Unicode white space, NEL and the C0 separators included.
  // eslint-disable-next-line no-control-regex -- control characters are what this guards against
  const message = line.replace(/^[\s\u0085\u001c-\u001f]+/, '');
  if (message.startsWith('::')) {
    const end = message.indexOf('::', 2);
    if (end >= 0) {
      const info = message.slice(2, end);
      const space = info.indexOf(' ');
      const command = space < 0 ? info : info.slice(0, space);
      const properties: Record<string, string> = {};
      if (space > 0) {
        for (const pair of info
          .slice(space + 1)
          .trim()
          .split(',')
          .filter(Boolean)) {
          const eq = pair.indexOf('=');
          if (eq > 0 && eq < pair.length - 1)
            properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), PROPERTY);
        }
      }
      return { command, properties, data: unescape(message.slice(end + 2), DATA) };
    }
  }
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = line.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = line.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .split(';')
      .filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0 && eq < pair.length - 1)
        properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), LEGACY);
    }
  }
  return {
    command: space < 0 ? info : info.slice(0, space),
    properties,
    data: unescape(line.slice(close + 1), LEGACY),
  };
}

/** Every command the runner would see in a step's stdout and stderr (split on CR, LF and CRLF, as .NET reads lines). */
export function runnerCommands(...outputs: string[]): RunnerCommand[] {
  return outputs
    .flatMap((o) => o.split(/\r\n|\r|\n/))
    .map(parseRunnerLine)
    .filter((c): c is RunnerCommand => c !== undefined);
}
