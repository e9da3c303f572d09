import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { createScimClient, SCIM_MEDIA_TYPE } from './client';
import { ScimError } from './errors';
import { setActive, setOrganizationRole } from './patch';

const BASE = 'https://scim.test/scim';
const server = setupServer();
const seen: Request[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

const wandbUser = {
  id: 'u1',
  userName: 'ada',
  emails: { Value: 'ada@example.com', Display: '', Type: '', Primary: true },
  active: true,
};

function answerWith(response: () => Response) {
  server.use(
    http.all(`${BASE}/*`, ({ request }) => {
      seen.push(request.clone());
      return response();
    }),
  );
}

describe('createScimClient', () => {
  it('sends a Bearer key and asks for SCIM JSON', async () => {
    answerWith(() => HttpResponse.json({ Resources: [wandbUser] }));
    const client = createScimClient({
      baseUrl: `${BASE}/`,
      auth: { type: 'bearer', token: 'k-123' },
    });

    const list = await client.listUsers({ filter: 'userName eq "ada"' });

    expect(list.items[0]?.email).toBe('ada@example.com');
    const request = seen[0];
    expect(request?.headers.get('Authorization')).toBe('Bearer k-123');
    expect(request?.headers.get('Accept')).toContain(SCIM_MEDIA_TYPE);
    expect(new URL(request?.url ?? '').searchParams.get('filter')).toBe(
      'userName eq "ada"',
    );
  });

  it('sends Basic for a person and for an org service account', async () => {
    answerWith(() => HttpResponse.json({ Resources: [] }));

    await createScimClient({
      baseUrl: BASE,
      auth: { type: 'basic', username: 'admin', key: 'k' },
    }).listUsers();
    await createScimClient({
      baseUrl: BASE,
      auth: { type: 'basic', username: '', key: 'k' },
    }).listUsers();

    expect(seen[0]?.headers.get('Authorization')).toBe(
      `Basic ${btoa('admin:k')}`,
    );
    expect(seen[1]?.headers.get('Authorization')).toBe(`Basic ${btoa(':k')}`);
  });

  it('captures the ETag of a read and sends it as If-Match', async () => {
    answerWith(() =>
      HttpResponse.json(wandbUser, { headers: { ETag: 'W/"7"' } }),
    );
    const client = createScimClient({ baseUrl: BASE });

    const read = await client.getUser('u1');
    await client.patchUser('u1', [setActive(false)], { etag: read.etag });

    expect(read.etag).toBe('W/"7"');
    const patch = seen[1];
    expect(patch?.method).toBe('PATCH');
    expect(patch?.headers.get('If-Match')).toBe('W/"7"');
    expect(patch?.headers.get('Content-Type')).toBe(SCIM_MEDIA_TYPE);
    expect(await patch?.json()).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'replace', value: { active: false } }],
    });
  });

  it('falls back to meta.version when the server sends no ETag header', async () => {
    answerWith(() =>
      HttpResponse.json({ ...wandbUser, meta: { version: 'W/"9"' } }),
    );

    const read = await createScimClient({ baseUrl: BASE }).getUser('u1');

    expect(read.etag).toBe('W/"9"');
  });

  it('sends the org role in the documented path form', async () => {
    answerWith(() => HttpResponse.json(wandbUser));

    await createScimClient({ baseUrl: BASE }).patchUser('u1', [
      setOrganizationRole('admin'),
    ]);

    expect(await seen[0]?.json()).toMatchObject({
      Operations: [{ op: 'replace', path: 'organizationRole', value: 'admin' }],
    });
  });

  it.each([
    ['a string', '412'],
    ['a number', 412],
  ])('reads an error body whose status is %s', async (_, status) => {
    answerWith(() =>
      HttpResponse.json(
        {
          schemas: [],
          status,
          detail: 'ETag mismatch',
          scimType: 'invalidVers',
        },
        { status: 412 },
      ),
    );

    const failure = createScimClient({ baseUrl: BASE }).getUser('u1');

    await expect(failure).rejects.toBeInstanceOf(ScimError);
    await expect(failure).rejects.toMatchObject({
      status: 412,
      detail: 'ETag mismatch',
      scimType: 'invalidVers',
      isStale: true,
    });
  });

  it('explains a failure whose body is not SCIM', async () => {
    answerWith(() => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 }));

    await expect(
      createScimClient({ baseUrl: BASE }).listUsers(),
    ).rejects.toMatchObject({ status: 502, detail: '<h1>Bad gateway</h1>' });
  });

  it('reports an unreachable server as status 0', async () => {
    answerWith(() => HttpResponse.error());

    await expect(
      createScimClient({ baseUrl: BASE }).listUsers(),
    ).rejects.toMatchObject({ status: 0 });
  });

  it('rejects an answer it cannot read instead of passing it on', async () => {
    answerWith(() => HttpResponse.json({ id: 'u1' }));

    await expect(
      createScimClient({ baseUrl: BASE }).getUser('u1'),
    ).rejects.toThrow(/a user the console cannot read at "userName"/);
  });
});
