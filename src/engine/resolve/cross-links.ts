/**
 * Sockets across containers: a client whose socket path lies in a directory its container shares
 * with another (a named volume, one host directory, `volumes_from`) reaches the pool that listens
 * at the same place in the other container (`mapPath`). Each shared directory's root gets the
 * owner and mode it has when the containers start, in numbers (only numbers are the same on both
 * sides, semantics D6).
 */
import { posix } from 'node:path';
import type { DirectoryFact, IdentityDb } from '../model.js';
import { principalOf, resolveGroup, resolveUser } from '../verdict/identity.js';
import { normalizeDeployed } from './deployed-fs.js';
import { poolSocketPath, type Link, type PoolTarget, type UnitGraph } from './graph.js';
import { mapPath, type ContainerMount } from './shared-dirs.js';

export function linkAcrossContainers(graphs: UnitGraph[]): void {
  const groups = new Map<string, UnitGraph[]>();
  for (const g of graphs) {
    const group = g.unit.container?.group;
    if (group !== undefined) groups.set(group, [...(groups.get(group) ?? []), g]);
  }
  for (const members of groups.values()) {
    addMountDirectories(members);
    for (const graph of members) {
      graph.peers = members.filter((m) => m !== graph);
      for (const link of graph.links) {
        noteTcpPeer(graph, link);
        if (!link.path?.startsWith('/') || link.target || link.listener) continue;
        for (const peer of graph.peers) {
          const mapped = mapPath(graph.unit.container!.mounts, link.path, peer.unit.container!.mounts);
          if (!mapped) continue;
          const path = normalizeDeployed(mapped.path);
          link.across = {
            peer,
            path,
            shared: mapped.mount.root.description,
            clientMount: mapped.from.target,
            peerMount: mapped.mount.target,
          };
          const target = poolAt(peer, path);
          if (target) {
            link.target = target;
            break;
          }
        }
      }
    }
  }
}

/** `fastcgi_pass php:9000` to another service goes over the network, which is not a socket permission. */
function noteTcpPeer(graph: UnitGraph, link: Link): void {
  const target = link.client.target;
  if (target.kind !== 'tcp') return;
  const host = target.address.replace(/:\d+$/, '');
  const peer = graph.peers?.find((p) => p.unit.container?.name === `service ${host}`);
  if (!peer) return;
  graph.unit.notes.push({
    level: 'notice',
    code: 'tcp-to-container',
    message: `${link.client.directive} ${target.address} reaches ${peer.unit.container!.name} over TCP, not through a Unix socket: no file permission applies, so socklint does not check it`,
    location: link.client.location,
  });
}

function poolAt(graph: UnitGraph, path: string): PoolTarget | undefined {
  for (const fpm of graph.fpm)
    for (const pool of fpm.config.pools) if (poolSocketPath(pool) === path) return { pool, fpm };
  return undefined;
}

/**
 * The directory each mount puts in its container, as it is when the containers start. A named
 * or anonymous volume that is empty is filled from the image's directory at the mount target
 * (its owner and mode included); with no directory there, the engine creates it root:root 0755.
 * A tmpfs mount is 1777 root:root. A host directory has whatever owner and mode it has on the
 * host, which only `.socklint.yml` `directories:` can say.
 */
function addMountDirectories(members: UnitGraph[]): void {
  const planned: [UnitGraph, string, DirectoryFact][] = [];
  for (const graph of members) {
    for (const mount of graph.unit.container!.mounts.mounts) {
      const target = normalizeDeployed(mount.target);
      const declared = graph.state.directories.get(target);
      if (declared?.origin.kind === 'declared') continue;
      const set = graph.unit.container!.directories?.get(target);
      const fact = !set
        ? mountDirectory(mount, target, members)
        : 'unknown' in set
          ? unknownDirectory(target, set.unknown)
          : {
              ...numeric(target, set.mode, set.uid, set.gid, set.description),
              setgid: (set.mode & 0o2000) !== 0,
            };
      planned.push([graph, target, fact]);
    }
  }
  for (const [graph, target, fact] of planned) graph.state.directories.set(target, fact);
}

function mountDirectory(mount: ContainerMount, target: string, members: UnitGraph[]): DirectoryFact {
  const { root } = mount;
  if (root.id.startsWith('tmpfs:')) {
    return numeric(target, 0o1777, 0, 0, `docker mounts a tmpfs at ${mount.target} as root:root 1777`);
  }
  const volume = root.id.startsWith('volume:') || root.id.startsWith('anonymous:');
  if (!volume || mount.subPath !== '') {
    return unknownDirectory(
      target,
      `${root.description} has the owner and mode it has on the host, which the repository does not show`,
    );
  }
  // Copy-up: the images' directories at the targets where the volume is mounted whole.
  const images = members.flatMap((g) =>
    g.unit.container!.mounts.mounts.flatMap((m) => {
      if (m.root.id !== root.id || m.subPath !== '') return [];
      const at = normalizeDeployed(m.target);
      const dir = g.state.directories.get(at);
      return dir?.mode === undefined ? [] : [{ dir: inNumbers(dir, g.state.db), at, g }];
    }),
  );
  const first = images[0];
  if (!first) {
    return numeric(
      target,
      0o755,
      0,
      0,
      `${root.description} is empty and no image has a directory where it is mounted, so docker creates it root:root 0755`,
    );
  }
  const same = images.every(
    (i) =>
      i.dir.mode === first.dir.mode && i.dir.owner === first.dir.owner && i.dir.group === first.dir.group,
  );
  if (!same) {
    return {
      path: target,
      origin: {
        kind: 'assumed',
        description: `${root.description} is filled from the directory of whichever container starts first, and the images' directories differ`,
        declare: `declare ${target} under directories: in .socklint.yml`,
      },
    };
  }
  return {
    ...first.dir,
    path: target,
    origin: {
      kind: 'default',
      description: `${root.description} is filled from ${first.g.unit.container!.name}'s ${posix.normalize(first.at)} (${first.dir.owner}:${first.dir.group} ${first.dir.mode!.toString(8).padStart(4, '0')}) when it is first mounted`,
    },
  };
}

function unknownDirectory(path: string, description: string): DirectoryFact {
  return {
    path,
    origin: {
      kind: 'assumed',
      description,
      declare: `declare ${path} under directories: in .socklint.yml (mode, owner and group as numbers)`,
    },
  };
}

function numeric(path: string, mode: number, uid: number, gid: number, description: string): DirectoryFact {
  return { path, mode, owner: String(uid), group: String(gid), origin: { kind: 'default', description } };
}

/** A directory's owner and group as that container's /etc/passwd and /etc/group number them. */
function inNumbers(dir: DirectoryFact, db: IdentityDb): DirectoryFact {
  const owner = dir.owner === undefined ? undefined : resolveUser(db, principalOf(dir.owner)).id;
  const group = dir.group === undefined ? undefined : resolveGroup(db, principalOf(dir.group)).id;
  return {
    ...dir,
    owner: owner === undefined ? dir.owner : String(owner),
    group: group === undefined ? dir.group : String(group),
  };
}
