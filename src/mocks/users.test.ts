import { describe, expect, it } from 'vitest';

import { eq, ScimError, setActive } from '@/scim';

import { buildTeam, buildUser } from './fixtures';
import { SEED_FACTS } from './seed';
import { MockStore } from './store';
import { setupMockScimServer, TEST_BASE } from './testing';

const { store, client } = setupMockScimServer();
const BASE = TEST_BASE;

function addUser(overrides: Parameters<typeof buildUser>[0] = {}) {
  const user = buildUser(overrides);
  store.state.users.push(user);
  return user;
}

async function patchRaw(id: string, body: unknown, headers: HeadersInit = {}) {
  return fetch(`${BASE}/Users/${id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/scim+json', ...headers },
    body: JSON.stringify(body),
  });
}

const patchOp = (...Operations: unknown[]) => ({
  schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
  Operations,
});

describe('the seed organization', () => {
  it('holds 250 varied users with admins, deactivated users and teams', () => {
    const users = store.state.users;
    const names = users.map((user) => user.displayName ?? '');

    expect(users).toHaveLength(SEED_FACTS.users);
    expect(users.filter((u) => u.organizationRole === 'admin')).toHaveLength(3);
    const deactivated = users.filter((u) => !u.active).length;
    expect(deactivated).toBeGreaterThanOrEqual(15);
    expect(deactivated).toBeLessThanOrEqual(25);
    expect(names.some((name) => /[^\x20-\x7e]/.test(name))).toBe(true);
    expect(names.some((name) => name.length > 40)).toBe(true);
    expect(users.some((u) => u.emails[0]?.value.includes('+'))).toBe(true);
    expect(users.some((u) => u.displayName === null)).toBe(true);
    expect(store.state.teams.length).toBeGreaterThan(5);
    expect(store.state.roles.length).toBeGreaterThan(0);
  });

  it('is the same every time', () => {
    const first = JSON.stringify(new MockStore().state);
    expect(JSON.stringify(new MockStore().state)).toBe(first);
  });
});

describe('GET /scim/Users', () => {
  it('answers every user in one response, as W&B does', async () => {
    const response = await fetch(`${BASE}/Users?startIndex=1&count=10`);
    const body = await response.json();

    expect(body.totalResults).toBe(SEED_FACTS.users);
    expect(body.itemsPerPage).toBe(9999);
    expect(body.Resources).toHaveLength(SEED_FACTS.users);
    expect(body.Resources[0].emails).toMatchObject({ Primary: true });
  });

  it('filters by userName and by email', async () => {
    const ada = addUser({
      userName: 'ada.lovelace',
      emails: [{ value: 'ada+ml@example.com', primary: true }],
    });

    const byName = await client.listUsers({
      filter: eq('userName', 'ada.lovelace'),
    });
    const byEmail = await client.listUsers({
      filter: eq('emails.value', 'ada+ml@example.com'),
    });

    expect(byName.items.map((u) => u.id)).toEqual([ada.id]);
    expect(byEmail.items.map((u) => u.id)).toEqual([ada.id]);
  });

  it('refuses filters W&B does not support', async () => {
    await expect(
      client.listUsers({ filter: 'userName co "ada"' }),
    ).rejects.toMatchObject({ status: 400, scimType: 'invalidFilter' });
  });

  it('never lists service accounts', async () => {
    const list = await client.listUsers();
    const ids = new Set(list.items.map((u) => u.id));

    for (const account of store.state.serviceAccounts) {
      expect(ids.has(account.id)).toBe(false);
    }
  });
});

describe('GET /scim/Users/{id}', () => {
  it('answers the user with a weak ETag', async () => {
    const user = addUser({ userName: 'grace' });

    const read = await client.getUser(user.id);

    expect(read.data.userName).toBe('grace');
    expect(read.etag).toMatch(/^W\/".+"$/);
  });

  it('answers 404 with a SCIM error body for an unknown id', async () => {
    const response = await fetch(`${BASE}/Users/nope`);
    const body = await response.json();

    expect(response.status).toBe(404);
    expect(body).toMatchObject({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '404',
    });
  });
});

describe('PATCH /scim/Users/{id}', () => {
  it('deactivates with the pathless value form', async () => {
    const user = addUser();

    const answer = await client.patchUser(user.id, [setActive(false)]);

    expect(answer?.data.active).toBe(false);
    expect(store.findUser(user.id)?.active).toBe(false);
  });

  it('deactivates with path "active", any op case and "False"', async () => {
    const user = addUser();

    const response = await patchRaw(
      user.id,
      patchOp({ op: 'Replace', path: 'active', value: 'False' }),
    );

    expect(response.status).toBe(200);
    expect(store.findUser(user.id)?.active).toBe(false);
  });

  it('re-enables with add used like replace and a "True" string', async () => {
    const user = addUser({ active: false });

    await patchRaw(user.id, patchOp({ op: 'ADD', value: { active: 'True' } }));

    expect(store.findUser(user.id)?.active).toBe(true);
  });

  it('sets the organization role', async () => {
    const user = addUser();

    const answer = await client.patchUser(user.id, [
      { op: 'replace', path: 'organizationRole', value: 'admin' },
    ]);

    expect(answer?.data.organizationRole).toBe('admin');
  });

  it('remaps the deprecated viewer role to a member with viewer seats', async () => {
    const team = buildTeam({ name: 'vision' });
    store.state.teams.push(team);
    const user = addUser({
      teamRoles: [{ teamName: 'vision', roleName: 'admin' }],
    });
    team.memberIds.push(user.id);

    const answer = await client.patchUser(user.id, [
      { op: 'replace', path: 'organizationRole', value: 'viewer' },
    ]);

    expect(answer?.data).toMatchObject({
      organizationRole: 'member',
      modelsSeat: 'viewer',
      weaveRole: 'viewer',
      teamRoles: [{ teamName: 'vision', roleName: 'viewer' }],
    });
  });

  it('answers 400 for a value it cannot take, and changes nothing', async () => {
    const user = addUser();

    const response = await patchRaw(
      user.id,
      patchOp(
        { op: 'replace', path: 'organizationRole', value: 'admin' },
        { op: 'replace', path: 'active', value: 'maybe' },
      ),
    );

    expect(response.status).toBe(400);
    expect((await response.json()).status).toBe('400');
    expect(store.findUser(user.id)).toMatchObject({
      organizationRole: 'member',
      active: true,
    });
  });

  it('changes the ETag on every write and answers 412 to a stale one', async () => {
    const user = addUser();
    const first = await client.getUser(user.id);

    const second = await client.patchUser(user.id, [setActive(false)], {
      etag: first.etag,
    });
    const stale = client.patchUser(user.id, [setActive(true)], {
      etag: first.etag,
    });

    expect(second?.etag).not.toBe(first.etag);
    await expect(stale).rejects.toMatchObject({ status: 412 });
    expect(store.findUser(user.id)?.active).toBe(false);
  });

  it('answers 404 for an unknown user', async () => {
    const failure = client.patchUser('nope', [setActive(false)]);

    await expect(failure).rejects.toBeInstanceOf(ScimError);
    await expect(failure).rejects.toMatchObject({ status: 404 });
  });
});

describe('deployment and API generation', () => {
  it('removes the user on Multi-tenant deactivation', async () => {
    store.updateSettings({ deployment: 'multi-tenant' });
    const user = addUser();

    const response = await patchRaw(user.id, patchOp(setActive(false)));

    expect(response.status).toBe(204);
    expect(store.findUser(user.id)).toBeUndefined();
  });

  it('refuses reactivation on Multi-tenant with a detail', async () => {
    store.updateSettings({ deployment: 'multi-tenant' });
    const user = addUser({ active: false });

    await expect(
      client.patchUser(user.id, [setActive(true)]),
    ).rejects.toMatchObject({
      status: 400,
      detail: expect.stringMatching(/Multi-tenant/),
    });
  });

  it('deactivates on DELETE under the legacy API, and removes under current', async () => {
    const kept = addUser();
    const removed = addUser();

    store.updateSettings({ generation: 'legacy' });
    await client.deleteUser(kept.id);
    store.updateSettings({ generation: 'current' });
    await client.deleteUser(removed.id);

    expect(store.findUser(kept.id)?.active).toBe(false);
    expect(store.findUser(removed.id)).toBeUndefined();
  });
});

describe('faults', () => {
  it('fails the matching request once with the injected detail', async () => {
    const user = addUser();
    store.injectFault({
      method: 'PATCH',
      status: 500,
      detail: 'database is locked',
      times: 1,
    });

    await expect(
      client.patchUser(user.id, [setActive(false)]),
    ).rejects.toMatchObject({ status: 500, detail: 'database is locked' });
    await expect(
      client.patchUser(user.id, [setActive(false)]),
    ).resolves.toBeTruthy();
  });
});
