import { queryOptions, useQuery } from '@tanstack/react-query';

import { roleKeys, teamKeys, userKeys } from '@/lib/query-keys';
import { scim } from '@/lib/scim-client';

// W&B answers every team (members included) in one response, so the console
// reads the list once and searches, sorts and pages it in the browser.
export const teamsQueryOptions = () =>
  queryOptions({
    queryKey: teamKeys.list(),
    queryFn: ({ signal }) => scim.listAllGroups(signal),
  });

export const teamQueryOptions = (id: string) =>
  queryOptions({
    queryKey: teamKeys.detail(id),
    queryFn: ({ signal }) => scim.getGroup(id, signal),
  });

// A member's team role lives on the user, so team screens read the users
// too. Same key and shape as the users area's list: one fetch, one cache.
export const orgUsersQueryOptions = () =>
  queryOptions({
    queryKey: userKeys.list(),
    queryFn: async ({ signal }) => (await scim.listUsers({}, signal)).items,
  });

const PREDEFINED_TEAM_ROLES = ['admin', 'member', 'viewer'];

// Only the names are needed here; a key of its own under the roles keys,
// so that any change to roles refreshes it without sharing a cache shape.
export const teamRoleNamesQueryOptions = () =>
  queryOptions({
    queryKey: [...roleKeys.list(), 'team-role-names'] as const,
    queryFn: async ({ signal }) => {
      const custom = (await scim.listRoles(signal)).items.map((r) => r.name);
      return [...PREDEFINED_TEAM_ROLES, ...custom.sort()];
    },
    staleTime: 5 * 60_000,
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

export const useTeams = () => useQuery(teamsQueryOptions());
export const useTeam = (id: string) => useQuery(teamQueryOptions(id));
export const useOrgUsers = () => useQuery(orgUsersQueryOptions());
export const useTeamServiceAccounts = (teamId: string) =>
  useQuery(teamServiceAccountsQueryOptions(teamId));

/** The roles a member can hold; the predefined ones if roles cannot load. */
export function useTeamRoleNames(): string[] {
  const roles = useQuery(teamRoleNamesQueryOptions());
  return roles.data ?? PREDEFINED_TEAM_ROLES;
}
