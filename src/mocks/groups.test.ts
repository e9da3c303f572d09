import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
} from 'vitest';

import { createScimClient, eq, ScimError } from '@/scim';

import { buildTeam, buildUser } from './fixtures';
import { createTestServer } from './node';
import { buildLargeTeam } from './rules/group-large';
import { MockStore } from './store';

const store = new MockStore();
const { server } = createTestServer(store);
const BASE = 'http://scim.test/scim';
const client = createScimClient({ baseUrl: BASE });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  store.updateSettings({ profile: 'wandb' });
  store.reset();
  store.clearFaults();
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function addUser(overrides: Parameters<typeof buildUser>[0] = {}) {
  const user = buildUser(overrides);
  store.state.users.push(user);
  return user;
}

const roleIn = (userId: string, teamName: string) =>
  store.findUser(userId)?.teamRoles.find((role) => role.teamName === teamName)
    ?.roleName;

async function post(body: unknown) {
  return fetch(`${BASE}/Groups`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/scim+json' },
    body: JSON.stringify(body),
  });
}

describe('GET /scim/Groups', () => {
  it("answers W&B's capitalised member keys, and null for an empty team", async () => {
    const ada = addUser({ userName: 'ada' });
    store.state.teams.push(
      buildTeam({ name: 'full', memberIds: [ada.id] }),
      buildTeam({ name: 'empty' }),
    );

    const body = await (await fetch(`${BASE}/Groups`)).json();
    const byName = (name: string) =>
      body.Resources.find(
        (group: { displayName: string }) => group.displayName === name,
      );

    expect(body.itemsPerPage).toBe(9999);
    expect(byName('full').members).toEqual([
      expect.objectContaining({ Value: ada.id, Display: 'ada' }),
    ]);
    expect(byName('empty').members).toBeNull();
  });

  it('answers lower-case keys and [] under the RFC profile', async () => {
    const ada = addUser({ userName: 'ada' });
    store.state.teams.push(buildTeam({ name: 'full', memberIds: [ada.id] }));
    store.updateSettings({ profile: 'rfc' });

    const body = await (
      await fetch(
        `${BASE}/Groups?filter=${encodeURIComponent(eq('displayName', 'full'))}`,
      )
    ).json();

    expect(body.Resources[0].members[0]).toMatchObject({
      value: ada.id,
      display: 'ada',
    });
  });

  it('filters by displayName eq and refuses other filters', async () => {
    const list = await client.listGroups({ filter: eq('displayName', 'NLP') });

    expect(list.items.map((team) => team.name)).toEqual(['nlp']);
    await expect(
      client.listGroups({ filter: 'displayName co "n"' }),
    ).rejects.toMatchObject({ status: 400, scimType: 'invalidFilter' });
  });

  it('reads one team with a weak ETag, 404 for an unknown id', async () => {
    const team = store.state.teams[0];
    if (!team) throw new Error('the seed has teams');

    const read = await client.getGroup(team.id);

    expect(read.data.members).toHaveLength(team.memberIds.length);
    expect(read.etag).toMatch(/^W\/"\d+"$/);
    await expect(client.getGroup('nope')).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe('POST /scim/Groups', () => {
  it('takes members by id or email; the first becomes admin', async () => {
    const ada = addUser({ userName: 'ada' });
    const bob = addUser({ userName: 'bob' });

    const created = await client.createGroup({
      name: 'new-team',
      members: [ada.id, 'BOB@example.com'],
    });

    expect(created.data.members.map((m) => m.id)).toEqual([ada.id, bob.id]);
    expect(roleIn(ada.id, 'new-team')).toBe('admin');
    expect(roleIn(bob.id, 'new-team')).toBe('member');
    expect(created.etag).toMatch(/^W\//);
  });

  it('adds every org-scoped service account to the new team', async () => {
    const created = await client.createGroup({ name: 'bots', members: [] });
    const team = store.state.teams.find((t) => t.id === created.data.id);
    const orgAccounts = store.state.serviceAccounts
      .filter((account) => account.teamId === null)
      .map((account) => account.id);

    expect(orgAccounts.length).toBeGreaterThan(0);
    expect(team?.serviceAccountIds).toEqual(orgAccounts);
    expect(created.data.members).toEqual([]);
  });

  it('keeps a valid storage bucket', async () => {
    const created = await client.createGroup({
      name: 'own-bucket',
      members: [],
      storageBucket: { name: 'runs', provider: 'AWS', kmsKeyId: 'k-1' },
    });

    expect(created.data.storageBucket).toEqual({
      name: 'runs',
      provider: 'AWS',
      kmsKeyId: 'k-1',
    });
  });

  it('answers 400 listing the allowed providers for another one', async () => {
    const response = await post({
      displayName: 'bad-bucket',
      members: [],
      storageBucket: { name: 'runs', provider: 'aws' },
    });
    const body = await response.json();

    expect(response.status).toBe(400);
    expect(body.status).toBe('400');
    expect(body.detail).toMatch(/COREWEAVE, AWS, AZURE, GCP, MINIO/);
    expect(store.state.teams.some((t) => t.name === 'bad-bucket')).toBe(false);
  });

  it.each([
    ['no displayName', { members: [] }, 400],
    ['no members list', { displayName: 'x' }, 400],
    [
      'an unknown member',
      { displayName: 'x', members: [{ value: 'ghost' }] },
      400,
    ],
    ['a taken name', { displayName: 'NLP', members: [] }, 409],
  ])('refuses %s', async (_, body, status) => {
    const before = store.state.teams.length;

    const response = await post(body);

    expect(response.status).toBe(status);
    expect(store.state.teams).toHaveLength(before);
  });
});

describe('PUT /scim/Groups/{id}', () => {
  it('replaces the member list; those who stay keep their role', async () => {
    const [ada, bob, cy] = ['ada', 'bob', 'cy'].map((userName) =>
      addUser({ userName }),
    );
    if (!ada || !bob || !cy) throw new Error('three users');
    const created = await client.createGroup({
      name: 'put-team',
      members: [ada.id, bob.id],
    });

    const answer = await client.putGroup(
      created.data.id,
      { name: 'put-team', members: [ada.id, cy.id] },
      { etag: created.etag },
    );

    expect(answer.data.members.map((m) => m.id)).toEqual([ada.id, cy.id]);
    expect(roleIn(ada.id, 'put-team')).toBe('admin');
    expect(roleIn(bob.id, 'put-team')).toBeUndefined();
    expect(roleIn(cy.id, 'put-team')).toBe('member');
  });

  it('refuses a rename and a stale ETag', async () => {
    const team = await client.createGroup({ name: 'fixed', members: [] });

    await expect(
      client.putGroup(team.data.id, { name: 'renamed', members: [] }),
    ).rejects.toMatchObject({ status: 400, scimType: 'mutability' });
    await expect(
      client.putGroup(
        team.data.id,
        { name: 'fixed', members: [] },
        { etag: 'W/"0"' },
      ),
    ).rejects.toMatchObject({ status: 412 });
  });
});

describe('DELETE /scim/Groups/{id}', () => {
  it('is not supported: 501 with a SCIM error, and the team stays', async () => {
    const team = store.state.teams[0];
    if (!team) throw new Error('the seed has teams');

    const failure = client.deleteGroup(team.id);

    await expect(failure).rejects.toBeInstanceOf(ScimError);
    await expect(failure).rejects.toMatchObject({
      status: 501,
      detail: expect.stringMatching(/not supported/),
    });
    expect(store.state.teams).toContain(team);
  });
});

describe('a large team for benchmarks', () => {
  it('holds the first users, the first as admin, each with a team role', async () => {
    const [first, second] = store.state.users;

    const id = buildLargeTeam(store, 'big', 200);
    const read = await client.getGroup(id);

    expect(read.data.members).toHaveLength(200);
    expect(first?.teamRoles).toContainEqual({
      teamName: 'big',
      roleName: 'admin',
    });
    expect(second?.teamRoles).toContainEqual({
      teamName: 'big',
      roleName: 'member',
    });
  });
});
