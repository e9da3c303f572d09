import type { QueryClient } from '@tanstack/react-query';

import { teamKeys, userKeys } from '@/lib/query-keys';
import type { Team, User, Versioned } from '@/scim';

/** Puts a team as the server answered it into its detail and the list. */
export function storeTeam(
  queryClient: QueryClient,
  answer: Versioned<Team>,
): void {
  queryClient.setQueryData(teamKeys.detail(answer.data.id), answer);
  queryClient.setQueryData<Team[]>(teamKeys.list(), (teams) =>
    teams?.map((team) => (team.id === answer.data.id ? answer.data : team)),
  );
}

/** Puts a user as the server answered it into the users list and detail. */
export function storeUser(
  queryClient: QueryClient,
  answer: Versioned<User>,
): void {
  queryClient.setQueryData(userKeys.detail(answer.data.id), answer);
  queryClient.setQueryData<User[]>(userKeys.list(), (users) =>
    users?.map((user) => (user.id === answer.data.id ? answer.data : user)),
  );
}
