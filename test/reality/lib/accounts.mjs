// Creates and removes the users and groups a scenario declares.
//
// Safety rules: only names that start with the reserved prefix are created or deleted; existing
// accounts are used as they are. A membership line is replayed only when the user or the group is
// one of ours (the edit then lives in an entry we delete). Everything created is written to a
// journal first, so a run killed with SIGKILL is cleaned up by the next run.
import { readFileSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, sleep } from './exec.mjs';
import { RESERVED_PREFIX } from './setup-script.mjs';
import { checkAborting } from './abort.mjs';

const JOURNAL = join(tmpdir(), 'socklint-reality-accounts.journal');
const NAME_RE = /^[a-z_][a-z0-9_-]{0,30}$/;

/** Serialises every change to /etc/passwd and /etc/group (the shadow tools lock those files). */
let chain = Promise.resolve();
function serial(fn) {
  const p = chain.then(fn, fn);
  chain = p.catch(() => undefined);
  return p;
}

function readJournal() {
  try {
    return readFileSync(JOURNAL, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}
function journalAdd(entry) {
  writeFileSync(JOURNAL, [...readJournal(), entry].join('\n') + '\n');
}
function journalRemove(entry) {
  const rest = readJournal().filter((e) => e !== entry);
  if (rest.length) writeFileSync(JOURNAL, rest.join('\n') + '\n');
  else if (existsSync(JOURNAL)) unlinkSync(JOURNAL);
}

/** Run a shadow-utils command, retrying while another process holds the passwd/group lock. */
async function shadow(file, args) {
  // Creating is refused once interrupted; deleting must still work.
  if (file === 'useradd' || file === 'groupadd' || file === 'gpasswd') checkAborting();
  for (let attempt = 0; ; attempt++) {
    const r = await run(file, args, { timeoutMs: 15_000 });
    if (r.code === 0) return r;
    if (attempt < 20 && /lock|try again/i.test(r.stderr)) {
      await sleep(100 + attempt * 50);
      continue;
    }
    throw new Error(`${file} ${args.join(' ')}: ${r.stderr.trim() || `exit ${r.code}`}`);
  }
}

/** getent lookup: returns the fields or null. */
export async function getent(db, key) {
  const r = await run('getent', [db, String(key)], { timeoutMs: 5000 });
  return r.code === 0 ? r.stdout.trim().split('\n')[0].split(':') : null;
}

const reserved = (name) => name.startsWith(RESERVED_PREFIX);

/** The reserved names and ids a list of setup ops would create (for scheduling and checks). */
export function declaredAccounts(ops) {
  const names = new Set();
  for (const op of ops) {
    if ((op.op === 'groupadd' || op.op === 'useradd') && reserved(op.name)) names.add(op.name);
  }
  return names;
}

/**
 * Create the accounts of a scenario. Returns a handle whose `remove()` deletes exactly what was
 * created. Throws (after removing what it made) when the scenario asks for something unsafe.
 */
export async function createAccounts(ops) {
  const made = { users: [], groups: [] };
  const handle = { made, remove: () => removeAccounts(made) };
  try {
    await serial(async () => {
      for (const op of ops) {
        if (op.op === 'groupadd') await addGroup(op, made);
        else if (op.op === 'useradd') await addUser(op, made);
        else if (op.op === 'member') await addMember(op, made);
      }
    });
  } catch (e) {
    await handle.remove();
    throw e;
  }
  return handle;
}

async function addGroup(op, made) {
  if (!NAME_RE.test(op.name)) throw new Error(`unsafe group name ${op.name}`);
  const existing = await getent('group', op.name);
  if (!reserved(op.name)) {
    if (!existing)
      throw new Error(`group ${op.name} does not exist and is not in the reserved prefix ${RESERVED_PREFIX}`);
    if (op.gid !== undefined && Number(existing[2]) !== op.gid)
      throw new Error(`existing group ${op.name} has gid ${existing[2]}, not ${op.gid}`);
    return;
  }
  if (existing) throw new Error(`reserved group ${op.name} already exists (left over or in use)`);
  if (op.gid !== undefined && (await getent('group', op.gid)))
    throw new Error(`gid ${op.gid} is already taken`);
  journalAdd(`group ${op.name}`);
  made.groups.push(op.name);
  await shadow('groupadd', [
    ...(op.gid !== undefined ? ['-g', String(op.gid)] : []),
    ...(op.system ? ['-r'] : []),
    op.name,
  ]);
}

async function addUser(op, made) {
  if (!NAME_RE.test(op.name)) throw new Error(`unsafe user name ${op.name}`);
  const existing = await getent('passwd', op.name);
  if (!reserved(op.name)) {
    if (!existing)
      throw new Error(`user ${op.name} does not exist and is not in the reserved prefix ${RESERVED_PREFIX}`);
    if (op.uid !== undefined && Number(existing[2]) !== op.uid)
      throw new Error(`existing user ${op.name} has uid ${existing[2]}, not ${op.uid}`);
    if (op.groups.length) for (const g of op.groups) await addMember({ user: op.name, group: g }, made);
    return;
  }
  if (existing) throw new Error(`reserved user ${op.name} already exists (left over or in use)`);
  if (op.uid !== undefined && (await getent('passwd', op.uid)))
    throw new Error(`uid ${op.uid} is already taken`);
  if (op.userGroup && (await getent('group', op.name))) throw new Error(`group ${op.name} already exists`);
  for (const g of op.groups) {
    if (!reserved(g) && !(await getent('group', g))) throw new Error(`group ${g} does not exist`);
  }
  journalAdd(`user ${op.name}`);
  made.users.push(op.name);
  if (op.userGroup) {
    journalAdd(`group ${op.name}`);
    made.groups.push(op.name);
  }
  const args = ['-M', '-s', '/usr/sbin/nologin'];
  if (op.uid !== undefined) args.push('-u', String(op.uid));
  if (op.group) args.push('-g', op.group, '-N');
  else if (op.userGroup) args.push('-U');
  else args.push('-N');
  if (op.groups.length) args.push('-G', op.groups.join(','));
  if (op.system) args.push('-r');
  await shadow('useradd', [...args, op.name]);
}

async function addMember(op, made) {
  const ours = made.users.includes(op.user) || made.groups.includes(op.group);
  if (!ours)
    throw new Error(
      `membership ${op.user} in ${op.group} would modify accounts that are not the scenario's own`,
    );
  await shadow('gpasswd', ['-a', op.user, op.group]);
}

/** Delete users first (a user's primary group cannot be deleted before it), then groups. */
async function removeAccounts(made) {
  const errors = [];
  for (const u of [...made.users].reverse()) {
    await serial(async () => {
      if (await getent('passwd', u)) await shadow('userdel', ['-f', u]).catch((e) => errors.push(e.message));
    });
    journalRemove(`user ${u}`);
  }
  for (const g of [...made.groups].reverse()) {
    await serial(async () => {
      if (await getent('group', g)) await shadow('groupdel', [g]).catch((e) => errors.push(e.message));
    });
    journalRemove(`group ${g}`);
  }
  made.users.length = 0;
  made.groups.length = 0;
  if (errors.length) throw new Error(errors.join('; '));
}

/** Remove accounts left behind by an earlier run that was killed. */
export async function cleanLeftovers() {
  const users = [];
  const groups = [];
  for (const e of readJournal()) {
    const [kind, name] = e.split(' ');
    if (!name || !reserved(name)) continue;
    (kind === 'user' ? users : groups).push(name);
  }
  if (users.length || groups.length) await removeAccounts({ users, groups }).catch(() => undefined);
  return users.length + groups.length;
}
