import { MockHttpError } from '../http';
import type { StoredTeam } from '../model';
import type { MockStore } from '../store';
import { readStorageBucket } from './group-bucket';
import {
  bad,
  isRecord,
  type MemberLookup,
  readMemberReferences,
} from './group-input';
import { defaultJoiningRole, setMembers } from './group-members';

/**
 * Creates a team from a POST body with W&B's rules: a unique displayName,
 * a members list (user ids or emails, possibly empty), an optional storage
 * bucket, and every org-scoped service account joins the new team.
 */
export function createGroup(
  store: MockStore,
  body: unknown,
  lookup: MemberLookup,
): StoredTeam {
  if (!isRecord(body)) throw bad('The request body must be a JSON object.');
  const name =
    typeof body.displayName === 'string' ? body.displayName.trim() : '';
  if (!name) throw bad('displayName is required.');
  if (!Array.isArray(body.members)) {
    throw bad('members is required: a list of users, which may be empty.');
  }
  const memberIds = readMemberReferences(body.members).map(
    (reference) => lookup.require(reference).id,
  );
  const storageBucket = readStorageBucket(body.storageBucket);
  const taken = store.state.teams.some(
    (team) => team.name.toLowerCase() === name.toLowerCase(),
  );
  if (taken) {
    throw new MockHttpError(
      409,
      `A team named "${name}" already exists.`,
      'uniqueness',
    );
  }

  const now = new Date().toISOString();
  const team: StoredTeam = {
    id: `t${randomHex(15)}`,
    name,
    memberIds: [],
    created: now,
    lastModified: now,
    version: 0,
    ...(storageBucket ? { storageBucket } : {}),
    serviceAccountIds: store.state.serviceAccounts
      .filter((account) => account.teamId === null)
      .map((account) => account.id),
  };
  store.state.teams.push(team);

  // Like the SDK's create_team(name, admin): the first member listed is the
  // team's first admin, so that someone can manage it from day one.
  const created = setMembers(store, team, memberIds, lookup, (user, index) =>
    index === 0 ? 'admin' : defaultJoiningRole(user, index),
  );
  if (!created) store.touch(team);
  return team;
}

export function randomHex(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(Math.ceil(length / 2)));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, length);
}
