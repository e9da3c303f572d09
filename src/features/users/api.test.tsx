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
import { setServerTraits } from '@/lib/server-traits';
import { createTestServer } from '@/mocks/node';
import { MockStore } from '@/mocks/store';

import { useSetUserActive, useUsers } from './api';

const store = new MockStore();
const { server } = createTestServer(store);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  store.reset();
  store.clearFaults();
  store.updateSettings({ generation: 'current' });
  setServerTraits({ deployment: 'dedicated', generation: 'current' });
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function setup() {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const hook = renderHook(
    () => ({ users: useUsers(), setActive: useSetUserActive() }),
    {
      wrapper,
    },
  );
  return { queryClient, hook };
}

describe('useUsers and useSetUserActive', () => {
  it('loads every user of the organization', async () => {
    const { hook } = setup();

    await waitFor(() => expect(hook.result.current.users.isSuccess).toBe(true));

    expect(hook.result.current.users.data).toHaveLength(250);
  });

  it('puts the server answer into the cached list after a deactivation', async () => {
    const { hook } = setup();
    await waitFor(() => expect(hook.result.current.users.isSuccess).toBe(true));
    const target = hook.result.current.users.data?.find((u) => u.active);
    if (!target) throw new Error('the seed has active users');

    await act(() =>
      hook.result.current.setActive.mutateAsync({
        user: target,
        active: false,
      }),
    );

    const cached = hook.result.current.users.data?.find(
      (u) => u.id === target.id,
    );
    expect(cached?.active).toBe(false);
    expect(store.findUser(target.id)?.active).toBe(false);
  });

  it('sends DELETE to deactivate under the legacy API', async () => {
    store.updateSettings({ generation: 'legacy' });
    setServerTraits({ generation: 'legacy' });
    const { hook, queryClient } = setup();
    await waitFor(() => expect(hook.result.current.users.isSuccess).toBe(true));
    const target = hook.result.current.users.data?.find((u) => u.active);
    if (!target) throw new Error('the seed has active users');

    await act(() =>
      hook.result.current.setActive.mutateAsync({
        user: target,
        active: false,
      }),
    );

    expect(store.findUser(target.id)?.active).toBe(false);
    expect(queryClient.getQueryData(userKeys.detail(target.id))).toMatchObject({
      data: { active: false },
    });
  });

  it('leaves the list as the server holds it when the write fails', async () => {
    const { hook } = setup();
    await waitFor(() => expect(hook.result.current.users.isSuccess).toBe(true));
    const target = hook.result.current.users.data?.find((u) => u.active);
    if (!target) throw new Error('the seed has active users');
    store.injectFault({
      method: 'PATCH',
      status: 500,
      detail: 'boom',
      times: 1,
    });

    await act(async () => {
      await expect(
        hook.result.current.setActive.mutateAsync({
          user: target,
          active: false,
        }),
      ).rejects.toMatchObject({ detail: 'boom' });
    });

    const cached = hook.result.current.users.data?.find(
      (u) => u.id === target.id,
    );
    expect(cached?.active).toBe(true);
    expect(store.findUser(target.id)?.active).toBe(true);
  });
});
