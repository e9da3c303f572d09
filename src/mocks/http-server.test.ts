// @vitest-environment node
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createMockHttpServer } from './http-server';
import { MockStore } from './store';

const store = new MockStore();
const server = createMockHttpServer({
  store,
  apiKey: 'k-123',
  issueTokens: true,
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/scim`;
});
afterAll(() => new Promise((done) => server.close(done)));

const basic = (user: string, key: string) =>
  `Basic ${Buffer.from(`${user}:${key}`).toString('base64')}`;

describe('the mock served over HTTP', () => {
  it('answers the handlers to a caller with the key, by bearer or Basic', async () => {
    for (const authorization of [
      'Bearer k-123',
      basic('admin', 'k-123'),
      basic('', 'k-123'),
    ]) {
      const response = await fetch(`${base}/Users?count=1`, {
        headers: { Authorization: authorization },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toHaveProperty(
        'totalResults',
        store.state.users.length,
      );
    }
  });

  it('refuses a caller without the right key with a SCIM 401', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: 'Bearer nope' },
      { Authorization: basic('', 'nope') },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${base}/Users`, { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ status: '401' });
    }
  });

  it('lets a browser on another origin call it', async () => {
    const preflight = await fetch(`${base}/Users`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://console.test',
        'Access-Control-Request-Method': 'PATCH',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe(
      'http://console.test',
    );
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain(
      'If-Match',
    );
    expect(preflight.headers.get('Access-Control-Expose-Headers')).toContain(
      'ETag',
    );
  });

  it('hands out the key as a token only when asked to, for test collections', async () => {
    const response = await fetch(`${base}/Token`);
    expect(await response.json()).toEqual({ token: 'k-123' });
  });

  it('answers 404 where it has no endpoint', async () => {
    const response = await fetch(`${base}/Nothing`, {
      headers: { Authorization: 'Bearer k-123' },
    });
    expect(response.status).toBe(404);
  });
});
