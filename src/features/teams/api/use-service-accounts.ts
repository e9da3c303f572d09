import { useMutation, useQueryClient } from '@tanstack/react-query';

import { teamKeys } from '@/lib/query-keys';
import { scim } from '@/lib/scim-client';

/**
 * Creates a team service account, like the SDK's
 * Team.create_service_account. The answer holds the API key: it stays in
 * the dialog that shows it, never in the query cache.
 */
export function useCreateServiceAccount(teamId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (description: string) =>
      scim.createServiceAccount({ description, teamId }),
    onSuccess: () => {
      void queryClient.invalidateQueries({
        queryKey: teamKeys.serviceAccounts(teamId),
      });
    },
  });
}

/** Deletes a service account; whatever uses its key stops working. */
export function useDeleteServiceAccount(teamId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (id: string) => scim.deleteServiceAccount(id),
    // An org account may sit in several teams: refresh every team's list of
    // service accounts, and nothing else of theirs.
    onSettled: () => {
      void queryClient.invalidateQueries({
        queryKey: teamKeys.details(),
        predicate: ({ queryKey }) =>
          queryKey.at(-1) === teamKeys.serviceAccounts(teamId).at(-1),
      });
    },
  });
}
