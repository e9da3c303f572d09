import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
} from 'vitest';

import { buildTeam, buildUser } from './fixtures';
import { createTestServer } from './node';
import { MockStore } from './store';

const store = new MockStore();
const { server } = createTestServer(store);
const BASE = 'http://scim.test/scim';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  store.updateSettings({
    profile: 'rfc',
    deployment: 'dedicated',
    generation: 'current',
  });
  store.state = {
    users: [],
    teams: [],
    roles: [],
    serviceAccounts: [],
    clock: 1,
  };
  for (const [userName, displayName] of [
    ['carol', 'Carol Danvers'],
    ['ada', 'Ada Lovelace'],
    ['bob', null],
  ] as const) {
    store.state.users.push(
      buildUser({ id: `id-${userName}`, userName, displayName }),
    );
  }
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: { 'Content-Type': 'application/scim+json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    etag: response.headers.get('ETag'),
    body: text ? JSON.parse(text) : null,
  };
}

const names = (body: { Resources: { userName: string }[] }) =>
  body.Resources.map((user) => user.userName);

const patchOp = (...Operations: unknown[]) => ({
  schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
  Operations,
});

describe('lists in the rfc profile', () => {
  it('sorts, and pages from a 1-based startIndex with count', async () => {
    const sorted = await call(
      'GET',
      '/Users?sortBy=userName&sortOrder=descending',
    );
    expect(names(sorted.body)).toEqual(['carol', 'bob', 'ada']);

    const page = await call(
      'GET',
      '/Users?sortBy=userName&startIndex=2&count=1',
    );
    expect(page.body).toMatchObject({
      totalResults: 3,
      startIndex: 2,
      itemsPerPage: 1,
    });
    expect(names(page.body)).toEqual(['bob']);
  });

  it('puts users without the sort attribute last', async () => {
    const { body } = await call('GET', '/Users?sortBy=displayName');
    expect(names(body)).toEqual(['ada', 'carol', 'bob']);
  });

  it('answers only the attributes asked for, and always the id', async () => {
    const { body } = await call(
      'GET',
      '/Users?filter=userName eq "ada"&attributes=userName,name.familyName',
    );
    expect(body.Resources[0]).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      id: 'id-ada',
      userName: 'ada',
    });
    const excluded = await call(
      'GET',
      '/Users/id-ada?excludedAttributes=emails,meta',
    );
    expect(excluded.body).not.toHaveProperty('emails');
    expect(excluded.body).not.toHaveProperty('meta');
    expect(excluded.body).toHaveProperty('userName', 'ada');
  });

  it('searches with POST /.search', async () => {
    const { status, body } = await call('POST', '/Users/.search', {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],
      filter: 'displayName co "a"',
      sortBy: 'userName',
      attributes: ['userName'],
    });
    expect(status).toBe(200);
    expect(names(body)).toEqual(['ada', 'carol']);
  });
});

describe('discovery', () => {
  it('describes the server, its resource types and schemas', async () => {
    const config = await call('GET', '/ServiceProviderConfig');
    expect(config.body).toMatchObject({
      patch: { supported: true },
      filter: { supported: true },
      sort: { supported: true },
      etag: { supported: true },
      bulk: { supported: false },
    });
    const types = await call('GET', '/ResourceTypes');
    expect(
      types.body.Resources.map((t: { endpoint: string }) => t.endpoint),
    ).toEqual(['/Users', '/Groups']);
    const schemas = await call('GET', '/Schemas');
    expect(JSON.stringify(schemas.body)).toContain('User Account');
  });

  it('answers 404 in the wandb profile, as W&B documents no discovery', async () => {
    store.updateSettings({ profile: 'wandb' });
    expect((await call('GET', '/ServiceProviderConfig')).status).toBe(404);
    expect((await call('POST', '/Users/.search', {})).status).toBe(404);
  });
});

describe('users in the rfc profile', () => {
  it('keeps the standard attributes and replaces them with PUT', async () => {
    const created = await call('POST', '/Users', {
      userName: 'dora',
      name: { familyName: 'Explorer' },
      emails: [{ Value: 'not-an-address', Primary: 'True', type: 'home' }],
      adreses: [{ country: 'Nowhere' }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: { familyName: 'Explorer' },
      emails: [{ value: 'not-an-address', primary: true, type: 'home' }],
    });
    expect(created.body).not.toHaveProperty('adreses');

    const replaced = await call('PUT', `/Users/${created.body.id}`, {
      userName: 'dora2',
      active: 'False',
    });
    expect(replaced.body).toMatchObject({ userName: 'dora2', active: false });
    expect(replaced.body).not.toHaveProperty('name');
  });

  it('patches with scim-patch, answers 204 with the new ETag', async () => {
    const answer = await call(
      'PATCH',
      '/Users/id-ada',
      patchOp(
        { op: 'Replace', path: 'DisplayName', value: 'Countess' },
        { op: 'add', path: 'name.givenName', value: 'Augusta' },
        { op: 'replace', value: { active: 'False' } },
      ),
    );
    expect(answer.status).toBe(204);
    const read = await call('GET', '/Users/id-ada');
    expect(read.etag).toBe(answer.etag);
    expect(read.body).toMatchObject({
      displayName: 'Countess',
      name: { givenName: 'Augusta' },
      active: false,
    });
  });

  // scim-patch removes by deep equality: `{value}` alone would match no
  // stored email, which also has `type` and `primary`.
  it('removes the emails a remove operation lists by value', async () => {
    await call(
      'PATCH',
      '/Users/id-ada',
      patchOp({
        op: 'add',
        path: 'emails',
        value: [{ value: 'two@x.org', type: 'home' }],
      }),
    );
    await call(
      'PATCH',
      '/Users/id-ada',
      patchOp({
        op: 'remove',
        path: 'emails',
        value: [{ value: 'ada@example.com' }],
      }),
    );
    const { body } = await call('GET', '/Users/id-ada');
    expect(body.emails.map((e: { value: string }) => e.value)).toEqual([
      'two@x.org',
    ]);
  });

  it('refuses a userName another user has, and leaves the user as it was', async () => {
    const answer = await call(
      'PATCH',
      '/Users/id-ada',
      patchOp({ op: 'replace', path: 'userName', value: 'BOB' }),
    );
    expect(answer).toMatchObject({
      status: 409,
      body: { scimType: 'uniqueness' },
    });
    expect((await call('GET', '/Users/id-ada')).body.userName).toBe('ada');
  });
});

describe('groups in the rfc profile', () => {
  beforeEach(() => {
    store.state.teams.push(
      buildTeam({ id: 't1', name: 'vision', memberIds: ['id-ada'] }),
    );
    const ada = store.findUser('id-ada');
    if (ada) ada.teamRoles = [{ teamName: 'vision', roleName: 'admin' }];
  });

  it('renames a team, and team roles follow it', async () => {
    const answer = await call(
      'PATCH',
      '/Groups/t1',
      patchOp({ op: 'replace', path: 'displayName', value: 'sight' }),
    );
    expect(answer.status).toBe(204);
    expect((await call('GET', '/Groups/t1')).body.displayName).toBe('sight');
    expect((await call('GET', '/Users/id-ada')).body.teamRoles).toEqual([
      { teamName: 'sight', roleName: 'admin' },
    ]);
  });

  it('ignores member references that name no user', async () => {
    const answer = await call(
      'PATCH',
      '/Groups/t1',
      patchOp({ op: 'add', path: 'members', value: 'string id 1' }),
    );
    expect(answer.status).toBe(204);
    const { body } = await call('GET', '/Groups/t1');
    expect(body.members.map((m: { value: string }) => m.value)).toEqual([
      'id-ada',
    ]);
  });

  it('deletes a team with its team roles', async () => {
    expect((await call('DELETE', '/Groups/t1')).status).toBe(204);
    expect((await call('GET', '/Groups/t1')).status).toBe(404);
    expect((await call('GET', '/Users/id-ada')).body.teamRoles).toEqual([]);
  });
});
