/**
 * Debian's `a2enmod`, `a2enconf`, `a2ensite` and their `a2dis*` (one Perl script, /usr/sbin/a2enmod,
 * that reads its verb and object from its name): the words of one call as an `apache-enable`
 * fact. What the call does depends on the files in `*-available/` at that point, so the fact is
 * decided when it is applied to the machine's files (`resolve/apache-enable.ts`).
 */
import type { ApacheEnable } from './facts.js';
import { hasFlag, parseOptions } from './options.js';
import type { Word } from './shell-words.js';

const SUFFIX = { mod: '.load', conf: '.conf', site: '.conf' } as const;

/** The fact of `a2enmod …` and the rest; undefined for another program name. */
export function apacheEnableFact(program: string, args: Word[]): ApacheEnable | undefined {
  const m = /^a2(en|dis)(mod|conf|site)$/.exec(program);
  if (!m) return undefined;
  const what = m[2] as ApacheEnable['what'];
  // Getopt::Long with bundling: -q -f -m -p and their long names; every other word is a name.
  const parsed = parseOptions(args, {});
  const names: string[] = [];
  const unknown: string[] = [];
  for (const word of parsed.operands) {
    // `$arg =~ s/${sffx}$//`: `a2enconf php8.2-fpm.conf` names php8.2-fpm.
    const name = word.value.endsWith(SUFFIX[what]) ? word.value.slice(0, -SUFFIX[what].length) : word.value;
    (word.literal ? names : unknown).push(name);
  }
  return {
    kind: 'apache-enable',
    enable: m[1] === 'en',
    what,
    names,
    unknown,
    force: hasFlag(parsed, 'f', 'force'),
    confDir: '/etc/apache2',
  };
}
