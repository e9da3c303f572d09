import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

import { userKeys } from '@/lib/query-keys';
import { scim } from '@/lib/scim-client';
import { getServerTraits } from '@/lib/server-traits';
import { usersListQuery } from '@/lib/shared-queries';
import { setActive, type User, type Versioned } from '@/scim';

import { forgetUser, storeUser } from './user-cache';

export const usersQueryOptions = usersListQuery;

export const userQueryOptions = (id: string) =>
  queryOptions({
    queryKey: userKeys.detail(id),
    queryFn: ({ signal }) => scim.getUser(id, signal),
  });

export function useUsers() {
  return useQuery(usersQueryOptions());
}

export function useUser(id: string) {
  return useQuery(userQueryOptions(id));
}

/** Which request deactivates: DELETE on legacy servers, PATCH on current. */
function usesLegacyDeactivation(): boolean {
  return getServerTraits().generation === 'legacy';
}

/**
 * Sends the request that deactivates or re-enables one user and answers the
 * user as the server now holds it, or null when the server removed them.
 */
export async function sendSetActive(
  user: User,
  active: boolean,
  etag?: string | null,
): Promise<Versioned<User> | null> {
  if (!active && usesLegacyDeactivation()) {
    await scim.deleteUser(user.id, { etag });
    return scim.getUser(user.id);
  }
  return scim.patchUser(user.id, [setActive(active)], { etag });
}

interface SetActiveInput {
  user: User;
  active: boolean;
  /** The ETag of the copy the admin saw, when it was read on its own. */
  etag?: string | null;
}

/**
 * Deactivates or re-enables a user, then puts the server's answer into the
 * list and the detail, so that every screen shows what the server holds.
 */
export function useSetUserActive() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({ user, active, etag }: SetActiveInput) =>
      sendSetActive(user, active, etag),
    onSuccess: (answer, { user }) =>
      answer
        ? storeUser(queryClient, answer)
        : forgetUser(queryClient, user.id),
    // After a failure, read again so that the screen shows what the server
    // holds rather than what the console hoped.
    onError: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
