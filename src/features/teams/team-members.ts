import type { Team, User } from '@/scim';

/** One row of a team's members: the user as the organization knows them. */
export interface MemberRow {
  id: string;
  userName: string;
  displayName: string;
  email: string;
  /** The user's role in this team; null until the user is known. */
  role: string | null;
  /** The user as read from /Users, or null when the list lacks them. */
  user: User | null;
}

/**
 * Joins a team's members with the organization's users: the team lists who
 * is in it, each user's `teamRoles` says in which role.
 */
export function memberRows(
  team: Team,
  usersById: ReadonlyMap<string, User>,
): MemberRow[] {
  return team.members.map((member) => {
    const user = usersById.get(member.id) ?? null;
    const role = user?.teamRoles.find((r) => r.teamName === team.name);
    return {
      id: member.id,
      userName: user?.userName ?? (member.display || member.id),
      displayName: user?.displayName ?? '',
      email: user?.email ?? '',
      role: role?.roleName ?? null,
      user,
    };
  });
}

/** The userNames of each team's admins, by team name. */
export function adminsByTeam(users: readonly User[]): Map<string, string[]> {
  const admins = new Map<string, string[]>();
  for (const user of users) {
    for (const role of user.teamRoles) {
      if (role.roleName !== 'admin') continue;
      const names = admins.get(role.teamName) ?? [];
      names.push(user.userName);
      admins.set(role.teamName, names);
    }
  }
  return admins;
}

/**
 * A warning when the members leaving the admin role (removed or demoted)
 * are all the team admins there are; null otherwise. The server allows it,
 * and then only organization admins can manage the team.
 */
export function lastTeamAdminWarning(
  rows: readonly MemberRow[],
  teamName: string,
  leavingIds: readonly string[],
): string | null {
  const leaving = new Set(leavingIds);
  const admins = rows.filter((row) => row.role === 'admin');
  if (!admins.some((row) => leaving.has(row.id))) return null;
  if (admins.some((row) => !leaving.has(row.id))) return null;

  return `This leaves ${teamName} without a team admin: only organization admins will be able to manage its members and settings.`;
}
