/** One-line explanations of permission decisions and connect() verdicts. */
import type { SocketState } from './fpm-socket.js';
import { showPrincipal } from './identity.js';
import {
  formatMode,
  type AclEntry,
  type ConnectResult,
  type Creds,
  type InodePerms,
  type Permission,
} from './kernel.js';

export { formatMode };

/** 6 → `rw-`. */
export function formatBits(bits: number): string {
  return (bits & 4 ? 'r' : '-') + (bits & 2 ? 'w' : '-') + (bits & 1 ? 'x' : '-');
}

/** `www-data (groups: www-data, 3000)`. */
export function describeCreds(c: Creds): string {
  return `${showPrincipal(c.user)} (groups: ${c.groups.map(showPrincipal).join(', ') || 'none'})`;
}

/** `root:www-data 0660`, with `+acl` when an extended ACL applies. */
export function describeInode(n: InodePerms): string {
  return `${showPrincipal(n.owner)}:${showPrincipal(n.group)} ${formatMode(n.mode)}${n.acl ? ' +acl' : ''}`;
}

/** `user:www-data:rw-`. */
export function formatAclEntry(e: AclEntry): string {
  const tag =
    e.tag === 'user_obj' || e.tag === 'user'
      ? 'user'
      : e.tag === 'group_obj' || e.tag === 'group'
        ? 'group'
        : e.tag;
  return `${tag}:${e.who ? showPrincipal(e.who) : ''}:${formatBits(e.perm)}`;
}

/**
 * The socket FPM creates and where each attribute came from, e.g. `root:www-data 0660 (owner: no
 * listen.owner: the master's user root; group: listen.group = www-data; mode: …)`.
 */
export function explainSocketState(s: SocketState): string {
  const parts = [
    `owner: ${s.why.owner.because}`,
    `group: ${s.why.group.because}`,
    `mode: ${s.why.mode.because}`,
  ];
  if (s.why.acl) parts.push(`ACL: ${s.why.acl.because} (${s.acl!.map(formatAclEntry).join(',')})`);
  return `${describeInode(s)} (${parts.join('; ')})`;
}

/** Why the kernel allows or denies, e.g. `not the owner, not in group root, other has no write`. */
export function explainPermission(c: Creds, n: InodePerms, p: Permission): string {
  const who = showPrincipal(c.user);
  const want = p.want;
  const mode = formatMode(n.mode);
  const bits = p.bits ?? 0;
  const verb = p.allowed === true ? `allow ${want}` : 'deny';
  if (p.allowed === 'unknown') return `cannot tell ${p.unknowns.join(', nor ')}`;
  if (!p.decidedBy) {
    return `${p.allowed ? 'allowed' : 'denied'} whichever class applies (unknown: ${p.unknowns.join('; ')})`;
  }
  switch (p.decidedBy) {
    case 'dac-override':
      return `${who} is root with CAP_DAC_OVERRIDE, which bypasses the mode`;
    case 'owner':
      return p.allowed
        ? `${who} owns it and mode ${mode} gives the owner ${want}`
        : `owner class denies: ${who} owns it but mode ${mode} gives the owner no ${want}`;
    case 'group':
      return `not the owner; in group ${showPrincipal(p.viaGroup!)}, whose bits (${mode} → ${formatBits(bits)}) ${verb}${
        p.allowed ? '' : ', so other is not consulted'
      }`;
    case 'other':
      if (p.groupBitsEqualOther) {
        return p.allowed
          ? `not the owner; group and other both allow ${want} (${mode})`
          : `not the owner, and neither group nor other has ${want} (${mode})`;
      }
      return `not the owner, not in group ${showPrincipal(n.group)}, other ${p.allowed ? `allows ${want}` : `has no ${want}`}`;
    case 'acl-user':
      return `ACL entry ${formatAclEntry(p.entry!)} with mask ${formatBits(p.mask!)} ${p.allowed ? `allows ${want}` : `gives no ${want}`}`;
    case 'acl-group':
      return p.allowed
        ? `not the owner; in group ${showPrincipal(p.viaGroup!)}, ACL entry ${formatAclEntry(p.entry!)} with mask ${formatBits(p.mask!)} allows ${want}`
        : p.entry
          ? `not the owner; in group ${showPrincipal(p.viaGroup!)}, ACL entry ${formatAclEntry(p.entry)} is cut by mask ${formatBits(p.mask!)}, so no ${want}`
          : `not the owner; in group ${showPrincipal(p.viaGroup!)}, but no matching ACL group entry grants ${want}, so other is not consulted`;
    case 'acl-other':
      return `not the owner, no ACL user or group entry matches, other ${p.allowed ? `allows ${want}` : `has no ${want}`}`;
  }
}

/**
 * The verdict in one line, e.g. `nginx worker www-data (groups: www-data) cannot write
 * /run/php/app.sock (root:root 0660): not the owner, not in group root, other has no write`.
 */
export function explainConnect(
  c: Creds,
  socketPath: string,
  r: ConnectResult,
  subject = 'nginx worker',
): string {
  const client = `${subject} ${describeCreds(c)}`;
  const d = r.decision;
  if (d?.kind === 'directory') {
    const dir = `directory ${d.path} (${describeInode(d.inode!)})`;
    const reason = explainPermission(c, d.inode!, d.permission!);
    if (r.verdict === 'EACCES') {
      return `${client} cannot reach ${socketPath}: ${dir} denies search to ${showPrincipal(c.user)} (${reason})`;
    }
    return `${client} may or may not reach ${socketPath}: for ${dir}, ${reason}`;
  }
  if (r.verdict === 'ENOENT') return `${client} cannot connect to ${socketPath}: no socket is created there`;
  const sock = `${socketPath} (${describeInode(d!.inode!)})`;
  const reason = explainPermission(c, d!.inode!, d!.permission!);
  switch (r.verdict) {
    case 'OK':
      return `${client} can write ${sock}: ${reason}`;
    case 'EACCES':
      return `${client} cannot write ${sock}: ${reason}`;
    case 'ECONNREFUSED':
      return `${client} can write ${sock}, but it is a stale socket nobody listens on: connection refused`;
    default:
      return `${client} may or may not write ${sock}: ${reason}`;
  }
}
