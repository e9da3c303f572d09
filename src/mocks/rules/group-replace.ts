import type { StoredTeam } from '../model';
import type { MockStore } from '../store';
import {
  bad,
  isRecord,
  type MemberLookup,
  readMemberReferences,
  refuseRename,
} from './group-input';
import { setMembers } from './group-members';

/**
 * PUT: replaces the whole member list. The name must stay the same (W&B
 * cannot rename a team); those who stay keep their team role.
 */
export function replaceGroup(
  store: MockStore,
  team: StoredTeam,
  body: unknown,
  lookup: MemberLookup,
): void {
  if (!isRecord(body)) throw bad('The request body must be a JSON object.');
  refuseRename(team, body.displayName);
  if (body.members !== null && !Array.isArray(body.members)) {
    throw bad('members must be a list of users, which may be empty.');
  }
  const ids = readMemberReferences(body.members ?? null).map(
    (reference) => lookup.require(reference).id,
  );

  setMembers(store, team, ids, lookup);
}
