import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { createScimClient } from './client';

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

const wandbRole = {
  schemas: [''],
  id: 'Um9sZTo3',
  name: 'Run operator',
  description: 'Stops runs.',
  inheritedFrom: 'viewer',
  organizationID: 'org-1',
  permissions: [
    { name: 'run:read', isInherited: true },
    { name: 'run:stop', isInherited: false },
  ],
};

function answerWith(body: unknown, init: ResponseInit = {}) {
  server.use(
    http.all(`${BASE}/*`, ({ request }) => {
      seen.push(request.clone());
      return body === null
        ? new HttpResponse(null, { status: 204 })
        : HttpResponse.json(body as Record<string, unknown>, init);
    }),
  );
}

const input = {
  name: 'Run operator',
  description: 'Stops runs.',
  inheritedFrom: 'viewer' as const,
  permissions: ['run:stop'],
};

describe('roleCalls', () => {
  it('creates with only the added permissions in the body', async () => {
    answerWith(wandbRole, { status: 201, headers: { ETag: 'W/"2"' } });

    const created = await client.createRole(input);

    expect(seen[0]?.method).toBe('POST');
    expect(new URL(seen[0]?.url ?? '').pathname).toBe('/scim/Roles');
    expect(await seen[0]?.json()).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Role'],
      name: 'Run operator',
      description: 'Stops runs.',
      inheritedFrom: 'viewer',
      permissions: [{ name: 'run:stop' }],
    });
    expect(created).toMatchObject({ etag: 'W/"2"', data: { id: 'Um9sZTo3' } });
  });

  it('patches adds and removes in one request, removal with a value list', async () => {
    answerWith(wandbRole);

    await client.patchRole(
      'Um9sZTo3',
      { add: ['run:delete'], remove: ['run:stop'] },
      { etag: 'W/"4"' },
    );

    expect(seen[0]?.method).toBe('PATCH');
    expect(seen[0]?.headers.get('If-Match')).toBe('W/"4"');
    expect(await seen[0]?.json()).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'add', path: 'permissions', value: [{ name: 'run:delete' }] },
        { op: 'remove', path: 'permissions', value: [{ name: 'run:stop' }] },
      ],
    });
  });

  it('sends only the operation it needs', async () => {
    answerWith(wandbRole);

    await client.patchRole('Um9sZTo3', { remove: ['run:stop'] });

    expect(await seen[0]?.json()).toMatchObject({
      Operations: [
        { op: 'remove', path: 'permissions', value: [{ name: 'run:stop' }] },
      ],
    });
  });

  it('replaces with PUT and If-Match, and deletes with If-Match', async () => {
    answerWith(wandbRole);
    await client.putRole(
      'Um9sZTo3',
      { ...input, inheritedFrom: 'member' },
      { etag: 'W/"5"' },
    );
    answerWith(null);
    await client.deleteRole('Um9sZTo3', { etag: 'W/"6"' });

    expect(seen[0]?.method).toBe('PUT');
    expect(seen[0]?.headers.get('If-Match')).toBe('W/"5"');
    expect(await seen[0]?.json()).toMatchObject({
      inheritedFrom: 'member',
      permissions: [{ name: 'run:stop' }],
    });
    expect(seen[1]?.method).toBe('DELETE');
    expect(seen[1]?.headers.get('If-Match')).toBe('W/"6"');
  });

  it('lists roles from a ListResponse and reads one with its ETag', async () => {
    answerWith({ totalResults: 1, Resources: [wandbRole] });
    const list = await client.listRoles();
    answerWith({ ...wandbRole, meta: { version: 'W/"8"' } });
    const one = await client.getRole('Um9sZTo3');

    expect(list.items[0]?.permissions).toHaveLength(2);
    expect(one.etag).toBe('W/"8"');
  });
});
