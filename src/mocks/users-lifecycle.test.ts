import { describe, expect, it } from 'vitest';

import {
  addRegistryRole,
  removeRegistryRole,
  setDisplayName,
  setEmail,
  setModelsSeat,
  setTeamRole,
  setWeaveRole,
} from '@/scim';
import { TEAMS_EXTENSION } from '@/scim/users';

import { buildTeam, buildUser } from './fixtures';
import { setupMockScimServer, TEST_BASE } from './testing';

const { store, client } = setupMockScimServer();
const BASE = TEST_BASE;

function addUser(overrides: Parameters<typeof buildUser>[0] = {}) {
  const user = buildUser(overrides);
  store.state.users.push(user);
  return user;
}

function addTeam(name: string, ...members: { id: string }[]) {
  const team = buildTeam({ name, memberIds: members.map((m) => m.id) });
  store.state.teams.push(team);
  return team;
}

async function post(body: unknown) {
  const response = await fetch(`${BASE}/Users`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/scim+json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

describe('POST /scim/Users', () => {
  it('creates a user with seats on Dedicated and answers 201', async () => {
    const created = await client.createUser({
      userName: 'new.person',
      email: 'new.person@example.com',
      modelsSeat: 'viewer',
      weaveRole: 'none',
    });

    expect(created.data).toMatchObject({
      userName: 'new.person',
      email: 'new.person@example.com',
      active: true,
      organizationRole: 'member',
      modelsSeat: 'viewer',
      weaveRole: 'none',
    });
    expect(created.etag).toMatch(/^W\//);
    expect(store.state.users.some((u) => u.userName === 'new.person')).toBe(
      true,
    );
  });

  it.each([
    ['userName', { userName: 'TAKEN', email: 'fresh@example.com' }, /userName/],
    ['email', { userName: 'fresh', email: 'Taken@Example.com' }, /email/],
  ])('answers 409 when the %s is taken', async (_, input, detail) => {
    addUser({
      userName: 'taken',
      emails: [{ value: 'taken@example.com', primary: true }],
    });

    await expect(client.createUser(input)).rejects.toMatchObject({
      status: 409,
      detail: expect.stringMatching(detail),
    });
  });

  it.each([
    ['no userName', { emails: [{ value: 'a@example.com', primary: true }] }],
    ['no email', { userName: 'a' }],
    [
      'a malformed email',
      { userName: 'a', emails: [{ value: 'not-an-email' }] },
    ],
    [
      'an unknown seat',
      {
        userName: 'a',
        emails: [{ value: 'a@example.com' }],
        modelsSeat: 'gold',
      },
    ],
  ])('answers 400 for %s', async (_, body) => {
    const answer = await post(body);

    expect(answer.status).toBe(400);
    expect(answer.body.status).toBe('400');
  });

  it('answers 400 once the seat limit is reached', async () => {
    const inUse = store.state.users.filter(
      (u) => u.active && u.modelsSeat === 'full',
    ).length;
    store.state.seatLimits = { full: inUse, viewer: 1000 };

    await expect(
      client.createUser({
        userName: 'one.more',
        email: 'one.more@example.com',
      }),
    ).rejects.toMatchObject({
      status: 400,
      detail: expect.stringMatching(/Seat limit/),
    });
  });

  it('takes the teams extension on Multi-tenant and refuses seat fields there', async () => {
    store.updateSettings({ deployment: 'multi-tenant' });
    addTeam('qa-vision');

    const created = await client.createUser({
      userName: 'mt.user',
      email: 'mt.user@example.com',
      teams: ['qa-vision'],
    });
    const seats = await post({
      userName: 'mt.other',
      emails: [{ value: 'mt.other@example.com' }],
      modelsSeat: 'full',
    });

    expect(created.data.teamRoles).toEqual([
      { teamName: 'qa-vision', roleName: 'member' },
    ]);
    expect(
      store.state.teams.find((t) => t.name === 'qa-vision')?.memberIds,
    ).toContain(created.data.id);
    expect(seats.status).toBe(400);
  });

  it('refuses the teams extension on Dedicated', async () => {
    const answer = await post({
      schemas: [TEAMS_EXTENSION],
      userName: 'x',
      emails: [{ value: 'x@example.com' }],
      [TEAMS_EXTENSION]: { teams: ['qa-vision'] },
    });

    expect(answer.status).toBe(400);
  });
});

describe('PATCH /scim/Users/{id}, every path', () => {
  it('changes the display name and the email on Dedicated', async () => {
    const user = addUser();

    const answer = await client.patchUser(user.id, [
      setDisplayName('Ada L.'),
      setEmail('ada.l@example.com'),
    ]);

    expect(answer?.data).toMatchObject({
      displayName: 'Ada L.',
      email: 'ada.l@example.com',
      emails: [{ value: 'ada.l@example.com', primary: true }],
    });
  });

  it('answers 409 for an email another user holds', async () => {
    const user = addUser();
    addUser({ emails: [{ value: 'held@example.com', primary: true }] });

    await expect(
      client.patchUser(user.id, [setEmail('Held@Example.com')]),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('refuses name and email changes on Multi-tenant, naming why', async () => {
    store.updateSettings({ deployment: 'multi-tenant' });
    const user = addUser();

    await expect(
      client.patchUser(user.id, [setDisplayName('X')]),
    ).rejects.toMatchObject({
      status: 400,
      detail: expect.stringMatching(/Multi-tenant/),
    });
    await expect(
      client.patchUser(user.id, [setEmail('x@example.com')]),
    ).rejects.toMatchObject({
      status: 400,
    });
  });

  it('sets the Models seat and the Weave role', async () => {
    const user = addUser();

    const answer = await client.patchUser(user.id, [
      setModelsSeat('viewer'),
      setWeaveRole('none'),
    ]);

    expect(answer?.data).toMatchObject({
      modelsSeat: 'viewer',
      weaveRole: 'none',
    });
  });

  it('fails the viewer remap when no viewer seat is left', async () => {
    const user = addUser();
    const inUse = store.state.users.filter(
      (u) => u.active && u.modelsSeat === 'viewer',
    ).length;
    store.state.seatLimits = { full: 1000, viewer: inUse };

    await expect(
      client.patchUser(user.id, [
        { op: 'replace', path: 'organizationRole', value: 'viewer' },
      ]),
    ).rejects.toMatchObject({
      status: 400,
      detail: expect.stringMatching(/Seat limit/),
    });
    expect(store.findUser(user.id)?.organizationRole).toBe('member');
  });

  it('sets a team role, predefined or custom, for a member of the team', async () => {
    const user = addUser({
      teamRoles: [{ teamName: 'qa-vision', roleName: 'member' }],
    });
    addTeam('qa-vision', user);
    const custom = store.state.roles[0]?.name ?? '';

    await client.patchUser(user.id, [setTeamRole('qa-vision', 'admin')]);
    const answer = await client.patchUser(user.id, [
      setTeamRole('qa-vision', custom),
    ]);

    expect(answer?.data.teamRoles).toEqual([
      { teamName: 'qa-vision', roleName: custom },
    ]);
  });

  it('refuses a team role for a non-member or an unknown role', async () => {
    const user = addUser();
    const other = addUser({
      teamRoles: [{ teamName: 'qa-nlp', roleName: 'member' }],
    });
    addTeam('qa-nlp', other);

    await expect(
      client.patchUser(user.id, [setTeamRole('qa-nlp', 'admin')]),
    ).rejects.toMatchObject({
      status: 400,
    });
    await expect(
      client.patchUser(other.id, [setTeamRole('qa-nlp', 'overlord')]),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('adds registry roles, removes one by filter and all by path', async () => {
    const user = addUser();

    await client.patchUser(user.id, [
      addRegistryRole('models', 'admin'),
      addRegistryRole('datasets', 'viewer'),
    ]);
    const afterOne = await client.patchUser(user.id, [
      removeRegistryRole('models'),
    ]);
    const emptied = await client.patchUser(user.id, [
      { op: 'remove', path: 'registryRoles' },
    ]);

    expect(afterOne?.data.registryRoles).toEqual([
      { registryName: 'datasets', roleName: 'viewer' },
    ]);
    expect(emptied?.data.registryRoles).toEqual([]);
  });
});
