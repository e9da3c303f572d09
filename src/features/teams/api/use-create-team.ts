import { useMutation, useQueryClient } from '@tanstack/react-query';

import { teamKeys, userKeys } from '@/lib/query-keys';
import { scim } from '@/lib/scim-client';
import type { NewTeam } from '@/scim';

/**
 * Creates a team with its first admin. The new team joins the list, and the
 * users are read again: each new member now holds a role in it.
 */
export function useCreateTeam() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (team: NewTeam) => scim.createGroup(team),
    onSuccess: async (answer) => {
      queryClient.setQueryData(teamKeys.detail(answer.data.id), answer);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: teamKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
      ]);
    },
  });
}
