import { GROUP_SCHEMA } from '@/scim/groups';

import type { StoredTeam } from '../model';
import type { MockStore } from '../store';
import type { MemberLookup } from './group-input';

/**
 * A team as the imitated server answers it. Members are users only: the
 * org service accounts that joined the team at its creation are kept apart
 * (StoredTeam.serviceAccountIds) and listed by /ServiceAccounts, because
 * /Users never returns service accounts, so a member id no user lookup can
 * resolve would break every client that reconciles members against users,
 * identity providers first.
 */
export function representGroup(
  store: MockStore,
  team: StoredTeam,
  origin: string,
  lookup: MemberLookup,
): Record<string, unknown> {
  return {
    schemas: [GROUP_SCHEMA],
    id: team.id,
    displayName: team.name,
    members: representMembers(store, team, origin, lookup),
    ...(team.storageBucket ? { storageBucket: { ...team.storageBucket } } : {}),
    meta: {
      resourceType: 'Group',
      created: team.created,
      lastModified: team.lastModified,
      location: `${origin}/scim/Groups/${team.id}`,
      version: `W/"${team.version}"`,
    },
  };
}

// W&B documents members with capitalised keys and `null` for an empty team;
// RFC servers answer lower-case keys and an empty array.
function representMembers(
  store: MockStore,
  team: StoredTeam,
  origin: string,
  lookup: MemberLookup,
) {
  const wandb = store.settings.profile !== 'rfc';
  if (wandb && team.memberIds.length === 0) return null;

  return team.memberIds.map((id) => {
    const display = lookup.byId.get(id)?.userName ?? '';
    const ref = `${origin}/scim/Users/${id}`;
    return wandb
      ? { Value: id, Display: display, Ref: ref, Type: 'User' }
      : { value: id, display, $ref: ref, type: 'User' };
  });
}
