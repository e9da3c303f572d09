import type { QueryClient } from '@tanstack/react-query';

import { userKeys } from '@/lib/query-keys';
import type { User, Versioned } from '@/scim';

/** Puts the server's answer for one user into the list and the detail. */
export function storeUser(
  queryClient: QueryClient,
  answer: Versioned<User>,
): void {
  queryClient.setQueryData(userKeys.detail(answer.data.id), answer);
  queryClient.setQueryData<User[]>(userKeys.list(), (users) => {
    if (!users) return users;
    const known = users.some((user) => user.id === answer.data.id);
    return known
      ? users.map((user) => (user.id === answer.data.id ? answer.data : user))
      : [...users, answer.data];
  });
}

/** Drops a user the server no longer has from the list and the detail. */
export function forgetUser(queryClient: QueryClient, id: string): void {
  queryClient.removeQueries({ queryKey: userKeys.detail(id) });
  queryClient.setQueryData<User[]>(userKeys.list(), (users) =>
    users?.filter((user) => user.id !== id),
  );
}
