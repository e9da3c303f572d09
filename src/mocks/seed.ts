import { buildRole, buildTeam, buildUser, SEED_NOW } from './fixtures';
import type { MockState, StoredServiceAccount, StoredUser } from './model';
import { createRandom, type Random } from './random';
import { ascii, DOMAINS, person } from './seed-people';

export const SEED_TEAMS = [
  'ml-research',
  'vision',
  'nlp',
  'platform',
  'data-eng',
  'robotics',
  'safety-evals',
  'growth-analytics',
  'forecasting',
  'speech',
  'recsys',
  'infra',
] as const;

const REGISTRIES = ['model-registry', 'dataset-registry'] as const;

const SEED_NOW_MS = Date.parse(SEED_NOW);
const FIRST_CREATED_MS = Date.parse('2024-01-01T00:00:00Z');
const DAY_MS = 86_400_000;
const REGISTRY_ROLES = ['admin', 'member', 'viewer'] as const;
const TEAM_ROLES = ['member', 'member', 'member', 'viewer', 'admin'] as const;

function activity(random: Random) {
  if (random.chance(0.06)) return { daysActive: 0, lastActiveAt: null };
  const daysAgo = random.int(0, 180);
  const at = new Date(SEED_NOW_MS - daysAgo * DAY_MS);
  at.setUTCHours(random.int(7, 20), random.int(0, 59), 0, 0);
  return { daysActive: random.int(1, 420), lastActiveAt: at.toISOString() };
}

/** The seed's team names: the dozen named ones, more in larger orgs. */
function teamNames(size: number): string[] {
  const extra = Math.min(300, Math.floor(size / 200));
  const areas = ['research', 'applied', 'infra', 'product', 'evals'];
  const more = Array.from(
    { length: extra },
    (_, i) =>
      `${areas[i % areas.length] ?? 'team'}-${Math.floor(i / areas.length) + 1}`,
  );
  return [...SEED_TEAMS, ...more];
}

/** How the seed organization looks; figures a test or README can rely on. */
export const SEED_FACTS = {
  users: 250,
  deactivated: 20,
  admins: 3,
  legacyViewers: 12,
} as const;

/**
 * Builds the demo organization: `size` users with varied names, a few org
 * admins, some deactivated users, teams, custom roles and service accounts.
 * The same size always gives the same organization.
 */
export function createSeed(size: number = SEED_FACTS.users): MockState {
  const random = createRandom(20261203 + size);
  const roles = [
    buildRole({
      id: `r${random.hex(15)}`,
      name: 'Run operator',
      description: 'Views everything and may stop runaway runs.',
      inheritedFrom: 'viewer',
      permissions: ['run:stop'],
    }),
    buildRole({
      id: `r${random.hex(15)}`,
      name: 'Project maintainer',
      description: 'A member who also manages project settings.',
      inheritedFrom: 'member',
      permissions: ['project:update', 'project:delete'],
    }),
    buildRole({
      id: `r${random.hex(15)}`,
      name: 'Sweep runner',
      description: 'A member who can stop any sweep or run.',
      inheritedFrom: 'member',
      permissions: ['sweep:stop', 'run:stop'],
    }),
  ];
  const teams = teamNames(size).map((name) =>
    buildTeam({ id: `t${random.hex(15)}`, name }),
  );

  // How many users already took each name, so the next gets a number.
  const nameCounts = new Map<string, number>();
  const users: StoredUser[] = [];
  const deactivatedEvery = Math.round(
    SEED_FACTS.users / SEED_FACTS.deactivated,
  );
  const admins = SEED_FACTS.admins + Math.floor(size / 5000);

  for (let index = 0; index < size; index += 1) {
    const who = person(random, index);
    const base = ascii(`${who.first}.${who.last}`);
    const taken = nameCounts.get(base) ?? 0;
    nameCounts.set(base, taken + 1);
    const userName = taken === 0 ? base : `${base}${taken + 1}`;

    const local = index % 23 === 5 ? `${userName}+wandb` : userName;
    const domain = DOMAINS[index % DOMAINS.length] ?? 'example.com';
    const orgRole =
      index < admins
        ? 'admin'
        : index % 20 === 7 && index < 20 * SEED_FACTS.legacyViewers
          ? 'viewer'
          : 'member';
    const isViewer = orgRole === 'viewer';

    users.push(
      buildUser({
        id: random.hex(16),
        userName,
        // A few accounts were provisioned without a display name.
        displayName: index % 37 === 11 ? null : who.displayName,
        emails: [{ value: `${local}@${domain}`, primary: true }],
        active: !(index % deactivatedEvery === deactivatedEvery - 1),
        organizationRole: orgRole,
        modelsSeat: isViewer
          ? 'viewer'
          : random.chance(0.9)
            ? 'full'
            : 'viewer',
        weaveRole: isViewer ? 'viewer' : random.chance(0.85) ? 'full' : 'none',
        registryRoles: random.chance(0.15)
          ? [
              {
                registryName: random.pick(REGISTRIES),
                roleName: random.pick(REGISTRY_ROLES),
              },
            ]
          : [],
        created: new Date(
          FIRST_CREATED_MS + random.int(0, 690) * DAY_MS,
        ).toISOString(),
        ...activity(random),
      }),
    );
  }

  for (const user of users) user.lastModified = user.created;

  // Every team gets a first admin, then members with varied roles; teams
  // grow with the organization.
  const largest = 40 + Math.floor(size / 40);
  teams.forEach((team, teamIndex) => {
    const memberCount = Math.min(users.length, random.int(6, largest));
    const start = random.int(0, Math.max(0, users.length - 1));
    const members = new Set<string>();
    for (let k = 0; k < memberCount; k += 1) {
      const user = users[(start + k * 7) % users.length];
      if (!user || members.has(user.id)) continue;
      members.add(user.id);
      team.memberIds.push(user.id);
      const roleName =
        k === 0
          ? 'admin'
          : user.organizationRole === 'viewer'
            ? 'viewer'
            : random.chance(0.1)
              ? (roles[(teamIndex + k) % roles.length]?.name ?? 'member')
              : random.pick(TEAM_ROLES);
      user.teamRoles.push({ teamName: team.name, roleName });
    }
  });

  const serviceAccounts: StoredServiceAccount[] = [
    {
      id: `sa${random.hex(14)}`,
      description: 'CI pipeline',
      teamId: null,
      created: '2025-03-02T10:00:00.000Z',
    },
    {
      id: `sa${random.hex(14)}`,
      description: 'Nightly evals',
      teamId: teams[6]?.id ?? null,
      created: '2025-05-20T10:00:00.000Z',
    },
  ];

  // A few seats to spare, so that a demo can run out of them.
  const seatsInUse = (seat: string) =>
    users.filter((user) => user.active && user.modelsSeat === seat).length;
  const seatLimits = {
    full: seatsInUse('full') + 5,
    viewer: seatsInUse('viewer') + 5,
  };

  return { users, teams, roles, serviceAccounts, clock: 1, seatLimits };
}
