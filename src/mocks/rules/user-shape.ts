import { USER_SCHEMA } from '@/scim/users';

import type { MockSettings, StoredUser } from '../model';
import type { MockStore } from '../store';

/** Which teams each user is in, built once for a whole list answer. */
export type MembershipIndex = ReadonlyMap<string, readonly string[]>;

export function membershipIndex(store: MockStore): MembershipIndex {
  const index = new Map<string, string[]>();
  for (const team of store.state.teams) {
    for (const id of team.memberIds) {
      const teams = index.get(id);
      if (teams) teams.push(team.id);
      else index.set(id, [team.id]);
    }
  }
  return index;
}

// Every answer names the same schema: one list for all of them.
const USER_SCHEMAS = Object.freeze([USER_SCHEMA]);

/**
 * A user as the imitated server answers it. A list answer passes a
 * membership index: scanning every team for each of 10,000 users costs
 * seconds. An answer is written out as soon as it is made, so it shares
 * the stored role lists rather than copying them for each user.
 */
export function representUser(
  store: MockStore,
  user: StoredUser,
  origin: string,
  memberships?: MembershipIndex,
): Record<string, unknown> {
  const teamIds =
    memberships?.get(user.id) ??
    (memberships
      ? []
      : store.state.teams
          .filter((team) => team.memberIds.includes(user.id))
          .map((team) => team.id));
  const groups = teamIds.map((value) => ({ value }));

  return {
    schemas: USER_SCHEMAS,
    id: user.id,
    userName: user.userName,
    // Left out of the JSON when there is none.
    displayName: user.displayName ?? undefined,
    emails: representEmails(user, store.settings),
    active: user.active,
    organizationRole: user.organizationRole,
    teamRoles: user.teamRoles,
    registryRoles: user.registryRoles,
    groups,
    modelsSeat: user.modelsSeat,
    weaveRole: user.weaveRole,
    daysActive: user.daysActive,
    lastActiveAt: user.lastActiveAt,
    meta: {
      resourceType: 'User',
      created: user.created,
      lastModified: user.lastModified,
      location: `${origin}/scim/Users/${user.id}`,
      version: `W/"${user.version}"`,
    },
  };
}

// W&B documents `emails` as one object with capitalised keys; RFC servers
// answer an array of lower-case entries.
function representEmails(user: StoredUser, settings: MockSettings) {
  if (settings.profile === 'rfc') {
    return user.emails.map((email) => ({ ...email, type: 'work' }));
  }
  const primary = user.emails.find((email) => email.primary) ?? user.emails[0];
  if (!primary) return null;
  return { Value: primary.value, Display: '', Type: '', Primary: true };
}
