import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { createScimClient } from './client';
import {
  addMembers,
  removeAllMembers,
  removeMember,
  removeMembers,
  replaceMembers,
} from './patch';

const BASE = 'https://scim.test/scim';
const server = setupServer();
const seen: Request[] = [];
const client = createScimClient({ baseUrl: BASE });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

const wandbTeam = {
  id: 't1',
  displayName: 'vision',
  members: [{ Value: 'u1', Display: 'ada' }],
  meta: { version: 'W/"4"' },
};

function answerWith(body: Record<string, unknown>, status = 200) {
  server.use(
    http.all(`${BASE}/*`, ({ request }) => {
      seen.push(request.clone());
      return HttpResponse.json(body, { status, headers: { ETag: 'W/"5"' } });
    }),
  );
}

async function sentBody(index = 0) {
  return seen[index]?.json();
}

describe('groupCalls', () => {
  it('creates a team with members by id or email and a bucket', async () => {
    answerWith(wandbTeam, 201);

    const created = await client.createGroup({
      name: 'vision',
      members: ['u1', 'bob@example.com'],
      storageBucket: { name: 'runs', provider: 'GCP' },
    });

    expect(created).toMatchObject({ etag: 'W/"5"', data: { name: 'vision' } });
    expect(seen[0]?.method).toBe('POST');
    expect(await sentBody()).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      displayName: 'vision',
      members: [{ value: 'u1' }, { value: 'bob@example.com' }],
      storageBucket: { name: 'runs', provider: 'GCP' },
    });
  });

  it.each([
    [
      'add',
      addMembers(['u2', 'u3']),
      {
        op: 'add',
        path: 'members',
        value: [{ value: 'u2' }, { value: 'u3' }],
      },
    ],
    [
      'remove one by filter',
      removeMember('a"b@example.com'),
      { op: 'remove', path: 'members[value eq "a\\"b@example.com"]' },
    ],
    [
      'remove listed (identity providers)',
      removeMembers(['u2']),
      { op: 'remove', path: 'members', value: [{ value: 'u2' }] },
    ],
    ['remove all', removeAllMembers(), { op: 'remove', path: 'members' }],
    [
      'replace',
      replaceMembers(['u9']),
      { op: 'replace', path: 'members', value: [{ value: 'u9' }] },
    ],
  ])(
    'sends the %s PATCH form with If-Match',
    async (_, operation, expected) => {
      answerWith(wandbTeam);

      await client.patchGroup('t1', [operation], { etag: 'W/"4"' });

      expect(seen[0]?.headers.get('If-Match')).toBe('W/"4"');
      expect(await sentBody()).toEqual({
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [expected],
      });
    },
  );

  it('reads the team again when a PATCH answers 204', async () => {
    server.use(
      http.all(`${BASE}/*`, ({ request }) => {
        seen.push(request.clone());
        return request.method === 'PATCH'
          ? new HttpResponse(null, { status: 204 })
          : HttpResponse.json(wandbTeam);
      }),
    );

    const answer = await client.patchGroup('t1', [removeAllMembers()]);

    expect(seen.map((request) => request.method)).toEqual(['PATCH', 'GET']);
    expect(answer.data.members).toEqual([{ id: 'u1', display: 'ada' }]);
  });

  it('reads every page from a server that pages, and W&B in one request', async () => {
    const team = (n: number) => ({ ...wandbTeam, id: `t${n}` });
    server.use(
      http.get(`${BASE}/Groups`, ({ request }) => {
        seen.push(request.clone());
        const start = Number(
          new URL(request.url).searchParams.get('startIndex') ?? 1,
        );
        const Resources = start === 1 ? [team(1), team(2)] : [team(3)];
        return HttpResponse.json({
          totalResults: 3,
          startIndex: start,
          Resources,
        });
      }),
    );

    const teams = await client.listAllGroups();

    expect(teams.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
    expect(seen.map((r) => new URL(r.url).search)).toEqual([
      '',
      '?startIndex=3',
    ]);
  });

  it('replaces the member list with PUT', async () => {
    answerWith(wandbTeam);

    await client.putGroup('t1', { name: 'vision', members: ['u1'] });

    expect(seen[0]?.method).toBe('PUT');
    expect(await sentBody()).toMatchObject({
      displayName: 'vision',
      members: [{ value: 'u1' }],
    });
  });
});

describe('serviceAccountCalls', () => {
  it('creates a team account and keeps the key it answers', async () => {
    answerWith({ id: 'sa1', description: 'CI', teamId: 't1', apiKey: 'k' });

    const created = await client.createServiceAccount({
      description: 'CI',
      teamId: 't1',
    });

    expect(created.apiKey).toBe('k');
    expect(await sentBody()).toEqual({ description: 'CI', teamId: 't1' });
  });

  it('fails clearly when the server sends no key', async () => {
    answerWith({ id: 'sa1', description: 'CI', teamId: null });

    await expect(
      client.createServiceAccount({ description: 'CI' }),
    ).rejects.toMatchObject({ status: 502 });
  });
});
