/**
 * The Unix sockets a unit's other programs create (systemd socket units, gunicorn, uWSGI),
 * found in the configuration files placed on the machine, and the socket each one creates on
 * this machine's accounts.
 */
import { normalizeDeployed } from './deployed-fs.js';
import type { DeploymentUnit } from './topology.js';
import type { MachineState } from './identities.js';
import {
  supervisordListeners,
  systemdListeners,
  uwsgiListeners,
  type AccountRef,
  type ListenerDecl,
  type SocketPlan,
} from '../parse/listeners/index.js';
import { principalOf, resolveGroup, resolveUser, type Principal } from '../verdict/identity.js';
import type { SocketState } from '../verdict/fpm-socket.js';
import type { DeployedFile } from '../model.js';

export interface Listener extends ListenerDecl {
  /** The absolute, normalised path. */
  socketPath: string;
}

const SYSTEMD = /^\/(?:etc|lib|usr\/lib)\/systemd\/system\/[^/]+\.(?:socket|service)$/;
const SUPERVISORD =
  /^\/etc\/(?:supervisor\/(?:conf\.d\/[^/]+|supervisord\.conf)|supervisord\.conf|supervisord\.d\/[^/]+)$/;
const UWSGI_SECTION = /^\s*\[uwsgi\]\s*$/m;

/** Every socket a program other than PHP-FPM declares in this unit's files, by path. */
export function unitListeners(unit: DeploymentUnit): Map<string, Listener> {
  const out = new Map<string, Listener>();
  for (const file of unit.fs.all()) {
    for (const decl of declarationsIn(file, unit.kind === 'unmapped')) {
      if (!decl.path.startsWith('/')) continue;
      const socketPath = normalizeDeployed(decl.path);
      const known = out.get(socketPath);
      // G4: a socket unit's socket is handed to the service it activates, whatever its flags say.
      if (known && known.creator.startsWith('systemd socket unit')) continue;
      out.set(socketPath, { ...decl, socketPath });
    }
  }
  return out;
}

function declarationsIn(f: DeployedFile, anywhere: boolean): ListenerDecl[] {
  const p = f.deployedPath;
  const name = p.replace(/^.*\//, '');
  if (SYSTEMD.test(p) || (anywhere && /\.(?:socket|service)$/.test(name))) return systemdListeners(f.file);
  if (SUPERVISORD.test(p) || (anywhere && /\[program:/.test(f.file.text)))
    return supervisordListeners(f.file);
  if (/\.ini$/.test(name) && UWSGI_SECTION.test(f.file.text)) return uwsgiListeners(f.file);
  return [];
}

/** The socket a listener creates, owner and group resolved on the machine's accounts. */
export function listenerSocket(state: MachineState, plan: SocketPlan): SocketState {
  const { db } = state;
  const user = (a: AccountRef | undefined): Principal | undefined =>
    a === undefined ? undefined : resolveUser(db, principalOf(a));
  const group = (a: AccountRef | undefined): Principal | undefined =>
    a === undefined ? undefined : resolveGroup(db, principalOf(a));
  const primary = (u: AccountRef | undefined): Principal | undefined => {
    const name = u === undefined ? undefined : db.users.get(u)?.primaryGroup;
    return name === undefined ? (u === undefined ? undefined : {}) : group(name);
  };
  const root = { name: 'root', id: 0 };
  const processUser = user(plan.process?.user) ?? root;
  const processGroup = group(plan.process?.group) ?? primary(plan.process?.user) ?? root;
  return {
    kind: 'socket',
    owner: user(plan.owner) ?? processUser,
    group: group(plan.group) ?? (plan.groupOfOwner ? (primary(plan.owner) ?? {}) : processGroup),
    mode: plan.mode,
    why: {
      owner: { because: plan.why.owner },
      group: { because: plan.why.group },
      mode: { because: plan.why.mode },
    },
    warnings: [],
  };
}
