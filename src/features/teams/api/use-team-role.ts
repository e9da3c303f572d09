import { useMutation, useQueryClient } from '@tanstack/react-query';

import { teamKeys, userKeys } from '@/lib/query-keys';
import { scim } from '@/lib/scim-client';
import { setTeamRole, type User } from '@/scim';

import { storeUser } from './cache';

export interface SetTeamRoleInput {
  user: User;
  teamName: string;
  role: string;
}

/**
 * Sets a member's role in a team. W&B keeps team roles on the user, so this
 * is a PATCH of the user, with the version the admin saw as If-Match.
 */
export function useSetTeamRole() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({ user, teamName, role }: SetTeamRoleInput) =>
      scim.patchUser(user.id, [setTeamRole(teamName, role)], {
        etag: user.meta.version ?? null,
      }),
    onSuccess: (answer) => {
      if (answer) storeUser(queryClient, answer);
    },
    // Not awaited: the answer is already in the cache; the reads that follow
    // catch anything else the change touched.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      void queryClient.invalidateQueries({ queryKey: teamKeys.all });
    },
  });
}
