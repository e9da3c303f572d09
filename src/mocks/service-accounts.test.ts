import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
} from 'vitest';

import { createScimClient } from '@/scim';

import { createTestServer } from './node';
import { MockStore } from './store';

const store = new MockStore();
const { server } = createTestServer(store);
const BASE = 'http://scim.test/scim';
const client = createScimClient({ baseUrl: BASE });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => store.reset());
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const firstTeam = () => {
  const team = store.state.teams[0];
  if (!team) throw new Error('the seed has teams');
  return team;
};

describe('/scim/ServiceAccounts', () => {
  it('lists org- and team-scoped accounts, never with a key', async () => {
    const response = await fetch(`${BASE}/ServiceAccounts`);
    const body = await response.json();
    const list = await client.listServiceAccounts();

    expect(list.items.length).toBe(store.state.serviceAccounts.length);
    expect(list.items.some((account) => account.teamId === null)).toBe(true);
    expect(list.items.some((account) => account.teamId !== null)).toBe(true);
    expect(JSON.stringify(body)).not.toMatch(/apiKey/i);
  });

  it('creates a team account and answers its API key once', async () => {
    const team = firstTeam();

    const created = await client.createServiceAccount({
      description: 'Nightly sync',
      teamId: team.id,
    });
    const listed = await client.listServiceAccounts();

    expect(created).toMatchObject({
      description: 'Nightly sync',
      teamId: team.id,
    });
    expect(created.apiKey).toMatch(/^[0-9a-f]{40}$/);
    expect(listed.items.find((a) => a.id === created.id)).toBeDefined();
    expect(JSON.stringify(store.state)).not.toContain(created.apiKey);
  });

  it('says which teams an org account joined', async () => {
    const orgAccount = await client.createServiceAccount({
      description: 'Org bot',
    });
    const team = await client.createGroup({ name: 'joined', members: [] });

    const listed = await client.listServiceAccounts();

    expect(listed.items.find((a) => a.id === orgAccount.id)?.teamIds).toEqual([
      team.data.id,
    ]);
  });

  it.each([
    ['no description', { teamId: null }, 400],
    ['an unknown team', { description: 'x', teamId: 'nope' }, 404],
  ])('refuses %s', async (_, body, status) => {
    const response = await fetch(`${BASE}/ServiceAccounts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/scim+json' },
      body: JSON.stringify(body),
    });

    expect(response.status).toBe(status);
  });

  it('deletes an account and takes it out of its teams', async () => {
    const orgAccount = await client.createServiceAccount({ description: 'x' });
    const team = await client.createGroup({ name: 'with-bot', members: [] });

    await client.deleteServiceAccount(orgAccount.id);

    const stored = store.state.teams.find((t) => t.id === team.data.id);
    expect(stored?.serviceAccountIds).toEqual(
      store.state.serviceAccounts
        .filter((account) => account.teamId === null)
        .map((account) => account.id),
    );
    expect(
      store.state.serviceAccounts.some((a) => a.id === orgAccount.id),
    ).toBe(false);
    await expect(
      client.deleteServiceAccount(orgAccount.id),
    ).rejects.toMatchObject({ status: 404 });
  });
});
