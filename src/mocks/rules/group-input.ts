import { MockHttpError } from '../http';
import type { StoredTeam, StoredUser } from '../model';
import type { MockStore } from '../store';

/**
 * Finds users by what a Group body names them with: W&B takes a user id or
 * an email address as a member's `value`. Built once per request, so that a
 * 10,000-member body does not scan the organization 10,000 times.
 */
export interface MemberLookup {
  byId: Map<string, StoredUser>;
  /** The user a reference names, or undefined. */
  find(reference: string): StoredUser | undefined;
  /** The user a reference names; 400 when the organization has none. */
  require(reference: string): StoredUser;
}

export function memberLookup(store: MockStore): MemberLookup {
  const byId = new Map(store.state.users.map((user) => [user.id, user]));
  let byEmail: Map<string, StoredUser> | null = null;

  function find(reference: string): StoredUser | undefined {
    const direct = byId.get(reference);
    if (direct || !reference.includes('@')) return direct;
    byEmail ??= new Map(
      store.state.users.flatMap((user) =>
        user.emails.map((email) => [email.value.toLowerCase(), user] as const),
      ),
    );
    return byEmail.get(reference.toLowerCase());
  }

  return {
    byId,
    find,
    require(reference) {
      const user = find(reference);
      if (!user) {
        throw bad(
          `No user with the id or email "${reference}" in the organization.`,
        );
      }
      return user;
    },
  };
}

/**
 * Reads a members list as clients send it: `[{value}]`, W&B's `[{Value}]`,
 * or bare strings. `null` counts as an empty list.
 */
export function readMemberReferences(value: unknown): string[] {
  if (value === null) return [];
  const entries = Array.isArray(value) ? value : [value];
  return entries.map((entry) => {
    const reference = isRecord(entry) ? (entry.value ?? entry.Value) : entry;
    if (typeof reference !== 'string' || !reference.trim()) {
      throw bad('Each member needs a value: a user id or an email address.');
    }
    return reference.trim();
  });
}

export function requireTeam(store: MockStore, id: string): StoredTeam {
  const team = store.state.teams.find((candidate) => candidate.id === id);
  if (!team) throw new MockHttpError(404, `Group ${id} not found.`);
  return team;
}

// W&B teams are named once: the name is the entity in every project URL.
export function refuseRename(team: StoredTeam, displayName: unknown): void {
  if (displayName === undefined || displayName === team.name) return;
  throw bad(
    'A team cannot be renamed; displayName is immutable.',
    'mutability',
  );
}

export function bad(detail: string, scimType = 'invalidValue') {
  return new MockHttpError(400, detail, scimType);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
