import type { StoredRole, StoredTeam, StoredUser } from './model';

/** The instant the demo organization's activity figures are measured from. */
export const SEED_NOW = '2026-11-30T12:00:00.000Z';

let counter = 0;

function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}${counter.toString(16).padStart(12, '0')}`;
}

/**
 * Builds a stored user with sensible defaults; the seed, the unit tests and
 * the end-to-end tests all build users through here.
 */
export function buildUser(overrides: Partial<StoredUser> = {}): StoredUser {
  const id = overrides.id ?? nextId('u');
  const userName = overrides.userName ?? `user-${id.slice(-6)}`;
  return {
    id,
    userName,
    displayName: `User ${userName}`,
    emails: [{ value: `${userName}@example.com`, primary: true }],
    active: true,
    organizationRole: 'member',
    teamRoles: [],
    registryRoles: [],
    modelsSeat: 'full',
    weaveRole: 'full',
    daysActive: 0,
    lastActiveAt: null,
    created: '2025-01-15T09:00:00.000Z',
    lastModified: '2025-01-15T09:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** Builds a stored team; members are user ids. */
export function buildTeam(overrides: Partial<StoredTeam> = {}): StoredTeam {
  const id = overrides.id ?? nextId('t');
  return {
    id,
    name: `team-${id.slice(-6)}`,
    memberIds: [],
    created: '2025-01-10T09:00:00.000Z',
    lastModified: '2025-01-10T09:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** Builds a stored custom role. */
export function buildRole(overrides: Partial<StoredRole> = {}): StoredRole {
  const id = overrides.id ?? nextId('r');
  return {
    id,
    name: `Role ${id.slice(-4)}`,
    description: '',
    inheritedFrom: 'member',
    permissions: [],
    created: '2025-02-01T09:00:00.000Z',
    lastModified: '2025-02-01T09:00:00.000Z',
    version: 1,
    ...overrides,
  };
}
