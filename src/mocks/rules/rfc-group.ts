import { MockHttpError } from '../http';
import type { StoredTeam } from '../model';
import type { MockStore } from '../store';
import { createGroup } from './group-create';
import { type MemberLookup, readMemberReferences } from './group-input';
import { applyGroupPatch } from './group-patch';
import { replaceGroup } from './group-replace';
import { isRecord, keyOf } from './resource-path';
import { bad } from './rfc-user';

// The rfc profile is a plain RFC 7644 server on top of W&B's team rules:
// a group may be created without `members`, renamed and deleted, and a
// member reference that names no user is ignored rather than refused, as
// identity providers' test suites expect (Microsoft's sends "string id 1").

/** POST /Groups in the rfc profile. */
export function createRfcGroup(
  store: MockStore,
  body: unknown,
  lookup: MemberLookup,
): StoredTeam {
  if (!isRecord(body)) throw bad('The request body must be a JSON object.');
  return createGroup(
    store,
    { ...body, members: knownMembers(attribute(body, 'members'), lookup) },
    lookup,
  );
}

/** PUT /Groups/{id}: members and name replaced. */
export function replaceRfcGroup(
  store: MockStore,
  team: StoredTeam,
  body: unknown,
  lookup: MemberLookup,
): void {
  if (!isRecord(body)) throw bad('The request body must be a JSON object.');
  const name = attribute(body, 'displayName');
  if (typeof name !== 'string' || !name.trim()) {
    throw bad('displayName is required.');
  }
  checkNameFree(store, team, name.trim());
  const members = knownMembers(attribute(body, 'members'), lookup);
  replaceGroup(store, team, { displayName: team.name, members }, lookup);
  rename(store, team, name.trim());
}

/** PATCH /Groups/{id}: W&B's member rules, plus renames. */
export function patchRfcGroup(
  store: MockStore,
  team: StoredTeam,
  body: unknown,
  lookup: MemberLookup,
): void {
  const list = isRecord(body) ? attribute(body, 'Operations') : undefined;
  if (!Array.isArray(list) || list.length === 0) {
    throw bad(
      'The request needs a non-empty Operations list.',
      'invalidSyntax',
    );
  }
  let newName: string | null = null;
  const rest: Record<string, unknown>[] = [];

  for (const operation of list) {
    if (!isRecord(operation)) throw bad('Each operation must be an object.');
    const op = String(operation.op ?? '').toLowerCase();
    const path =
      typeof operation.path === 'string' ? operation.path.trim() : '';
    const value = operation.value;
    const values = !path && isRecord(value) ? value : { [path]: value };

    const named = attribute(values, 'displayName');
    if (typeof named === 'string' && op !== 'remove') newName = named.trim();
    const members = attribute(values, 'members');
    if (path.toLowerCase() === 'members' || (!path && members !== undefined)) {
      const kept = op === 'remove' ? members : knownMembers(members, lookup);
      rest.push({
        op,
        path: 'members',
        ...(kept === undefined ? {} : { value: kept }),
      });
    } else if (path && path.toLowerCase() !== 'displayname') {
      rest.push({ op, path, value });
    }
  }

  if (newName) checkNameFree(store, team, newName);
  if (rest.length) applyGroupPatch(store, team, { Operations: rest }, lookup);
  if (newName) rename(store, team, newName);
}

/** DELETE /Groups/{id}: the team, its roles and its own accounts go. */
export function deleteRfcGroup(store: MockStore, team: StoredTeam): void {
  const state = store.state;
  state.teams = state.teams.filter((candidate) => candidate.id !== team.id);
  for (const user of state.users) {
    user.teamRoles = user.teamRoles.filter((r) => r.teamName !== team.name);
  }
  state.serviceAccounts = state.serviceAccounts.filter(
    (account) => account.teamId !== team.id,
  );
  store.commit();
}

function knownMembers(value: unknown, lookup: MemberLookup) {
  if (value === undefined || value === null) return [];
  return readMemberReferences(value)
    .filter((reference) => lookup.find(reference) !== undefined)
    .map((reference) => ({ value: reference }));
}

function checkNameFree(store: MockStore, team: StoredTeam, name: string) {
  const wanted = name.toLowerCase();
  const taken = store.state.teams.some(
    (other) => other.id !== team.id && other.name.toLowerCase() === wanted,
  );
  if (taken) {
    throw new MockHttpError(
      409,
      `A team named "${name}" already exists.`,
      'uniqueness',
    );
  }
}

// Team roles name the team, so they follow it to its new name.
function rename(store: MockStore, team: StoredTeam, name: string): void {
  if (name === team.name) return;
  for (const user of store.state.users) {
    for (const role of user.teamRoles) {
      if (role.teamName === team.name) role.teamName = name;
    }
  }
  team.name = name;
  store.touch(team);
}

function attribute(object: Record<string, unknown>, name: string): unknown {
  const key = keyOf(object, name);
  return key === undefined ? undefined : object[key];
}
