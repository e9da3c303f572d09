import { useMutation, useQueryClient } from '@tanstack/react-query';

import { teamKeys, userKeys } from '@/lib/query-keys';
import { scim } from '@/lib/scim-client';
import { usersListQuery } from '@/lib/shared-queries';
import {
  addMembers,
  type PatchOperation,
  setTeamRole,
  type Team,
} from '@/scim';

import { storeTeam } from './cache';

interface TeamChange {
  team: Team;
  /** The ETag of the copy the admin saw; sent as If-Match. */
  etag: string | null;
}

/**
 * Changes a team's members with PATCH operations, one member (or one
 * "everyone") at a time: a large team's list is never sent back whole.
 */
export function usePatchTeam() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({
      team,
      etag,
      operations,
    }: TeamChange & { operations: PatchOperation[] }) =>
      scim.patchGroup(team.id, operations, { etag }),
    onSuccess: (answer) => {
      storeTeam(queryClient, answer);
      // Members' teamRoles changed on the server with the membership.
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
    },
    // After a failure, read again: show what the server holds.
    onError: (_, { team }) => {
      void queryClient.invalidateQueries({
        queryKey: teamKeys.detail(team.id),
      });
    },
  });
}

export interface AddMembersInput extends TeamChange {
  userIds: string[];
  role: string;
}

/**
 * Adds users in one PATCH, then gives them `role` when it is not the
 * server's default. Role failures are reported per user, not thrown: the
 * members were added.
 */
export function useAddMembers() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: async ({ team, etag, userIds, role }: AddMembersInput) => {
      const answer = await scim.patchGroup(team.id, [addMembers(userIds)], {
        etag,
      });
      storeTeam(queryClient, answer);

      const failed: { userId: string; error: unknown }[] = [];
      if (role !== 'member') {
        for (const userId of userIds) {
          // No If-Match: the membership was created a moment ago by this
          // very request, so there is no copy the admin saw to protect.
          await scim
            .patchUser(userId, [setTeamRole(team.name, role)])
            .catch((error: unknown) => failed.push({ userId, error }));
        }
      }
      // The server may give some a role other than the one asked (it keeps
      // legacy org viewers as viewers): read back what each one got.
      const users = await queryClient.fetchQuery({
        ...usersListQuery(),
        staleTime: 0,
      });
      const given = new Map(
        users
          .filter((user) => userIds.includes(user.id))
          .map((user) => [
            user.id,
            user.teamRoles.find((r) => r.teamName === team.name)?.roleName ??
              role,
          ]),
      );
      return { answer, failed, given };
    },
    // Not awaited: the answer is already on screen; the new members' roles
    // follow when the users are read again.
    onSettled: (_, __, { team }) => {
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      void queryClient.invalidateQueries({
        queryKey: teamKeys.detail(team.id),
      });
    },
  });
}
