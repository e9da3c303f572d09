import type { StoredTeam, StoredUser } from '../model';
import type { MockStore } from '../store';
import type { MemberLookup } from './group-input';

/** Names the team role a user gets on joining; `index` is their place. */
export type JoiningRole = (user: StoredUser, index: number) => string;

/**
 * A newcomer is a team `member`, except a legacy org `viewer`, whose team
 * roles W&B keeps at `viewer` everywhere.
 */
export const defaultJoiningRole: JoiningRole = (user) =>
  user.organizationRole === 'viewer' ? 'viewer' : 'member';

/**
 * Sets a team's member list to `nextIds` and keeps the other side of the
 * relation true: a newcomer gets a `teamRoles` entry for the team, someone
 * who leaves loses theirs, and those who stay keep their role. The team and
 * every user whose representation changed get a new version, in one write.
 * Answers false, and writes nothing, when the list is unchanged.
 */
export function setMembers(
  store: MockStore,
  team: StoredTeam,
  nextIds: readonly string[],
  lookup: MemberLookup,
  roleOf: JoiningRole = defaultJoiningRole,
): boolean {
  const next = [...new Set(nextIds)];
  const before = new Set(team.memberIds);
  const after = new Set(next);
  const leaving = team.memberIds.filter((id) => !after.has(id));
  const joining = next.filter((id) => !before.has(id));
  const reordered = next.some((id, index) => team.memberIds[index] !== id);
  if (!leaving.length && !joining.length && !reordered) return false;

  const changed: StoredUser[] = [];
  for (const id of leaving) {
    const user = lookup.byId.get(id);
    if (!user) continue;
    user.teamRoles = user.teamRoles.filter(
      (role) => role.teamName !== team.name,
    );
    changed.push(user);
  }
  joining.forEach((id, index) => {
    const user = lookup.byId.get(id);
    if (!user) return;
    const others = user.teamRoles.filter((r) => r.teamName !== team.name);
    user.teamRoles = [
      ...others,
      { teamName: team.name, roleName: roleOf(user, index) },
    ];
    changed.push(user);
  });

  team.memberIds = next;
  // One write, one save: a 10,000-member change cannot save per user.
  store.touchAll([team, ...changed]);
  return true;
}
