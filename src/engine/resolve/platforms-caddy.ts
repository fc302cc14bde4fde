/**
 * How Caddy is installed and run. Sources:
 * - Debian 12's caddy 2.6.2: the installed `/lib/systemd/system/caddy.service` (User=caddy,
 *   Group=caddy, PrivateTmp=true) and the package's postinst, which creates the system user
 *   `caddy` and adds it to `www-data` (semantics W4, checked with a running caddy);
 * - the official image (caddyserver/caddy-docker, e.g. `2.11/alpine/Dockerfile`): no `USER`, so
 *   Caddy runs as root (K9), `WORKDIR /srv`, `caddy run --config /etc/caddy/Caddyfile`.
 */
import type { Group, IdentityDb } from '../model.js';
import type { CaddyVersion } from '../parse/caddy/lexer.js';
import type { Origin } from '../types.js';
import type { BuiltinFile } from '../platforms/types.js';

export interface CaddyFlavour {
  description: string;
  /** What the Caddyfile is read as: 2.6, or the current syntax (heredocs, `{args[N]}`). */
  version: CaddyVersion;
  mainPath: string;
  /** The systemd unit the package ships; the repository's drop-ins apply on top of it. */
  unit?: BuiltinFile;
  /** A container: its working directory; the process is root unless the Dockerfile sets USER. */
  container?: { workingDirectory: string };
  /** Accounts the package creates: name, primary group, and the groups that list it. */
  accounts: { user: string; group: string; memberOf: string[] }[];
  /** Whether Caddy's environment is known (systemd gives it none the Caddyfile uses; a container may get any). */
  environmentComplete: boolean;
}

/** /lib/systemd/system/caddy.service of Debian 12's caddy, comments dropped. */
const DEBIAN_CADDY_UNIT = `[Unit]
Description=Caddy
Documentation=https://caddyserver.com/docs/
After=network.target network-online.target
Requires=network-online.target

[Service]
Type=notify
User=caddy
Group=caddy
ExecStart=/usr/bin/caddy run --environ --config /etc/caddy/Caddyfile
ExecReload=/usr/bin/caddy reload --config /etc/caddy/Caddyfile --force
TimeoutStopSec=5s
LimitNOFILE=1048576
LimitNPROC=512
PrivateTmp=true
ProtectSystem=full
AmbientCapabilities=CAP_NET_BIND_SERVICE

[Install]
WantedBy=multi-user.target
`;

export function debianCaddy(): CaddyFlavour {
  return {
    description: "Debian's caddy package",
    version: '2.6',
    mainPath: '/etc/caddy/Caddyfile',
    unit: { deployedPath: '/lib/systemd/system/caddy.service', text: DEBIAN_CADDY_UNIT },
    // The uid and gid are system ids picked at install time: names only.
    accounts: [{ user: 'caddy', group: 'caddy', memberOf: ['www-data'] }],
    environmentComplete: true,
  };
}

export function caddyImage(image: string): CaddyFlavour {
  return {
    description: `the ${image} image`,
    version: /^caddy:2\.[0-6](\.|-|$)/.test(image) ? '2.6' : 'current',
    mainPath: '/etc/caddy/Caddyfile',
    container: { workingDirectory: '/srv' },
    accounts: [],
    environmentComplete: false,
  };
}

/** The machine's accounts with those the package creates (when the machine has not got them already). */
export function withCaddyAccounts(db: IdentityDb, flavour: CaddyFlavour): IdentityDb {
  const origin: Origin = { kind: 'default', description: `created by ${flavour.description}` };
  const users = new Map(db.users);
  const groups = new Map<string, Group>(
    [...db.groups].map(([name, g]) => [name, { ...g, members: [...g.members] }]),
  );
  for (const account of flavour.accounts) {
    if (!users.has(account.user))
      users.set(account.user, { name: account.user, primaryGroup: account.group, origin });
    if (!groups.has(account.group)) groups.set(account.group, { name: account.group, members: [], origin });
    for (const name of account.memberOf) {
      const group = groups.get(name);
      if (group && !group.members.includes(account.user)) group.members.push(account.user);
    }
  }
  return { ...db, users, groups };
}
