/** Every rule, in the order findings are listed for a socket. */
import type { Rule } from './rule.js';
import { accountAssumed } from './account-assumed.js';
import { fpmConfigInvalid } from './fpm-config-invalid.js';
import { nginxConfigInvalid } from './nginx-config-invalid.js';
import { apacheConfigInvalid } from './apache-config-invalid.js';
import { caddyConfigInvalid } from './caddy-config-invalid.js';
import { socketDirectoryDenied } from './socket-directory-denied.js';
import { socketModeInvalid } from './socket-mode-invalid.js';
import { socketOwnerIgnored } from './socket-owner-ignored.js';
import { socketOwnershipImplicit } from './socket-ownership-implicit.js';
import { socketPathMismatch } from './socket-path-mismatch.js';
import { socketPermissionDenied } from './socket-permission-denied.js';
import { socketTargetUnresolved } from './socket-target-unresolved.js';
import { socketWorldWritable } from './socket-world-writable.js';
import { suppressionInvalid } from './suppression-invalid.js';

export const RULES: Rule[] = [
  socketPermissionDenied,
  socketDirectoryDenied,
  socketPathMismatch,
  socketModeInvalid,
  nginxConfigInvalid,
  apacheConfigInvalid,
  caddyConfigInvalid,
  fpmConfigInvalid,
  socketWorldWritable,
  socketOwnershipImplicit,
  socketOwnerIgnored,
  socketTargetUnresolved,
  accountAssumed,
  suppressionInvalid,
];
