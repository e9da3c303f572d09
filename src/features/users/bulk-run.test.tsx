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

import { setServerTraits } from '@/lib/server-traits';
import { createTestServer } from '@/mocks/node';
import { MockStore } from '@/mocks/store';
import type { User } from '@/scim';

import { useUsers } from './api';
import { countOutcomes } from './bulk-plan';
import { useBulkRun } from './bulk-run';

const store = new MockStore();
const { server } = createTestServer(store);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  store.reset();
  store.clearFaults();
  store.latencyMs = 0;
  store.updateSettings({ generation: 'current', deployment: 'dedicated' });
  setServerTraits({ deployment: 'dedicated', generation: 'current' });
});
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
});
afterAll(() => server.close());

async function setup() {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const hook = renderHook(() => ({ users: useUsers(), bulk: useBulkRun() }), {
    wrapper,
  });
  await waitFor(() => expect(hook.result.current.users.isSuccess).toBe(true));
  const users = hook.result.current.users.data ?? [];

  async function settle(action: () => unknown) {
    await act(async () => {
      await action();
    });
    await waitFor(() =>
      expect(hook.result.current.bulk.run?.running).toBe(false),
    );
    return hook.result.current.bulk.run;
  }
  const cached = (id: string) =>
    hook.result.current.users.data?.find((user) => user.id === id);

  return { hook, users, settle, cached };
}

const activeMembers = (users: readonly User[]) =>
  users.filter((u) => u.active && u.organizationRole === 'member');

/** Counts the PATCH requests the mock is answering at once. */
function watchInFlight() {
  const seen = { now: 0, most: 0 };
  server.events.on('request:start', ({ request }) => {
    if (request.method !== 'PATCH') return;
    seen.now += 1;
    seen.most = Math.max(seen.most, seen.now);
  });
  server.events.on('response:mocked', ({ request }) => {
    if (request.method === 'PATCH') seen.now -= 1;
  });
  return seen;
}

describe('useBulkRun', () => {
  it('deactivates 30 users, reports two failures, retries them, then undoes it all', async () => {
    const { hook, users, settle, cached } = await setup();
    const selected = activeMembers(users).slice(0, 30);
    store.latencyMs = 5;
    const inFlight = watchInFlight();
    store.injectFault({
      method: 'PATCH',
      status: 500,
      detail: 'The user directory is busy.',
      times: 2,
    });

    const first = await settle(() =>
      hook.result.current.bulk.start({ kind: 'deactivate' }, selected),
    );

    expect(countOutcomes(first?.items ?? [])).toEqual({
      pending: 0,
      done: 28,
      failed: 2,
      skipped: 0,
    });
    expect(
      first?.items.filter((item) => item.outcome.status === 'failed'),
    ).toEqual([
      expect.objectContaining({
        outcome: { status: 'failed', detail: 'The user directory is busy.' },
      }),
      expect.objectContaining({
        outcome: { status: 'failed', detail: 'The user directory is busy.' },
      }),
    ]);
    expect(inFlight.most).toBeLessThanOrEqual(4);
    expect(inFlight.most).toBeGreaterThan(1);
    expect(selected.filter((u) => store.findUser(u.id)?.active)).toHaveLength(
      2,
    );

    const retried = await settle(() => hook.result.current.bulk.retryFailed());

    expect(countOutcomes(retried?.items ?? [])).toMatchObject({ done: 30 });
    for (const user of selected) {
      expect(store.findUser(user.id)?.active).toBe(false);
      await waitFor(() => expect(cached(user.id)?.active).toBe(false));
    }

    const undone = await settle(() => hook.result.current.bulk.undo());

    expect(undone?.phase).toBe('undo');
    expect(countOutcomes(undone?.items ?? [])).toMatchObject({ done: 30 });
    for (const user of selected) {
      expect(store.findUser(user.id)?.active).toBe(true);
      expect(cached(user.id)?.active).toBe(true);
    }
  });

  it('sends If-Match with the listed version, so a user changed meanwhile fails alone', async () => {
    const { hook, users, settle } = await setup();
    const [changed, other] = activeMembers(users);
    if (!changed || !other) throw new Error('the seed has active members');
    const stored = store.findUser(changed.id);
    if (stored) store.touch(stored);

    const run = await settle(() =>
      hook.result.current.bulk.start({ kind: 'deactivate' }, [changed, other]),
    );

    expect(run?.items.map((item) => item.outcome.status)).toEqual([
      'failed',
      'done',
    ]);
    expect(run?.items[0]?.outcome).toMatchObject({
      detail: expect.stringMatching(/modified since it was read/),
    });
    expect(store.findUser(changed.id)?.active).toBe(true);
  });

  it('skips the admin needed to keep an active one, and says why', async () => {
    const { hook, users, settle } = await setup();
    const admins = users.filter((u) => u.organizationRole === 'admin');

    const run = await settle(() =>
      hook.result.current.bulk.start({ kind: 'deactivate' }, admins),
    );

    expect(countOutcomes(run?.items ?? [])).toMatchObject({
      done: admins.length - 1,
      skipped: 1,
    });
    const stillAdmins = store.state.users.filter(
      (u) => u.active && u.organizationRole === 'admin',
    );
    expect(stillAdmins).toHaveLength(1);
  });

  it('undoes a change to viewer: role, seats and team roles come back', async () => {
    const { hook, users, settle } = await setup();
    const target = activeMembers(users).find(
      (u) =>
        u.modelsSeat === 'full' &&
        u.teamRoles.some((role) => role.roleName !== 'viewer'),
    );
    if (!target) throw new Error('the seed has such a member');

    await settle(() =>
      hook.result.current.bulk.start({ kind: 'role', role: 'viewer' }, [
        target,
      ]),
    );
    expect(store.findUser(target.id)).toMatchObject({
      organizationRole: 'member',
      modelsSeat: 'viewer',
    });

    const undone = await settle(() => hook.result.current.bulk.undo());

    expect(countOutcomes(undone?.items ?? [])).toMatchObject({ done: 1 });
    expect(store.findUser(target.id)).toMatchObject({
      organizationRole: 'member',
      modelsSeat: target.modelsSeat,
      weaveRole: target.weaveRole,
      teamRoles: expect.arrayContaining(target.teamRoles),
    });
  });

  it('deactivates with DELETE under the legacy API and can undo it', async () => {
    store.updateSettings({ generation: 'legacy' });
    setServerTraits({ generation: 'legacy' });
    const { hook, users, settle, cached } = await setup();
    const selected = activeMembers(users).slice(0, 3);
    const methods: string[] = [];
    server.events.on('request:start', ({ request }) =>
      methods.push(request.method),
    );

    await settle(() =>
      hook.result.current.bulk.start({ kind: 'deactivate' }, selected),
    );

    expect(methods.filter((m) => m === 'DELETE')).toHaveLength(3);
    expect(methods).not.toContain('PATCH');
    for (const user of selected) expect(cached(user.id)?.active).toBe(false);

    const undone = await settle(() => hook.result.current.bulk.undo());
    expect(countOutcomes(undone?.items ?? [])).toMatchObject({ done: 3 });
    for (const user of selected) {
      expect(store.findUser(user.id)?.active).toBe(true);
    }
  });

  it('on Multi-tenant Cloud drops removed users and cannot undo that', async () => {
    store.updateSettings({ deployment: 'multi-tenant' });
    setServerTraits({ deployment: 'multi-tenant' });
    const { hook, users, settle, cached } = await setup();
    const selected = activeMembers(users).slice(0, 2);

    const run = await settle(() =>
      hook.result.current.bulk.start({ kind: 'deactivate' }, selected),
    );

    expect(run?.items.map((item) => item.outcome)).toEqual([
      { status: 'done', after: null },
      { status: 'done', after: null },
    ]);
    for (const user of selected) {
      expect(store.findUser(user.id)).toBeUndefined();
      expect(cached(user.id)).toBeUndefined();
    }

    const undone = await settle(() => hook.result.current.bulk.undo());
    expect(countOutcomes(undone?.items ?? [])).toMatchObject({ skipped: 2 });
  });
});
