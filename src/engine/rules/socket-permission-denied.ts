/** The nginx worker cannot write the socket FPM creates (K2, K3, F2-F7). */
import type { Rule, RawFinding } from './rule.js';
import { withAssumptions } from '../knowledge.js';
import {
  clientSide,
  inRepository,
  poolLocation,
  related,
  settingLocation,
  uniqueRelated,
} from './anchors.js';
import type { Evaluation } from './evaluate.js';
import type { Listener } from '../resolve/listeners.js';

export const socketPermissionDenied: Rule = {
  id: 'socket-permission-denied',
  level: 'error',
  short: 'The web server worker cannot write the PHP-FPM socket it connects to.',
  full:
    'connect() to a Unix socket needs write permission on the socket inode for the worker user. ' +
    'The owner class decides when the worker owns the socket, even when it denies; then the group class; then other. ' +
    'nginx answers 502 with "connect() ... failed (13: Permission denied)".',
  tags: ['security', 'correctness', 'php-fpm', 'nginx'],
  securitySeverity: '5.0',
  check({ graph, evaluations }) {
    return evaluations
      .filter((e) => e.verdict === 'permission-denied')
      .flatMap((e): RawFinding[] => {
        const { target, listener } = e.link;
        const anchor = target ? anchorOf(e) : listener && listenerAnchor(e, listener);
        const clientLoc = e.link.client.location;
        const location = anchor ?? (inRepository(clientLoc) ? clientLoc : undefined);
        if (!location) return [];
        const why = e.socket!.why;
        return [
          {
            rule: 'socket-permission-denied',
            location,
            message: withAssumptions(e.reason, e.assumptions),
            related: uniqueRelated([
              ...(location === clientLoc ? [] : clientSide(e)),
              ...related(
                target ? poolLocation(target.pool) : listener?.location,
                `${target ? `pool [${target.pool.name}]` : listener!.creator} creates ${e.link.path} (owner: ${why.owner.because}; group: ${why.group.because}; mode: ${why.mode.because})`,
              ),
              ...membershipLines(e),
            ]).filter(
              (r) => !(r.file === location.file && r.line === location.line && r.column === location.column),
            ),
            identity: [
              target?.pool.name ?? listener!.creator,
              e.link.path!,
              e.link.client.location.file,
              e.link.client.directive,
            ],
            unit: graph.unit.id,
            socket: e.link.path,
          },
        ];
      });
  },
};

/** As for a pool: the mode line when the owner or group class denies, else the group or owner line. */
function listenerAnchor(e: Evaluation, listener: Listener) {
  const decided = e.connect?.decision?.permission?.decidedBy;
  const s = listener.settings ?? {};
  if (decided === 'owner' || decided === 'group') return s.mode ?? listener.location;
  return s.group ?? s.owner ?? s.mode ?? listener.location;
}

/** The line whose value decides: the mode when the owner or group class denies, else the ownership lines. */
function anchorOf(e: Evaluation) {
  const pool = e.link.target!.pool;
  const decided = e.connect?.decision?.permission?.decidedBy;
  const mode = settingLocation(pool, 'listen.mode');
  if ((decided === 'owner' || decided === 'group') && mode) return mode;
  if (decided === 'acl-user' || decided === 'acl-group' || decided === 'acl-other') {
    return (
      settingLocation(pool, 'listen.acl_users') ??
      settingLocation(pool, 'listen.acl_groups') ??
      poolLocation(pool)
    );
  }
  return settingLocation(pool, 'listen.group') ?? settingLocation(pool, 'listen.owner') ?? poolLocation(pool);
}

function membershipLines(e: Evaluation) {
  const origin = e.worker?.why.group.origin;
  return origin?.kind === 'source'
    ? related(origin.location, `the workers' group: ${e.worker!.why.group.because}`)
    : [];
}
