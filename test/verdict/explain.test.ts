import { describe, expect, it } from '@jest/globals';
import {
  describeInode,
  explainConnect,
  explainSocketState,
  formatBits,
  formatMode,
} from '../../src/engine/verdict/explain.js';
import { fpmSocket } from '../../src/engine/verdict/fpm-socket.js';
import { connectVerdict } from '../../src/engine/verdict/kernel.js';
import type { Creds, SocketInode } from '../../src/engine/verdict/kernel.js';
import { creds, debian, dir, dirsOf } from './fixtures.js';

const PATH = '/run/php/app.sock';
const www = { name: 'www-data', id: 33 };
const root = { name: 'root', id: 0 };
const worker: Creds = { user: www, group: www, groups: [www], dacOverride: false };

function line(c: Creds, socket: SocketInode | undefined, dirs = dirsOf()): string {
  return explainConnect(c, PATH, connectVerdict(c, PATH, socket, dirs, { directoryDb: debian }));
}

describe('formatting', () => {
  it('modes are 4-digit octal, bits as rwx', () => {
    expect(formatMode(0o660)).toBe('0660');
    expect(formatMode(0o2755)).toBe('2755');
    expect(formatMode(0)).toBe('0000');
    expect(formatBits(6)).toBe('rw-');
    expect(formatBits(1)).toBe('--x');
  });
  it('an inode: owner:group mode', () => {
    expect(describeInode({ owner: { id: 33 }, group: root, mode: 0o660 })).toBe('33:root 0660');
  });
});

describe('explainConnect', () => {
  it('other class denies', () => {
    expect(line(worker, { owner: root, group: root, mode: 0o660 })).toBe(
      'nginx worker www-data (groups: www-data) cannot write /run/php/app.sock (root:root 0660): not the owner, not in group root, other has no write',
    );
  });
  it('other class allows', () => {
    expect(line(worker, { owner: root, group: root, mode: 0o646 })).toBe(
      'nginx worker www-data (groups: www-data) can write /run/php/app.sock (root:root 0646): not the owner, not in group root, other allows write',
    );
  });
  it('owner class allows', () => {
    expect(line(worker, { owner: www, group: www, mode: 0o660 })).toBe(
      'nginx worker www-data (groups: www-data) can write /run/php/app.sock (www-data:www-data 0660): www-data owns it and mode 0660 gives the owner write',
    );
  });
  it('owner class denies', () => {
    expect(line(worker, { owner: www, group: www, mode: 0o060 })).toBe(
      'nginx worker www-data (groups: www-data) cannot write /run/php/app.sock (www-data:www-data 0060): owner class denies: www-data owns it but mode 0060 gives the owner no write',
    );
  });
  it('group class denies, other not consulted', () => {
    expect(line(worker, { owner: root, group: www, mode: 0o606 })).toBe(
      'nginx worker www-data (groups: www-data) cannot write /run/php/app.sock (root:www-data 0606): not the owner; in group www-data, whose bits (0606 → ---) deny, so other is not consulted',
    );
  });
  it('group class allows', () => {
    expect(line(worker, { owner: root, group: www, mode: 0o660 })).toBe(
      'nginx worker www-data (groups: www-data) can write /run/php/app.sock (root:www-data 0660): not the owner; in group www-data, whose bits (0660 → rw-) allow write',
    );
  });
  it('group and other agree', () => {
    expect(line(worker, { owner: root, group: root, mode: 0o600 })).toBe(
      'nginx worker www-data (groups: www-data) cannot write /run/php/app.sock (root:root 0600): not the owner, and neither group nor other has write (0600)',
    );
  });
  it('a directory denies search', () => {
    expect(line(worker, { owner: www, group: www, mode: 0o660 }, dirsOf(dir('/run/php', 0o700)))).toBe(
      'nginx worker www-data (groups: www-data) cannot reach /run/php/app.sock: directory /run/php (root:root 0700) denies search to www-data (not the owner, and neither group nor other has search (0700))',
    );
  });
  it('a directory denies search through its group', () => {
    expect(
      line(
        worker,
        { owner: www, group: www, mode: 0o660 },
        dirsOf(dir('/run/php', 0o705, 'root', 'www-data')),
      ),
    ).toBe(
      'nginx worker www-data (groups: www-data) cannot reach /run/php/app.sock: directory /run/php (root:www-data 0705) denies search to www-data (not the owner; in group www-data, whose bits (0705 → ---) deny, so other is not consulted)',
    );
  });
  it('an ACL user entry', () => {
    const s: SocketInode = {
      owner: root,
      group: root,
      mode: 0o660,
      acl: [
        { tag: 'user_obj', perm: 6 },
        { tag: 'user', who: www, perm: 6 },
        { tag: 'group_obj', perm: 6 },
        { tag: 'mask', perm: 6 },
        { tag: 'other', perm: 0 },
      ],
    };
    expect(line(worker, s)).toBe(
      'nginx worker www-data (groups: www-data) can write /run/php/app.sock (root:root 0660 +acl): ACL entry user:www-data:rw- with mask rw- allows write',
    );
  });
  it('root with CAP_DAC_OVERRIDE', () => {
    const rootWorker: Creds = { user: root, group: root, groups: [root], dacOverride: true };
    expect(line(rootWorker, { owner: www, group: www, mode: 0 })).toBe(
      'nginx worker root (groups: root) can write /run/php/app.sock (www-data:www-data 0000): root is root with CAP_DAC_OVERRIDE, which bypasses the mode',
    );
  });
  it('no socket', () => {
    expect(line(worker, undefined)).toBe(
      'nginx worker www-data (groups: www-data) cannot connect to /run/php/app.sock: no socket is created there',
    );
  });
  it('a stale socket', () => {
    expect(line(worker, { owner: www, group: www, mode: 0o660, stale: true })).toBe(
      'nginx worker www-data (groups: www-data) can write /run/php/app.sock (www-data:www-data 0660), but it is a stale socket nobody listens on: connection refused',
    );
  });
  it('an undecidable comparison', () => {
    const named: Creds = {
      user: { name: 'app' },
      group: { name: 'app' },
      groups: [{ name: 'app' }],
      dacOverride: false,
    };
    expect(line(named, { owner: { id: 1000 }, group: root, mode: 0o600 })).toBe(
      'nginx worker app (groups: app) may or may not write /run/php/app.sock (1000:root 0600): cannot tell whether app is the owner 1000',
    );
  });
  it('numbers when names are unknown', () => {
    expect(line(creds(101, 101), { owner: root, group: root, mode: 0o660 })).toBe(
      'nginx worker 101 (groups: 101) cannot write /run/php/app.sock (root:root 0660): not the owner, not in group root, other has no write',
    );
  });
});

describe('explainSocketState', () => {
  it('says where each attribute came from', () => {
    const s = fpmSocket({
      pool: 'www',
      path: '/run/php/app.sock',
      settings: { 'listen.group': 'www-data' },
      db: debian,
      aclSupport: true,
    });
    expect(s.kind === 'socket' && explainSocketState(s)).toBe(
      "root:www-data 0660 (owner: no listen.owner: the master's user root; group: listen.group = www-data; mode: no listen.mode: default 0660)",
    );
  });
  it('lists the ACL FPM wrote', () => {
    const s = fpmSocket({
      pool: 'www',
      path: '/run/php/app.sock',
      settings: { 'listen.acl_users': 'www-data' },
      db: debian,
      aclSupport: true,
    });
    expect(s.kind === 'socket' && explainSocketState(s)).toBe(
      "root:root 0660 +acl (owner: listen.acl_* is set, so listen.owner and listen.group are ignored: the master's user root; " +
        "group: listen.acl_* is set, so listen.owner and listen.group are ignored: the master's group root; mode: no listen.mode: default 0660; " +
        'ACL: listen.acl_users = www-data (user::rw-,user:www-data:rw-,group::rw-,mask::rw-,other::---))',
    );
  });
});
