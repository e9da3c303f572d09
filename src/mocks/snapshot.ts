import type { MockState } from './model';
import type { PersistedState } from './persistence';
import { createSeed } from './seed';

// Seeded resources carry version 1; every write stamps a later clock tick.
const SEED_VERSION = 1;

/** What changed in `state` since the seed of `size`, for storage. */
export function changesOf(
  state: MockState,
  size: number,
  removedUserIds: ReadonlySet<string>,
): PersistedState {
  return {
    format: 2,
    size,
    clock: state.clock,
    seatLimits: state.seatLimits,
    users: state.users.filter((user) => user.version > SEED_VERSION),
    removedUserIds: [...removedUserIds],
    teams: state.teams.filter((team) => team.version > SEED_VERSION),
    roles: state.roles,
    serviceAccounts: state.serviceAccounts,
  };
}

/** The seed of the stored size with the stored changes applied. */
export function restore(saved: PersistedState): MockState {
  const state = createSeed(saved.size);
  const removed = new Set(saved.removedUserIds);
  const changed = new Map(saved.users.map((user) => [user.id, user]));

  const users = [];
  for (const user of state.users) {
    if (removed.has(user.id)) continue;
    users.push(changed.get(user.id) ?? user);
    changed.delete(user.id);
  }
  users.push(...changed.values());

  const teams = new Map(saved.teams.map((team) => [team.id, team]));
  const seededTeams = state.teams.map((team) => teams.get(team.id) ?? team);
  const seededIds = new Set(state.teams.map((team) => team.id));

  return {
    users,
    teams: [...seededTeams, ...saved.teams.filter((t) => !seededIds.has(t.id))],
    roles: saved.roles,
    serviceAccounts: saved.serviceAccounts,
    clock: saved.clock,
    seatLimits: saved.seatLimits ?? state.seatLimits,
  };
}
