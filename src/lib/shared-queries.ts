import { queryOptions } from '@tanstack/react-query';

import { roleKeys, teamKeys, userKeys } from './query-keys';
import { scim } from './scim-client';

// The lists every area reads: users carry team roles, teams show members,
// roles count holders. One definition each, so that every screen shares one
// cache entry of one shape. W&B answers each list whole in one response, so
// the console reads it once and searches, sorts and pages in the browser.

export const usersListQuery = () =>
  queryOptions({
    queryKey: userKeys.list(),
    queryFn: ({ signal }) => scim.listAllUsers(signal),
  });

export const teamsListQuery = () =>
  queryOptions({
    queryKey: teamKeys.list(),
    queryFn: ({ signal }) => scim.listAllGroups(signal),
  });

export const rolesListQuery = () =>
  queryOptions({
    queryKey: roleKeys.list(),
    queryFn: async ({ signal }) => (await scim.listRoles(signal)).items,
  });
