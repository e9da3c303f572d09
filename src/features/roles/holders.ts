import type { User } from '@/scim';

/** One user holding a role in one team. */
export interface Holder {
  userId: string;
  userName: string;
  teamName: string;
}

/** Who holds the role named `roleName`, in which team, by team then user. */
export function holdersOf(roleName: string, users: readonly User[]): Holder[] {
  return users
    .flatMap((user) =>
      user.teamRoles
        .filter((held) => held.roleName === roleName)
        .map((held) => ({
          userId: user.id,
          userName: user.userName,
          teamName: held.teamName,
        })),
    )
    .sort(
      (a, b) =>
        a.teamName.localeCompare(b.teamName) ||
        a.userName.localeCompare(b.userName),
    );
}

export interface HolderCount {
  users: number;
  teams: number;
}

/** How many distinct users and teams the holders span. */
export function countHolders(holders: readonly Holder[]): HolderCount {
  return {
    users: new Set(holders.map((h) => h.userId)).size,
    teams: new Set(holders.map((h) => h.teamName)).size,
  };
}

/** `12 users in 4 teams`, in words. */
export function holderCountLabel({ users, teams }: HolderCount): string {
  const plural = (n: number, word: string) =>
    `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(users, 'user')} in ${plural(teams, 'team')}`;
}
