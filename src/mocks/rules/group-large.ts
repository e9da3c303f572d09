import type { StoredTeam } from '../model';
import type { MockStore } from '../store';
import { randomHex } from './group-create';

/**
 * For benchmarks and demos of scale: a team of the organization's first
 * `count` users (the first one its admin), built in memory only. It is not
 * saved, because a browser's storage cannot hold 10,000 changed users; it
 * lasts until the page reloads. Answers the team's id.
 */
export function buildLargeTeam(
  store: MockStore,
  name: string,
  count: number,
): string {
  const members = store.state.users.slice(0, Math.max(0, count));
  store.state.clock += 1;
  const now = new Date().toISOString();
  const team: StoredTeam = {
    id: `t${randomHex(15)}`,
    name,
    memberIds: members.map((user) => user.id),
    created: now,
    lastModified: now,
    version: store.state.clock,
    serviceAccountIds: [],
  };

  members.forEach((user, index) => {
    user.teamRoles = [
      ...user.teamRoles.filter((role) => role.teamName !== name),
      { teamName: name, roleName: index === 0 ? 'admin' : 'member' },
    ];
    user.version = store.state.clock;
    user.lastModified = now;
  });
  store.state.teams.push(team);
  return team.id;
}
