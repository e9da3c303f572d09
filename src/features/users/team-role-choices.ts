import { useMemo } from 'react';

import { useUsers } from './api';

const PREDEFINED = ['admin', 'member', 'viewer'];

/**
 * The roles a team member can hold: the predefined ones, then the custom
 * roles the organization uses.
 */
export function useTeamRoleChoices(): string[] {
  const users = useUsers();
  return useMemo(() => {
    const custom = new Set<string>();
    for (const user of users.data ?? []) {
      for (const role of user.teamRoles) {
        if (!PREDEFINED.includes(role.roleName)) custom.add(role.roleName);
      }
    }
    return [...PREDEFINED, ...[...custom].sort()];
  }, [users.data]);
}
