import { queryOptions, useQuery } from '@tanstack/react-query';

import { roleKeys } from '@/lib/query-keys';
import { scim } from '@/lib/scim-client';
import { rolesListQuery, usersListQuery } from '@/lib/shared-queries';

export const roleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: roleKeys.detail(id),
    queryFn: ({ signal }) => scim.getRole(id, signal),
  });

export function useRoles() {
  return useQuery(rolesListQuery());
}

export function useRole(id: string) {
  return useQuery(roleQueryOptions(id));
}

/** The organization's users: their `teamRoles` tell who holds each role. */
export function useOrganizationUsers() {
  return useQuery(usersListQuery());
}
