import { useMutation, useQueryClient } from '@tanstack/react-query';

import { roleKeys, userKeys } from '@/lib/query-keys';
import { scim } from '@/lib/scim-client';
import type { Role, RoleInput, Versioned } from '@/scim';

import { roleQueryOptions } from './api';
import type { SavePlan } from './role-draft';

type QueryClient = ReturnType<typeof useQueryClient>;

function remember(queryClient: QueryClient, answer: Versioned<Role>) {
  queryClient.setQueryData(roleKeys.detail(answer.data.id), answer);
  return queryClient.invalidateQueries({ queryKey: roleKeys.lists() });
}

export function useCreateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RoleInput) => scim.createRole(input),
    onSuccess: (answer) => remember(queryClient, answer),
  });
}

interface SaveInput {
  id: string;
  plan: Extract<SavePlan, { kind: 'patch' | 'put' }>;
  /** The ETag of the copy the admin edited; a 412 means it is stale. */
  etag: string | null;
}

/** Saves an existing role with the plan's request, sending If-Match. */
export function useSaveRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, plan, etag }: SaveInput) =>
      plan.kind === 'patch'
        ? scim.patchRole(id, plan.change, { etag })
        : scim.putRole(id, plan.input, { etag }),
    onSuccess: async (answer, { plan }) => {
      await remember(queryClient, answer);
      // A rename follows into the team roles of everyone holding the role.
      if (plan.kind === 'put') {
        await queryClient.invalidateQueries({ queryKey: userKeys.all });
      }
    },
  });
}

/** Deletes a role; its holders fall back to its base, so users change too. */
export function useDeleteRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string | null }) =>
      scim.deleteRole(id, { etag }),
    onSuccess: (_, { id }) =>
      Promise.all([
        // The page that showed the role is still open until the admin is
        // taken away from it: mark it stale without asking for it again.
        queryClient.invalidateQueries({
          queryKey: roleKeys.detail(id),
          refetchType: 'none',
        }),
        queryClient.invalidateQueries({ queryKey: roleKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
      ]),
  });
}

/** Reads the server's current copy of a role, bypassing the cache. */
export function useFetchFreshRole() {
  const queryClient = useQueryClient();
  return (id: string) =>
    queryClient.fetchQuery({ ...roleQueryOptions(id), staleTime: 0 });
}
