/**
 * What Debian's a2enmod script (/usr/sbin/a2enmod, also a2enconf, a2ensite and the a2dis* names)
 * does to the machine's files, decided against them as the script decides: a name is looked up
 * (as a glob) in `*-available/`; enabling links `*-enabled/NAME.load` (and `NAME.conf` when
 * mods-available has one) to `../*-available/…`, after the modules its `# Depends:` line names
 * and unless one its `# Conflicts:` line names is enabled; disabling removes the links, refusing a
 * module others depend on or an essential one without `-f`. A name socklint cannot know leaves
 * an enabled file of unknown content, so what reads that directory is undecided.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import type { ApacheEnable } from '../parse/provision/facts.js';
import type { Location } from '../types.js';
import type { ImageFs } from './image-fs.js';

/** a2enmod's `@essential_module_list`: disabling one needs `-f` (else it asks, and aborts). */
const ESSENTIAL = new Set(
  'alias auth_basic authn_file authz_host authz_user autoindex deflate dir env filter logio mime negotiation setenvif unixd version watchdog'.split(
    ' ',
  ),
);

const DIRS = { mod: 'mods', conf: 'conf', site: 'sites' } as const;

export function applyApacheEnable(
  fs: ImageFs,
  fact: ApacheEnable & { location: Location; maybe?: boolean },
): void {
  const dir = DIRS[fact.what];
  const sffx = fact.what === 'mod' ? '.load' : '.conf';
  const avail = `${fact.confDir}/${dir}-available`;
  const enabled = `${fact.confDir}/${dir}-enabled`;
  const by = `${fact.location.file}:${fact.location.line}`;
  for (const name of fact.unknown) {
    fs.unknown(
      `${enabled}/${name}${sffx}`,
      `enabled by ${by} under a name socklint cannot know`,
      fact.location,
    );
  }
  // `myglob()`: every name matches in the directory the verb chooses from.
  const choices = fs.namesIn(fact.enable ? avail : enabled, sffx);
  const run = new Run(fs, fact, avail, enabled, sffx);
  for (const arg of fact.names) {
    const isMatch = picomatch(arg + sffx, { dot: false });
    for (const file of choices.filter((c) => isMatch(c))) {
      if (!run.doit(file.slice(0, -sffx.length))) {
        if (run.stopped) return;
      }
    }
  }
}

class Run {
  /** An essential module disabled without -f: the script asks, reads no answer and exits. */
  stopped = false;

  constructor(
    private readonly fs: ImageFs,
    private readonly fact: ApacheEnable & { location: Location; maybe?: boolean },
    private readonly avail: string,
    private readonly enabled: string,
    private readonly sffx: string,
  ) {}

  doit(name: string): boolean {
    const { fs, fact } = this;
    const tgt = `${this.avail}/${name}${this.sffx}`;
    const link = `${this.enabled}/${name}${this.sffx}`;
    const mod = fact.what === 'mod';
    const conf = mod && fs.has(`${this.avail}/${name}.conf`) ? `${this.enabled}/${name}.conf` : undefined;
    if (!fs.has(tgt)) {
      // Disabling removes a dangling link (and its .conf); otherwise "Module x does not exist!".
      if (fact.enable || !fs.exists(link) || fs.has(link)) return false;
      this.remove(link);
      if (mod && fs.exists(`${this.enabled}/${name}.conf`) && !fs.has(`${this.enabled}/${name}.conf`))
        this.remove(`${this.enabled}/${name}.conf`);
      return true;
    }
    if (fact.enable) {
      if (mod) {
        for (const dep of this.header(tgt, 'Depends')) if (!this.doit(dep)) return false;
        const conflicts = this.header(tgt, 'Conflicts').filter((c) => fs.has(`${this.enabled}/${c}.load`));
        if (conflicts.length > 0) return false;
      } else if (this.header(tgt, 'Depends').some((d) => !fs.has(`${fact.confDir}/mods-enabled/${d}.load`))) {
        return false; // warn_deps(): "Module d is not enabled, but x depends on it, aborting"
      }
      if (conf && !fs.exists(conf)) this.link(`${this.avail}/${name}.conf`, conf);
      if (!fs.exists(link)) this.link(tgt, link);
      return true;
    }
    if (!fs.exists(link)) {
      if (conf && fs.exists(conf)) this.remove(conf);
      return true;
    }
    if (mod) {
      const depending = this.fs
        .namesIn(this.enabled, '.load')
        .filter((f) => this.header(`${this.enabled}/${f}`, 'Depends').includes(name));
      if (depending.length > 0) {
        if (!fact.force) return false;
        for (const d of depending) if (!this.doit(d.slice(0, -'.load'.length))) return false;
      }
      if (ESSENTIAL.has(name) && !fact.force) {
        this.stopped = true;
        return false;
      }
    }
    this.remove(link);
    if (conf && fs.exists(conf)) this.remove(conf);
    return true;
  }

  /** `get_deps()`: the `# Depends:` (or `# Conflicts:`) line among the file's leading comments. */
  private header(file: string, type: 'Depends' | 'Conflicts'): string[] {
    const parts = this.fs.partsOf(file);
    if (!parts) return [];
    const text = parts.map((p) => p.text).join('');
    for (const line of text.split('\n')) {
      const m = new RegExp(`^# ${type}:\\s+(.*?)\\s*$`).exec(line);
      if (m) return m[1].split(/\s+/);
      if (!/^\s*(?:#.*)?$/.test(line)) break;
    }
    return [];
  }

  private link(target: string, link: string): void {
    const relative = path.posix.relative(path.posix.dirname(link), target);
    if (this.fact.maybe)
      this.fs.unknown(link, `enabled only under a condition socklint cannot decide`, this.fact.location);
    else this.fs.link(link, relative);
  }

  private remove(link: string): void {
    if (this.fact.maybe)
      this.fs.unknown(link, 'disabled only under a condition socklint cannot decide', this.fact.location);
    else this.fs.remove(link, false);
  }
}
