import { describe, expect, it } from 'vitest';

import {
  addMembers,
  removeAllMembers,
  removeMember,
  removeMembers,
  replaceMembers,
} from '@/scim';

import { buildTeam, buildUser } from './fixtures';
import type { StoredTeam, StoredUser } from './model';
import { setupMockScimServer, TEST_BASE } from './testing';

const { store, client } = setupMockScimServer();
const BASE = TEST_BASE;

/** A team of `size` fresh users, each holding a team role in it. */
function teamOf(size: number, name = 'squad') {
  const users: StoredUser[] = [];
  for (let i = 0; i < size; i += 1) {
    users.push(
      buildUser({
        userName: `${name}-${i}`,
        teamRoles: [{ teamName: name, roleName: i === 0 ? 'admin' : 'member' }],
      }),
    );
  }
  store.state.users.push(...users);
  const team = buildTeam({ name, memberIds: users.map((user) => user.id) });
  store.state.teams.push(team);
  return { team, users };
}

function rolesIn(team: StoredTeam) {
  return store.state.users.filter((user) =>
    user.teamRoles.some((role) => role.teamName === team.name),
  );
}

async function patchRaw(id: string, ...Operations: unknown[]) {
  return fetch(`${BASE}/Groups/${id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/scim+json' },
    body: JSON.stringify({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations,
    }),
  });
}

describe('PATCH /scim/Groups/{id}', () => {
  it('adds members by id or email; a newcomer becomes a team member', async () => {
    const { team } = teamOf(1);
    const ada = buildUser({ userName: 'ada' });
    const bob = buildUser({ userName: 'bob' });
    store.state.users.push(ada, bob);

    const answer = await client.patchGroup(team.id, [
      addMembers([ada.id, 'bob@example.com']),
    ]);

    expect(answer.data.members).toHaveLength(3);
    expect(ada.teamRoles).toEqual([{ teamName: 'squad', roleName: 'member' }]);
    expect(bob.teamRoles).toHaveLength(1);
  });

  it('adding someone already in the team changes nothing, not even the ETag', async () => {
    const { team, users } = teamOf(2);
    const before = await client.getGroup(team.id);

    const answer = await client.patchGroup(team.id, [
      addMembers([users[1]?.id ?? '']),
    ]);

    expect(answer.data.members).toHaveLength(2);
    expect(answer.etag).toBe(before.etag);
    expect(users[0]?.teamRoles[0]?.roleName).toBe('admin');
  });

  it('removes one member by filter path, by id or by email', async () => {
    const { team, users } = teamOf(3);
    const [, second, third] = users;

    await client.patchGroup(team.id, [removeMember(second?.id ?? '')]);
    await client.patchGroup(team.id, [removeMember('squad-2@example.com')]);

    expect(team.memberIds).toEqual([users[0]?.id]);
    expect(second?.teamRoles).toEqual([]);
    expect(third?.teamRoles).toEqual([]);
  });

  it('removes only the listed members in the identity-provider form', async () => {
    const { team, users } = teamOf(2);
    const [stays, leaves] = users;

    const answer = await client.patchGroup(team.id, [
      removeMembers([leaves?.id ?? '']),
    ]);

    expect(answer.data.members.map((m) => m.id)).toEqual([stays?.id]);
    expect(stays?.teamRoles).toEqual([
      { teamName: 'squad', roleName: 'admin' },
    ]);
    expect(leaves?.teamRoles).toEqual([]);
  });

  it('removes everyone with a pathed remove and no value', async () => {
    const { team } = teamOf(4);

    const answer = await client.patchGroup(team.id, [removeAllMembers()]);

    expect(answer.data.members).toEqual([]);
    expect(rolesIn(team)).toEqual([]);
    const raw = await (await fetch(`${BASE}/Groups/${team.id}`)).json();
    expect(raw.members).toBeNull();
  });

  it('replaces the member list, keeping the roles of those who stay', async () => {
    const { team, users } = teamOf(3);
    const newcomer = buildUser({ userName: 'new' });
    store.state.users.push(newcomer);

    await client.patchGroup(team.id, [
      replaceMembers([users[0]?.id ?? '', newcomer.id]),
    ]);

    expect(team.memberIds).toEqual([users[0]?.id, newcomer.id]);
    expect(users[0]?.teamRoles[0]?.roleName).toBe('admin');
    expect(newcomer.teamRoles[0]?.roleName).toBe('member');
    expect(users[1]?.teamRoles).toEqual([]);
  });

  it('takes "Remove" in any case and a pathless value with members', async () => {
    const { team, users } = teamOf(2);
    const extra = buildUser();
    store.state.users.push(extra);

    const response = await patchRaw(
      team.id,
      { op: 'Remove', path: 'members', value: [{ Value: users[1]?.id }] },
      { op: 'Add', value: { members: [{ value: extra.id }] } },
    );

    expect(response.status).toBe(200);
    expect(team.memberIds).toEqual([users[0]?.id, extra.id]);
  });

  it('applies all operations or none', async () => {
    const { team, users } = teamOf(2);

    const response = await patchRaw(
      team.id,
      { op: 'remove', path: `members[value eq "${users[1]?.id}"]` },
      { op: 'add', path: 'members', value: [{ value: 'ghost@nowhere.test' }] },
    );

    expect(response.status).toBe(400);
    expect(team.memberIds).toHaveLength(2);
    expect(users[1]?.teamRoles).toHaveLength(1);
  });

  it('refuses a rename, an unknown path and a stale ETag', async () => {
    const { team } = teamOf(1);

    const rename = await patchRaw(team.id, {
      op: 'replace',
      path: 'displayName',
      value: 'other',
    });
    const unknown = await patchRaw(team.id, {
      op: 'replace',
      path: 'owner',
      value: 'x',
    });

    expect(rename.status).toBe(400);
    expect(unknown.status).toBe(400);
    await expect(
      client.patchGroup(team.id, [removeAllMembers()], { etag: 'W/"0"' }),
    ).rejects.toMatchObject({ status: 412 });
    expect(team.memberIds).toHaveLength(1);
  });

  it('gives the team and each changed user a new ETag', async () => {
    const { team, users } = teamOf(2);
    const teamBefore = (await client.getGroup(team.id)).etag;
    const userBefore = (await client.getUser(users[1]?.id ?? '')).etag;

    const answer = await client.patchGroup(team.id, [
      removeMember(users[1]?.id ?? ''),
    ]);

    expect(answer.etag).not.toBe(teamBefore);
    expect((await client.getUser(users[1]?.id ?? '')).etag).not.toBe(
      userBefore,
    );
  });
});

describe('a 10,000-member team', () => {
  it('removes one member by filter, and two in the identity-provider form', async () => {
    const { team, users } = teamOf(10_000, 'big');
    const [first, second, third, fourth] = users;

    await client.patchGroup(team.id, [removeMember(second?.id ?? '')]);
    const answer = await client.patchGroup(team.id, [
      removeMembers([third?.id ?? '', fourth?.id ?? '']),
    ]);

    expect(answer.data.members).toHaveLength(9_997);
    expect(team.memberIds[0]).toBe(first?.id);
    expect(rolesIn(team)).toHaveLength(9_997);
    for (const gone of [second, third, fourth]) {
      expect(gone?.teamRoles).toEqual([]);
    }
  });

  it('adds one member without touching the others', async () => {
    const { team, users } = teamOf(10_000, 'big');
    const newcomer = buildUser({ userName: 'newcomer' });
    store.state.users.push(newcomer);
    const versionOfOthers = users[5]?.version;

    const answer = await client.patchGroup(team.id, [
      addMembers([newcomer.id]),
    ]);

    expect(answer.data.members).toHaveLength(10_001);
    expect(answer.data.members.at(-1)?.id).toBe(newcomer.id);
    expect(users[5]?.version).toBe(versionOfOthers);
  });
});
