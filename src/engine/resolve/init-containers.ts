/**
 * Init containers that prepare a pod's shared volumes: `sh -c "chown 82:82 /sock && chmod 0770
 * /sock"` runs to completion before the pod's containers start, after the kubelet set the volume
 * up (fsGroup included), so the directory each container mounts has the owner and mode the script
 * leaves. Names resolve in the init container's own image; what cannot be told (a name that
 * image does not number, a symbolic mode, a command that may not run) leaves the directory
 * unknown, with the reason.
 */
import { posix } from 'node:path';
import type { KubeContainer, KubeWorkload } from '../parse/kubernetes/types.js';
import type { Fact } from '../parse/provision/facts.js';
import { interpretFile } from '../parse/provision/shell-interpreter.js';
import type { Location, Note } from '../types.js';
import { platformOfImage } from '../platforms/images.js';

/** A volume's root after the init containers: the ids and mode they set, or why it is unknown. */
export type PreparedVolume =
  | { uid?: number; gid?: number; mode?: number; chmodBy?: ChmodKind; steps: string[] }
  | { unknown: string; steps: string[] };

/**
 * A numeric chmod of a directory: GNU chmod keeps its setgid bit unless the mode has five
 * digits (coreutils manual, "Directories and the Set-User-ID and Set-Group-ID Bits"); BusyBox's
 * passes the mode to chmod(2), which clears it.
 */
export type ChmodKind = 'gnu' | 'busybox' | 'unknown';

function chmodOf(init: KubeContainer): ChmodKind {
  const ref = init.image?.value ?? '';
  if (/^(?:docker\.io\/)?(?:library\/)?(?:busybox|alpine)(?::|@|$)/.test(ref)) return 'busybox';
  if (/^(?:docker\.io\/)?(?:library\/)?(?:debian|ubuntu)(?::|@|$)/.test(ref)) return 'gnu';
  return 'unknown';
}

/**
 * The directory's mode after a numeric chmod, or undefined when that depends on which chmod ran:
 * a setgid directory (fsGroup) chmodded with four digits by an unknown chmod.
 */
export function modeAfterChmod(before: number, mode: number, by: ChmodKind | undefined): number | undefined {
  if (!(before & 0o2000) || mode & 0o7000 || by === 'busybox') return mode;
  return by === 'gnu' ? mode | (before & 0o6000) : undefined;
}

/** What the init containers of a pod do to the roots of its volumes, by volume name. */
export function preparedVolumes(workload: KubeWorkload): Map<string, PreparedVolume> {
  const out = new Map<string, PreparedVolume>();
  for (const init of workload.pod.initContainers) {
    if (!init.script) continue;
    const facts: Fact[] = [];
    interpretFile(init.script, { facts, notes: [] as Note[] });
    for (const fact of facts) {
      if (fact.kind !== 'chown' && fact.kind !== 'chmod') continue;
      const volume = volumeAt(init, fact.path);
      if (!volume) continue;
      const before = out.get(volume) ?? { steps: [] };
      out.set(
        volume,
        applied(before, fact, init, init.script.derived?.locate(fact.location) ?? fact.location),
      );
    }
  }
  return out;
}

/** The volume whose root an init container mounts at this path (whole, without subPath). */
function volumeAt(init: KubeContainer, path: string): string | undefined {
  const at = posix.normalize(path).replace(/(.)\/+$/, '$1');
  return init.volumeMounts.find((m) => !m.subPath && !m.subPathExpr && m.mountPath === at)?.volume;
}

function applied(
  before: PreparedVolume,
  fact: Extract<Fact, { kind: 'chown' | 'chmod' }>,
  init: KubeContainer,
  at: Location,
): PreparedVolume {
  const where = `${at.file}:${at.line}`;
  const step =
    fact.kind === 'chown'
      ? `init container ${init.name} runs chown ${[fact.owner, fact.group].filter(Boolean).join(':')} (${where})`
      : `init container ${init.name} runs chmod ${typeof fact.mode === 'number' ? fact.mode.toString(8).padStart(4, '0') : fact.mode} (${where})`;
  const steps = [...before.steps, step];
  if ('unknown' in before) return { unknown: before.unknown, steps };
  const unknown = (reason: string): PreparedVolume => ({ unknown: `${reason} (${where})`, steps });
  if (fact.maybe) return unknown(`whether init container ${init.name}'s ${fact.kind} runs is not known`);
  if (fact.kind === 'chmod') {
    if (typeof fact.mode !== 'number') return unknown(`chmod ${fact.mode} is symbolic`);
    return { ...before, mode: fact.mode, chmodBy: chmodOf(init), steps };
  }
  const accounts = platformOfImage(init.image?.value ?? '')?.base;
  const uid = fact.owner === undefined ? before.uid : idOf(fact.owner, accounts?.users);
  const gid = fact.group === undefined ? before.gid : idOf(fact.group, accounts?.groups);
  const missing = [
    ...(fact.owner !== undefined && uid === undefined ? [`user ${fact.owner}`] : []),
    ...(fact.group !== undefined && gid === undefined ? [`group ${fact.group}`] : []),
  ];
  if (missing.length > 0)
    return unknown(
      `${missing.join(' and ')} of init container ${init.name}'s chown ${accounts ? `has no id in ${init.image!.value}` : `is named in an image socklint does not know (${init.image?.value ?? 'none'})`}`,
    );
  return { ...before, uid, gid, steps };
}

/** A number, or the id a name has in the image's /etc/passwd or /etc/group. */
function idOf(
  spec: string,
  table: Record<string, [number | undefined, unknown]> | undefined,
): number | undefined {
  if (/^\d+$/.test(spec)) return Number(spec);
  return table?.[spec]?.[0];
}
