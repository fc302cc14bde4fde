/**
 * Classification of repository files by name and, for configuration files, by content: an
 * FPM pool is a pool whatever its extension (`.conf`, `.ini`, `.conf.j2`, none). Each check
 * looks at a bounded prefix with a few regexes or one linear scan, so that 20,000 files
 * classify quickly.
 */
import { posix } from 'node:path';
import type { Classification } from './classification.js';
import { sniffFpm } from './sniff-fpm.js';
import { sniffNginx } from './sniff-nginx.js';

/** How much of a file the content checks look at. */
const PREFIX_CHARS = 32 * 1024;

/**
 * Suffixes of templates whose output is the file without them (`pool.conf.j2` → `pool.conf`,
 * a panel's `site.stpl`, an installer's `php.mustache`, a buildpack's `nginx.conf.php`).
 */
const TEMPLATE_SUFFIX =
  /\.(?:j2|jinja2?|tpl|stpl|tmpl|template|mustache|erb|dist|example|sample|orig|default)$|(?<=\.conf)\.php$/i;
const DOCKERFILE_NAME = /^(?:docker|container)file(?:\.[^.]+)*$|\.(?:docker|container)file$/i;
/** Source code and documents, where a `server {` is an example, not a config. */
const NOT_CONFIG =
  /\.(?:md|markdown|rst|adoc|html?|xml|svg|css|scss|less|m?js|cjs|tsx?|jsx|json|php|phtml|py|rb|go|rs|java|kt|c|h|cc|cpp|hpp|cs|swift|lock|csv|tsv|sql|log|map|twig|vue|png|jpe?g|gif|ico|pdf)$/i;
const SHELL_SHEBANG = /^#![ \t]*\S*(?:\/|\/env[ \t]+(?:-\S+[ \t]+)*)(?:ba|da|a|k|z|mk)?sh(?:[ \t]|$)/;
const YAML = /\.ya?ml$/i;

export function classify(path: string, text: string): Classification {
  return byName(path) ?? byContent(path, text);
}

/**
 * The kind of a file whose name says it is source code, a document or media: such a file is
 * never configuration, so discovery does not even read it (its text is read if ever asked for).
 */
export function otherByName(path: string): Classification | undefined {
  const decided = byName(path);
  return decided?.kind === 'other' ? decided : undefined;
}

/** What the name alone decides. */
export function byName(path: string): Classification | undefined {
  const name = posix.basename(path);
  const base = name.replace(TEMPLATE_SUFFIX, '');
  if (/^\.socklint\.ya?ml$/i.test(name)) return { kind: 'socklint-config', reason: 'named .socklint.yml' };
  if (DOCKERFILE_NAME.test(name) && !NOT_CONFIG.test(name))
    return { kind: 'dockerfile', reason: 'named like a Dockerfile' };
  if (/\.(?:service|socket)$/i.test(base))
    return { kind: 'systemd', reason: `a systemd ${base.replace(/^.*\./, '.')} unit` };
  if (/(?:^|\/)tmpfiles\.d\/[^/]+\.conf$/i.test(path.replace(TEMPLATE_SUFFIX, ''))) {
    return { kind: 'tmpfiles', reason: 'a .conf file in a tmpfiles.d directory' };
  }
  if (/\.(?:sh|bash)$/i.test(base)) return { kind: 'shell', reason: `named *${base.replace(/^.*\./, '.')}` };
  if (NOT_CONFIG.test(base)) return { kind: 'other', reason: `a ${base.replace(/^.*\./, '.')} file` };
  return undefined;
}

function byContent(path: string, text: string): Classification {
  const base = posix.basename(path).replace(TEMPLATE_SUFFIX, '');
  const head = text.slice(0, PREFIX_CHARS);
  const firstLine = head.slice(0, head.indexOf('\n') === -1 ? undefined : head.indexOf('\n'));
  if (SHELL_SHEBANG.test(firstLine)) return { kind: 'shell', reason: 'has a shell #! line' };
  if (YAML.test(base))
    return classifyYaml(head) ?? { kind: 'other', reason: 'YAML that is not an Ansible task list' };
  return (
    sniffFpm(head) ??
    sniffNginx(head) ?? { kind: 'other', reason: 'no nginx, PHP-FPM or provisioning content found' }
  );
}

const PLAY_KEYS = /^\s*-?\s*(hosts|tasks|pre_tasks|post_tasks|roles|import_playbook)\s*:/m;
const TASK_MODULE =
  /^\s*-?\s*((?:ansible\.(?:builtin|posix|legacy)|community\.general)\.\w+|template|copy|user|group|file|apt|yum|dnf|apk|package|service|systemd|command|shell|lineinfile|blockinfile|replace|include_tasks|import_tasks|include_role|import_role|set_fact|debug|block)\s*:/m;

/** Ansible playbooks and task files are YAML lists (compose files, workflows and vars are maps). */
function classifyYaml(head: string): Classification | undefined {
  const first = /^(?!\s*(?:#|---|%|$)).*$/m.exec(head)?.[0];
  if (!first || !/^-(?:\s|$)/.test(first)) return undefined;
  const play = PLAY_KEYS.exec(head);
  if (play) return { kind: 'ansible', reason: `an Ansible playbook (has ${play[1]}:)` };
  const task = TASK_MODULE.exec(head);
  if (task) return { kind: 'ansible', reason: `a list of Ansible tasks (uses ${task[1]}:)` };
  return undefined;
}
