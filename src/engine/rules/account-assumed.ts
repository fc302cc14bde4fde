/**
 * An account the configs use that nothing in the repository creates. On an open world (a host
 * tree, Ansible hosts, mapped files, an image on a base socklint does not know) it is assumed to
 * exist, once per account, at its first use; the verdicts still run with it.
 */
import type { Rule, RawFinding } from './rule.js';
import { inRepository } from './anchors.js';

export const accountAssumed: Rule = {
  id: 'account-assumed',
  level: 'notice',
  short:
    'A user or group the configuration uses is created by nothing in the repository; socklint assumes it exists.',
  full:
    'Accounts are often made outside the repository: by cloud-init, another role, a package or a base image. socklint then ' +
    'assumes the account exists, with an unknown uid and no memberships the repository does not show, and says so once per ' +
    'account. Declare it under users: or groups: in .socklint.yml to give its id and groups, or set accounts: complete when ' +
    'the repository creates every account, so that a missing one is an error.',
  tags: ['accounts'],
  check({ graph }) {
    // Where every address is TCP, no socket verdict rests on an account: saying so is noise.
    const tcpOnly =
      graph.links.every((l) => l.client.target.kind === 'tcp') &&
      graph.fpm.every((f) => f.config.pools.every((p) => p.listen?.address.kind === 'tcp'));
    if (tcpOnly) return [];
    return graph.state.assumed.flatMap((a): RawFinding[] => {
      if (!inRepository(a.location)) return [];
      const namedGroup = a.use.includes('named like the user')
        ? `; nginx's \`user ${a.name};\` without a group sets the group named ${a.name} (N3), so if the machine has no such group nginx does not start`
        : '';
      return [
        {
          rule: 'account-assumed',
          location: a.location,
          message:
            `${a.kind} ${a.name} (${a.use}) is created by nothing in the repository: assumed to exist on ${graph.unit.id}, ` +
            `with an unknown ${a.kind === 'user' ? 'uid' : 'gid'}${a.kind === 'user' ? ' and in no group the repository does not show' : ' and no members the repository does not show'}` +
            `${namedGroup}. Declare it under ${a.kind}s: in .socklint.yml, or set accounts: complete if the repository creates every account`,
          related: [],
          identity: [a.kind, a.name],
          unit: graph.unit.id,
        },
      ];
    });
  },
};
