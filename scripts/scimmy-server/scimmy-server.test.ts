// @vitest-environment node
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createScimClient, eq, ScimError, setActive } from '../../src/scim';
import { createScimmyApp } from './scimmy-app';

// Our SCIM client against a server we did not write (SCIMMY), over HTTP.
const KEY = 'scimmy-test-key';
let server: Server;
let base = '';

beforeAll(async () => {
  server = createScimmyApp({ apiKey: KEY }).listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/scim`;
});
afterAll(() => new Promise((done) => server.close(done)));

const client = () =>
  createScimClient({ baseUrl: base, auth: { type: 'bearer', token: KEY } });

describe('the SCIM client against SCIMMY', () => {
  it('creates, gets, lists and filters users', async () => {
    const scim = client();
    const ada = await scim.createUser({
      userName: 'ada',
      email: 'ada@example.com',
    });
    await scim.createUser({ userName: 'grace', email: 'grace@example.com' });

    expect(ada.data).toMatchObject({
      userName: 'ada',
      email: 'ada@example.com',
      active: true,
    });
    expect((await scim.getUser(ada.data.id)).data.userName).toBe('ada');

    const all = await scim.listUsers();
    expect(all.items.map((user) => user.userName).sort()).toEqual([
      'ada',
      'grace',
    ]);
    const found = await scim.listUsers({ filter: eq('userName', 'grace') });
    expect(found.items.map((user) => user.userName)).toEqual(['grace']);
  });

  it('pages and sorts as RFC 7644 asks', async () => {
    const page = await client().listUsers({
      sortBy: 'userName',
      sortOrder: 'descending',
      startIndex: 1,
      count: 1,
    });
    expect(page.totalResults).toBe(2);
    expect(page.items.map((user) => user.userName)).toEqual(['grace']);
  });

  it('deactivates a user with PATCH and deletes one', async () => {
    const scim = client();
    const [grace] = (await scim.listUsers({ filter: eq('userName', 'grace') }))
      .items;
    if (!grace) throw new Error('grace was not created');

    const patched = await scim.patchUser(grace.id, [setActive(false)]);
    expect(patched?.data.active).toBe(false);

    await scim.deleteUser(grace.id);
    const gone = await scim.getUser(grace.id).catch((error: unknown) => error);
    expect(gone).toBeInstanceOf(ScimError);
    expect(gone).toMatchObject({ status: 404 });
  });

  it('creates a group, changes its members and deletes it', async () => {
    const scim = client();
    const [ada] = (await scim.listUsers({ filter: eq('userName', 'ada') }))
      .items;
    if (!ada) throw new Error('ada was not created');

    const team = await scim.createGroup({ name: 'vision', members: [ada.id] });
    expect(team.data.members.map((member) => member.id)).toEqual([ada.id]);
    expect(
      (await scim.listGroups({ filter: eq('displayName', 'vision') })).items,
    ).toHaveLength(1);

    const emptied = await scim.patchGroup(team.data.id, [
      { op: 'remove', path: `members[value eq "${ada.id}"]` },
    ]);
    expect(emptied.data.members).toEqual([]);
    const refilled = await scim.patchGroup(team.data.id, [
      { op: 'add', path: 'members', value: [{ value: ada.id }] },
    ]);
    expect(refilled.data.members.map((member) => member.id)).toEqual([ada.id]);

    await scim.deleteGroup(team.data.id);
    expect((await scim.listGroups()).items).toEqual([]);
  });

  it('reads every page of a server that pages by default', async () => {
    const scim = client();
    for (let index = 0; index < 25; index += 1) {
      await scim.createUser({
        userName: `many-${index}`,
        email: `m${index}@example.com`,
      });
    }
    const first = await scim.listUsers();
    const all = await scim.listAllUsers();

    expect(first.items.length).toBeLessThan(first.totalResults);
    expect(all).toHaveLength(first.totalResults);
    expect(new Set(all.map((user) => user.id)).size).toBe(all.length);
  });

  it('reads the server’s ServiceProviderConfig', async () => {
    expect(await client().getServiceProviderConfig()).toMatchObject({
      patch: true,
      filter: true,
    });
  });

  it('is refused without the key', async () => {
    const anonymous = createScimClient({ baseUrl: base });
    await expect(anonymous.listUsers()).rejects.toMatchObject({ status: 401 });
  });
});
