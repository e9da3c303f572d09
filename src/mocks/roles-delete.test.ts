import { describe, expect, it } from 'vitest';

import { buildRole, buildTeam, buildUser } from './fixtures';
import { browserPersistence } from './persistence';
import { deleteRole } from './rules/role-delete';
import { MockStore } from './store';
import { setupMockScimServer } from './testing';

const { store, client } = setupMockScimServer();

describe('DELETE /scim/Roles/{id}', () => {
  it('makes everyone holding the role fall back to its base, in every team', async () => {
    const role = buildRole({ name: 'Auditor', inheritedFrom: 'viewer' });
    const teamA = buildTeam({ name: 'audit-a' });
    const teamB = buildTeam({ name: 'audit-b' });
    const ada = buildUser({
      teamRoles: [
        { teamName: 'audit-a', roleName: 'Auditor' },
        { teamName: 'audit-b', roleName: 'Auditor' },
      ],
    });
    const alan = buildUser({
      teamRoles: [
        { teamName: 'audit-a', roleName: 'admin' },
        { teamName: 'audit-b', roleName: 'Auditor' },
      ],
    });
    store.state.roles.push(role);
    store.state.teams.push(teamA, teamB);
    store.state.users.push(ada, alan);
    const adaVersion = ada.version;

    await client.deleteRole(role.id);

    expect(store.findUser(ada.id)?.teamRoles).toEqual([
      { teamName: 'audit-a', roleName: 'viewer' },
      { teamName: 'audit-b', roleName: 'viewer' },
    ]);
    expect(store.findUser(alan.id)?.teamRoles).toEqual([
      { teamName: 'audit-a', roleName: 'admin' },
      { teamName: 'audit-b', roleName: 'viewer' },
    ]);
    expect(store.findUser(ada.id)?.version).not.toBe(adaVersion);
    await expect(client.getRole(role.id)).rejects.toMatchObject({
      status: 404,
    });
  });

  it('makes the seed holders of a member-based role members again', async () => {
    const role = store.state.roles.find((r) => r.name === 'Project maintainer');
    if (!role) throw new Error('the seed has Project maintainer');
    const holders = store.state.users.filter((user) =>
      user.teamRoles.some((held) => held.roleName === role.name),
    );
    expect(holders.length).toBeGreaterThan(0);

    await client.deleteRole(role.id);

    const users = (await client.listUsers()).items;
    for (const holder of holders) {
      const after = users.find((user) => user.id === holder.id);
      expect(after?.teamRoles.map((held) => held.roleName)).not.toContain(
        'Project maintainer',
      );
    }
    expect((await client.listRoles()).items).toHaveLength(2);
  });

  it('answers 404 for a role that does not exist', async () => {
    await expect(client.deleteRole('nope')).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe('a role deletion in the demo browser', () => {
  it('survives a reload, holders fallen back included', () => {
    window.localStorage.clear();
    const before = new MockStore(browserPersistence(window.localStorage));
    const role = before.state.roles.find((r) => r.name === 'Sweep runner');
    if (!role) throw new Error('the seed has Sweep runner');

    deleteRole(before, role);
    const after = new MockStore(browserPersistence(window.localStorage));

    expect(after.state.roles.map((r) => r.name)).not.toContain('Sweep runner');
    expect(JSON.stringify(after.state.users)).not.toContain('Sweep runner');
    window.localStorage.clear();
  });
});
