import { queryOptions, useQuery } from '@tanstack/react-query';

import { teamKeys } from '@/lib/query-keys';
import { scim } from '@/lib/scim-client';
import {
  rolesListQuery,
  teamsListQuery,
  usersListQuery,
} from '@/lib/shared-queries';
import type { Role } from '@/scim';

export const teamQueryOptions = (id: string) =>
  queryOptions({
    queryKey: teamKeys.detail(id),
    queryFn: ({ signal }) => scim.getGroup(id, signal),
  });

export const teamServiceAccountsQueryOptions = (teamId: string) =>
  queryOptions({
    queryKey: teamKeys.serviceAccounts(teamId),
    queryFn: async ({ signal }) =>
      (await scim.listServiceAccounts(signal)).items.filter(
        (account) =>
          account.teamId === teamId || account.teamIds.includes(teamId),
      ),
  });

export const useTeams = () => useQuery(teamsListQuery());
export const useTeam = (id: string) => useQuery(teamQueryOptions(id));
// A member's team role lives on the user, so team screens read the users
// too, through the list every area shares.
export const useOrgUsers = () => useQuery(usersListQuery());
export const useTeamServiceAccounts = (teamId: string) =>
  useQuery(teamServiceAccountsQueryOptions(teamId));

const PREDEFINED_TEAM_ROLES = ['admin', 'member', 'viewer'];

function roleNames(roles: Role[]): string[] {
  const custom = roles.map((role) => role.name).sort();
  return [...PREDEFINED_TEAM_ROLES, ...custom];
}

/** The roles a member can hold; the predefined ones if roles cannot load. */
export function useTeamRoleNames(): string[] {
  const roles = useQuery({ ...rolesListQuery(), select: roleNames });
  return roles.data ?? PREDEFINED_TEAM_ROLES;
}
