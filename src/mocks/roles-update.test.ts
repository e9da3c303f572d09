import { describe, expect, it } from 'vitest';

import type { StoredRole } from './model';
import { setupMockScimServer, TEST_BASE } from './testing';

const { store, client } = setupMockScimServer();
const BASE = TEST_BASE;

function seeded(name: string): StoredRole {
  const role = store.state.roles.find((candidate) => candidate.name === name);
  if (!role) throw new Error(`the seed has the role ${name}`);
  return role;
}

const added = (role: {
  permissions: { name: string; isInherited: boolean }[];
}) => role.permissions.filter((p) => !p.isInherited).map((p) => p.name);

function patch(id: string, Operations: unknown[], headers: HeadersInit = {}) {
  return fetch(`${BASE}/Roles/${id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/scim+json', ...headers },
    body: JSON.stringify({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations,
    }),
  });
}

describe('PATCH /scim/Roles/{id}', () => {
  it('adds and removes added permissions; a removal carries a value list', async () => {
    const role = seeded('Project maintainer');

    const answer = await client.patchRole(role.id, {
      add: ['run:stop'],
      remove: ['project:update'],
    });

    expect(added(answer.data)).toEqual(['project:delete', 'run:stop']);
    expect(seeded('Project maintainer').permissions).toEqual([
      'project:delete',
      'run:stop',
    ]);
  });

  it('takes the operation in any case', async () => {
    const role = seeded('Run operator');

    const response = await patch(role.id, [
      { op: 'Add', path: 'permissions', value: [{ name: 'run:delete' }] },
    ]);

    expect(response.status).toBe(200);
    expect(role.permissions).toContain('run:delete');
  });

  it('refuses to remove an inherited permission and to add an unknown one', async () => {
    const role = seeded('Run operator');

    const inherited = await patch(role.id, [
      { op: 'remove', path: 'permissions', value: [{ name: 'run:read' }] },
    ]);
    const unknown = await patch(role.id, [
      { op: 'add', path: 'permissions', value: [{ name: 'run:fly' }] },
    ]);

    expect(inherited.status).toBe(400);
    expect((await inherited.json()).detail).toMatch(/run:read/);
    expect(unknown.status).toBe(400);
    expect(role.permissions).toEqual(['run:stop']);
  });
});

describe('PUT /scim/Roles/{id}', () => {
  it('changes the base and keeps the added permissions', async () => {
    const role = seeded('Sweep runner');

    const answer = await client.putRole(role.id, {
      name: 'Sweep runner',
      description: 'Now a viewer who stops sweeps and runs.',
      inheritedFrom: 'viewer',
      permissions: ['sweep:stop', 'run:stop'],
    });

    expect(answer.data.inheritedFrom).toBe('viewer');
    expect(answer.data.description).toMatch(/viewer who stops/);
    expect(added(answer.data)).toEqual(['sweep:stop', 'run:stop']);
    expect(answer.data.permissions.filter((p) => p.isInherited)).toHaveLength(
      7,
    );
  });

  it('keeps the added permissions when the body changes only the base', async () => {
    const role = seeded('Run operator');

    const response = await fetch(`${BASE}/Roles/${role.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/scim+json' },
      body: JSON.stringify({ name: 'Run operator', inheritedFrom: 'member' }),
    });
    const body = await response.json();

    expect(body.inheritedFrom).toBe('member');
    expect(added(body)).toEqual(['run:stop']);
  });

  it('renames the role in the team roles of everyone holding it', async () => {
    const role = seeded('Run operator');
    const holders = store.state.users.filter((user) =>
      user.teamRoles.some((held) => held.roleName === 'Run operator'),
    );
    expect(holders.length).toBeGreaterThan(0);

    await client.putRole(role.id, {
      name: 'Run stopper',
      description: role.description,
      inheritedFrom: role.inheritedFrom,
      permissions: role.permissions,
    });

    for (const holder of holders) {
      const roles = store.findUser(holder.id)?.teamRoles.map((r) => r.roleName);
      expect(roles).toContain('Run stopper');
      expect(roles).not.toContain('Run operator');
    }
  });

  it("refuses another role's name with 409", async () => {
    const role = seeded('Run operator');

    await expect(
      client.putRole(role.id, {
        name: 'Sweep runner',
        description: '',
        inheritedFrom: 'viewer',
        permissions: [],
      }),
    ).rejects.toMatchObject({ status: 409 });
  });
});

describe('ETags', () => {
  it('change on every write, and a stale If-Match answers 412', async () => {
    const role = seeded('Run operator');
    const read = await client.getRole(role.id);

    const first = await client.patchRole(
      role.id,
      { add: ['run:delete'] },
      { etag: read.etag },
    );
    const stale = client.patchRole(
      role.id,
      { remove: ['run:delete'] },
      { etag: read.etag },
    );

    expect(first.etag).toMatch(/^W\//);
    expect(first.etag).not.toBe(read.etag);
    await expect(stale).rejects.toMatchObject({ status: 412, isStale: true });
    await expect(
      client.deleteRole(role.id, { etag: read.etag }),
    ).rejects.toMatchObject({ status: 412 });
    expect(seeded('Run operator').permissions).toContain('run:delete');
  });
});
