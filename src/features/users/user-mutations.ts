import { useMutation, useQueryClient } from '@tanstack/react-query';

import { teamKeys, userKeys } from '@/lib/query-keys';
import { scim } from '@/lib/scim-client';
import {
  type NewUser,
  type OrgRole,
  type PatchOperation,
  ScimError,
  setOrganizationRole,
} from '@/scim';

import { forgetUser, storeUser } from './user-cache';

export interface CreateUserInput extends NewUser {
  organizationRole: OrgRole;
}

/** What came of a create: the user, and a role that could not be set. */
export interface CreateUserResult {
  id: string;
  userName: string;
  roleError: ScimError | null;
}

/**
 * Creates a user, then sets the org role when it is not member: the create
 * request has no role field, as with the SDK's `create_user(email, admin)`.
 */
export function useCreateUser() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: async ({
      organizationRole,
      ...user
    }: CreateUserInput): Promise<CreateUserResult> => {
      const created = await scim.createUser(user);
      storeUser(queryClient, created);
      if (organizationRole === 'member') {
        return {
          id: created.data.id,
          userName: user.userName,
          roleError: null,
        };
      }

      try {
        const changed = await scim.patchUser(
          created.data.id,
          [setOrganizationRole(organizationRole)],
          { etag: created.etag },
        );
        if (changed) storeUser(queryClient, changed);
        return {
          id: created.data.id,
          userName: user.userName,
          roleError: null,
        };
      } catch (error) {
        const roleError =
          error instanceof ScimError
            ? error
            : new ScimError(0, 'The role could not be set.');
        return { id: created.data.id, userName: user.userName, roleError };
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: teamKeys.all }),
  });
}

interface EditInput {
  id: string;
  operations: PatchOperation[];
  etag: string | null;
}

/** Applies PATCH operations to one user with If-Match. */
export function useEditUser() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({ id, operations, etag }: EditInput) =>
      scim.patchUser(id, operations, { etag }),
    onSuccess: (answer, { id }) => {
      if (answer) storeUser(queryClient, answer);
      else forgetUser(queryClient, id);
      // Team roles show on team pages too.
      void queryClient.invalidateQueries({ queryKey: teamKeys.all });
    },
  });
}

/** Removes a user from the organization for good (DELETE, current API). */
export function useRemoveUser() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string | null }) =>
      scim.deleteUser(id, { etag }),
    onSuccess: (_, { id }) => {
      forgetUser(queryClient, id);
      void queryClient.invalidateQueries({ queryKey: teamKeys.all });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
