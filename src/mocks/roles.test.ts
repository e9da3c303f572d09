import { describe, expect, it } from 'vitest';

import { setupMockScimServer, TEST_BASE } from './testing';

const { store, client } = setupMockScimServer();
const BASE = TEST_BASE;

function post(body: unknown) {
  return fetch(`${BASE}/Roles`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/scim+json' },
    body: JSON.stringify(body),
  });
}

const viewerWithStop = {
  name: 'Run stopper',
  description: 'Stops runs.',
  inheritedFrom: 'viewer',
  permissions: [{ name: 'run:stop' }],
};

describe('GET /scim/Roles', () => {
  it('answers W&B\'s shape: schemas [""], inherited permissions marked', async () => {
    const response = await fetch(`${BASE}/Roles`);
    const body = await response.json();

    expect(body.totalResults).toBe(3);
    const operator = body.Resources.find(
      (role: { name: string }) => role.name === 'Run operator',
    );
    expect(operator.schemas).toEqual(['']);
    expect(operator.inheritedFrom).toBe('viewer');
    expect(operator.organizationID).toEqual(expect.any(String));
    expect(operator.permissions).toHaveLength(8);
    expect(operator.permissions).toContainEqual({
      name: 'launchagent:read',
      isInherited: true,
    });
    expect(operator.permissions).toContainEqual({
      name: 'run:stop',
      isInherited: false,
    });
  });

  it('answers one role with a weak ETag, and 404 for an unknown id', async () => {
    const id = store.state.roles[0]?.id ?? '';

    const response = await fetch(`${BASE}/Roles/${id}`);
    const missing = await fetch(`${BASE}/Roles/nope`);

    expect(response.headers.get('ETag')).toMatch(/^W\/"\d+"$/);
    expect((await response.json()).id).toBe(id);
    expect(missing.status).toBe(404);
  });
});

describe('POST /scim/Roles', () => {
  it('creates a role from the added permissions only and answers 201 with the inherited ones', async () => {
    const response = await post(viewerWithStop);
    const body = await response.json();

    expect(response.status).toBe(201);
    expect(body.permissions).toHaveLength(8);
    expect(
      body.permissions.filter((p: { isInherited: boolean }) => !p.isInherited),
    ).toEqual([{ name: 'run:stop', isInherited: false }]);
    const stored = store.state.roles.find((role) => role.id === body.id);
    expect(stored?.permissions).toEqual(['run:stop']);
  });

  it('gives a member-based role the 14 permissions of member', async () => {
    const created = await client.createRole({
      name: 'Editor',
      description: '',
      inheritedFrom: 'member',
      permissions: ['report:update'],
    });

    const inherited = created.data.permissions.filter((p) => p.isInherited);
    expect(inherited).toHaveLength(14);
    expect(inherited.map((p) => p.name)).not.toContain('project:update');
  });

  it.each([
    [
      'an unknown permission',
      { permissions: [{ name: 'run:teleport' }] },
      /run:teleport/,
    ],
    [
      'a base other than member or viewer',
      { inheritedFrom: 'admin' },
      /inheritedFrom/,
    ],
    ['no name', { name: '  ' }, /name/],
    ['a predefined role name', { name: 'Viewer' }, /predefined/],
  ])('refuses %s with 400', async (_, change, detail) => {
    const response = await post({ ...viewerWithStop, ...change });
    const body = await response.json();

    expect(response.status).toBe(400);
    expect(body.status).toBe('400');
    expect(body.detail).toMatch(detail);
    expect(store.state.roles).toHaveLength(3);
  });

  it('refuses a duplicate name with 409, whatever its case', async () => {
    const response = await post({ ...viewerWithStop, name: 'run OPERATOR' });

    expect(response.status).toBe(409);
    expect((await response.json()).detail).toMatch(/already exists/);
  });
});
