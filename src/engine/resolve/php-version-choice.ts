/**
 * Installers that keep one PHP-FPM tree per version (`etc/php/8.3/fpm/…`) and copy onto the
 * machine only the versions the user chooses (`cp etc/php/${PHPv}/fpm/pool.d/www.conf …` in a
 * loop over `PHP_VERSIONS`): a version's pools exist only if the choice includes it. The shell
 * interpreter does not run such installers (the copy sits in a function called from a loop over
 * a user choice), so this reads the few lines that say it from the scripts' text.
 */
import path from 'node:path';
import type { Assumption } from '../knowledge.js';
import type { ClassifiedFile, Location } from '../types.js';
import type { UserConfig } from '../config.js';

export interface PhpVersionChoice {
  /** The variable in the copy's source path (`PHPv`). */
  variable: string;
  /** The copy that brings one version's tree onto the machine. */
  copy: Location;
  /** The list the versions come from, when the scripts show it (`PHP_VERSIONS`). */
  list?: string;
  /** The versions chosen: declared in .socklint.yml, else the list's default in the repository. */
  value?: { versions: string[]; declared: boolean; location?: Location };
}

/** `cp -f "etc/php/${PHPv}/fpm/…"`: a relative source into the tree, the version a variable. */
const COPY =
  /\b(?:cp|rsync|install)\b[^\n;|&]*?(?:^|[\s"'=])(?:\.\/)?etc\/php\/\$\{?([A-Za-z_]\w*)\}?\/(?:fpm\/)?/;
const VERSIONS = /^\d+(?:\.\d+)*(?:\s+\d+(?:\.\d+)*)*$/;

/** What chooses which of a host tree's PHP versions are installed, if a script of the tree says so. */
export function phpVersionChoice(
  scripts: readonly ClassifiedFile[],
  files: readonly ClassifiedFile[],
  config: UserConfig,
): PhpVersionChoice | undefined {
  for (const script of scripts) {
    const lines = script.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const m = COPY.exec(lines[i]);
      if (!m || /^\s*#/.test(lines[i])) continue;
      const variable = m[1];
      const column = lines[i].indexOf(m[0]) + 1;
      const copy: Location = {
        file: script.path,
        line: i + 1,
        column,
        endLine: i + 1,
        endColumn: column + m[0].length,
      };
      // The loop that runs the copy is in the copying script, if it is anywhere.
      const list = listOf(variable, [script, ...scripts.filter((s) => s !== script)]);
      const declared = config.variables[list ?? variable];
      if (declared !== undefined) {
        return {
          variable,
          copy,
          ...(list ? { list } : {}),
          value: { versions: words(declared), declared: true },
        };
      }
      const value = list ? defaultOf(list, files) : undefined;
      return { variable, copy, ...(list ? { list } : {}), ...(value ? { value } : {}) };
    }
  }
  return undefined;
}

/** The list a loop takes the variable from: `for V in "${ARR[@]}"` with `read -a ARR <<< "${LIST}"`, or `for V in $LIST`. */
function listOf(variable: string, scripts: readonly ClassifiedFile[]): string | undefined {
  const loop = new RegExp(`\\bfor\\s+${variable}\\s+in\\s+"?\\$\\{?(\\w+)(\\[@\\])?\\}?`);
  for (const script of scripts) {
    const m = loop.exec(script.text);
    if (!m) continue;
    // Only the first script that loops over the variable is asked: another one is another loop.
    if (!m[2]) return m[1];
    const array = m[1];
    const read = new RegExp(
      `\\bread\\s+(?:-\\w+\\s+)*-a\\s+${array}\\s*<<<\\s*"?\\$\\{?(\\w+)\\}?|\\b${array}=\\(\\s*\\$\\{?(\\w+)\\}?\\s*\\)`,
    ).exec(script.text);
    return read ? (read[1] ?? read[2]) : undefined;
  }
  return undefined;
}

/** `LIST="8.1 8.2 8.3"` in the repository's env file or a script: the default an installer reads. */
function defaultOf(list: string, files: readonly ClassifiedFile[]): PhpVersionChoice['value'] {
  const assignment = new RegExp(
    `^[ \\t]*(?:export[ \\t]+)?${list}=(?:"([^"\\n]*)"|'([^'\\n]*)'|([^\\s#]*))`,
    'm',
  );
  const envFirst = [...files].sort((a, b) => Number(!isEnvFile(a.path)) - Number(!isEnvFile(b.path)));
  for (const file of envFirst) {
    if (!isEnvFile(file.path) && file.kind !== 'shell') continue;
    const m = assignment.exec(file.text);
    const value = m && (m[1] ?? m[2] ?? m[3]).trim();
    if (!m || !value || !VERSIONS.test(value)) continue;
    const line = file.text.slice(0, m.index).split('\n').length;
    const length = m[0].trimStart().length;
    const column = m[0].length - length + 1;
    return {
      versions: words(value),
      declared: false,
      location: { file: file.path, line, column, endLine: line, endColumn: column + length },
    };
  }
  return undefined;
}

function isEnvFile(p: string): boolean {
  const name = path.posix.basename(p);
  return /^\.env(?:\.|$)/.test(name) || /\.env(?:\.[^.]+)?$/.test(name);
}

function words(value: string): string[] {
  return value.split(/[\s,]+/).filter((w) => w !== '');
}

/** Whether a version's PHP-FPM is on the machine: unknown, or there on the chosen default (an assumption). */
export type VersionPresence =
  { kind: 'unknown'; reason: string } | { kind: 'assumed'; assumption: Assumption };

/** What the choice says of PHP `version`: nothing when it is declared in, or the choice is not known to matter. */
export function versionPresence(choice: PhpVersionChoice, version: string): VersionPresence | undefined {
  const at = `${choice.copy.file}:${choice.copy.line}`;
  const name = choice.list ?? choice.variable;
  const declare = `declare the versions installed under variables: ${name} in .socklint.yml`;
  const copied = `PHP ${version}'s PHP-FPM files reach the machine only through the copy of etc/php/\${${choice.variable}}/ at ${at}`;
  const value = choice.value;
  if (!value) {
    return {
      kind: 'unknown',
      reason: `${copied}, for the versions ${choice.list ? `${choice.list} lists` : `$${choice.variable} takes`}, which the user chooses at install time and the repository gives no default for (${declare})`,
    };
  }
  const listed = value.versions.join(' ');
  if (!value.versions.includes(version)) {
    const where = value.declared
      ? 'declared in .socklint.yml'
      : `its default at ${value.location!.file}:${value.location!.line}`;
    return {
      kind: 'unknown',
      reason: `${copied}, for the versions in ${name}, a choice made at install time: ${name} is "${listed}" (${where}), without ${version}, so whether its pools exist depends on what the user chooses (${declare})`,
    };
  }
  if (value.declared) return undefined;
  return {
    kind: 'assumed',
    assumption: {
      statement: `PHP ${version} is installed: ${name} keeps its default "${listed}" (${value.location!.file}:${value.location!.line}), which the copy at ${at} follows`,
      declare,
      ...(value.location ? { location: value.location } : {}),
    },
  };
}
