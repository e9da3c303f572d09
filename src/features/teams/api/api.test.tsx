import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
} from 'vitest';

import { userKeys } from '@/lib/query-keys';
import { createTestServer } from '@/mocks/node';
import { MockStore } from '@/mocks/store';
import { readUser, removeMember, type User } from '@/scim';

import { useOrgUsers, useTeam } from './queries';
import { useAddMembers, usePatchTeam } from './use-team-members';
import { useSetTeamRole } from './use-team-role';

const store = new MockStore();
const { server } = createTestServer(store);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => store.reset());
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function setup(teamId: string) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const hook = renderHook(
    () => ({
      team: useTeam(teamId),
      users: useOrgUsers(),
      patch: usePatchTeam(),
      add: useAddMembers(),
      role: useSetTeamRole(),
    }),
    { wrapper },
  );
  return { queryClient, hook };
}

function seededTeam() {
  const team = store.state.teams[0];
  if (!team) throw new Error('the seed has teams');
  return team;
}

async function loaded(teamId: string) {
  const { hook, queryClient } = setup(teamId);
  await waitFor(() => expect(hook.result.current.team.isSuccess).toBe(true));
  await waitFor(() => expect(hook.result.current.users.isSuccess).toBe(true));
  const team = hook.result.current.team.data;
  if (!team) throw new Error('the team loaded');
  return { hook, queryClient, team };
}

describe('the teams hooks', () => {
  it('adds members in one PATCH, then gives them the chosen role', async () => {
    const stored = seededTeam();
    const { hook, team } = await loaded(stored.id);
    const newcomers = store.state.users
      .filter((user) => !stored.memberIds.includes(user.id))
      .slice(0, 2);

    await act(() =>
      hook.result.current.add.mutateAsync({
        team: team.data,
        etag: team.etag,
        userIds: newcomers.map((user) => user.id),
        role: 'viewer',
      }),
    );

    for (const user of newcomers) {
      expect(stored.memberIds).toContain(user.id);
      expect(user.teamRoles).toContainEqual({
        teamName: stored.name,
        roleName: 'viewer',
      });
    }
    await waitFor(() =>
      expect(hook.result.current.team.data?.data.members).toHaveLength(
        stored.memberIds.length,
      ),
    );
  });

  it('sends the ETag it read, and a stale one fails with 412', async () => {
    const stored = seededTeam();
    const { hook, team } = await loaded(stored.id);
    const someone = stored.memberIds[1] ?? '';
    store.touch(stored);

    const failure = hook.result.current.patch.mutateAsync({
      team: team.data,
      etag: team.etag,
      operations: [removeMember(someone)],
    });

    await expect(failure).rejects.toMatchObject({ status: 412 });
    expect(stored.memberIds).toContain(someone);
  });

  it('sets a team role on the user and puts the answer in the caches', async () => {
    const stored = seededTeam();
    const { hook, queryClient } = await loaded(stored.id);
    const memberId = stored.memberIds[1] ?? '';
    const user = hook.result.current.users.data?.find((u) => u.id === memberId);
    if (!user) throw new Error('the member is a user');

    await act(() =>
      hook.result.current.role.mutateAsync({
        user,
        teamName: stored.name,
        role: 'Run operator',
      }),
    );

    expect(store.findUser(memberId)?.teamRoles).toContainEqual({
      teamName: stored.name,
      roleName: 'Run operator',
    });
    const cached = queryClient
      .getQueryData<User[]>(userKeys.list())
      ?.find((u) => u.id === memberId);
    expect(cached?.teamRoles).toContainEqual({
      teamName: stored.name,
      roleName: 'Run operator',
    });
  });

  it('refuses a role change made on an outdated copy of the user', async () => {
    const stored = seededTeam();
    const memberId = stored.memberIds[1] ?? '';
    const stale = readUser({
      ...store.findUser(memberId),
      meta: { version: 'W/"0"' },
    });
    const { hook } = await loaded(stored.id);

    await expect(
      hook.result.current.role.mutateAsync({
        user: stale,
        teamName: stored.name,
        role: 'viewer',
      }),
    ).rejects.toMatchObject({ status: 412 });
  });
});
