// @vitest-environment node
import {
  createServer,
  type IncomingHttpHeaders,
  type RequestListener,
  type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Logger } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { liveProxy } from '../live-proxy';
import { readLiveTarget } from './config';
import { createLiveProxy } from './middleware';

const KEY = 'sk-very-secret-4242';
const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => new Promise((done) => s.close(done))),
  );
});

async function listen(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A SCIM server that records what reached it and echoes the credentials. */
async function upstream() {
  const seen: { url: string; headers: IncomingHttpHeaders; body: string }[] =
    [];
  const url = await listen(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += String(chunk);
    seen.push({ url: request.url ?? '', headers: request.headers, body });
    response.writeHead(200, {
      'Content-Type': 'application/scim+json',
      'X-Echo': request.headers.authorization ?? '',
    });
    response.end(
      JSON.stringify({ detail: `you sent ${request.headers.authorization}` }),
    );
  });
  return { url, seen };
}

async function proxyFor(env: Record<string, string>) {
  const middleware = createLiveProxy(readLiveTarget(env));
  return listen((request, response) => {
    void middleware(request, response, () => response.writeHead(404).end());
  });
}

describe('the live-mode proxy', () => {
  it('adds the bearer key upstream and drops what the browser sent', async () => {
    const scim = await upstream();
    const proxy = await proxyFor({
      SCIM_URL: `${scim.url}/scim`,
      SCIM_API_KEY: KEY,
    });

    const response = await fetch(
      `${proxy}/scim/Users?filter=userName%20eq%20%22a%22`,
      {
        method: 'PATCH',
        headers: {
          Authorization: 'Bearer browser-token',
          Cookie: 'session=1',
          'If-Match': 'W/"3"',
          'Content-Type': 'application/scim+json',
        },
        body: '{"Operations":[]}',
      },
    );

    expect(response.status).toBe(200);
    expect(scim.seen[0]).toMatchObject({
      url: '/scim/Users?filter=userName%20eq%20%22a%22',
      body: '{"Operations":[]}',
      headers: { authorization: `Bearer ${KEY}`, 'if-match': 'W/"3"' },
    });
    expect(scim.seen[0]?.headers.cookie).toBeUndefined();
  });

  it('signs in with Basic for a person, and with an empty username for a service account', async () => {
    const scim = await upstream();
    for (const [username, expected] of [
      ['ada', `ada:${KEY}`],
      ['', `:${KEY}`],
    ]) {
      const proxy = await proxyFor({
        SCIM_URL: scim.url,
        SCIM_API_KEY: KEY,
        SCIM_USERNAME: username ?? '',
      });
      await fetch(`${proxy}/scim/Groups`);
      const sent = scim.seen.at(-1);
      expect(sent?.url).toBe('/scim/Groups');
      expect(sent?.headers.authorization).toBe(
        `Basic ${Buffer.from(expected ?? '').toString('base64')}`,
      );
    }
  });

  it('never lets the key reach the browser, even when the server echoes it', async () => {
    const scim = await upstream();
    const proxy = await proxyFor({
      SCIM_URL: scim.url,
      SCIM_API_KEY: KEY,
      SCIM_USERNAME: 'ada',
    });

    const answer = await fetch(`${proxy}/scim/Users`);
    const everything = `${[...answer.headers].join('\n')}\n${await answer.text()}`;
    const config = await (await fetch(`${proxy}/__console/config.json`)).text();

    const basic = Buffer.from(`ada:${KEY}`).toString('base64');
    for (const text of [everything, config]) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(basic);
    }
    expect(everything).toContain('[redacted]');
    expect(JSON.parse(config)).toEqual({
      mode: 'live',
      server: `${scim.url}/scim`,
      auth: 'basic',
      username: 'ada',
      deployment: null,
      generation: null,
    });
  });

  it('never logs the key, whether it starts, forwards or fails', async () => {
    const printed: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation(
        (...args) => void printed.push(args.join(' ')),
      );
    }
    const logger = {
      info: (message: string) => printed.push(message),
    } as unknown as Logger;

    const plugin = liveProxy({
      SCIM_URL: 'http://127.0.0.1:9/scim',
      SCIM_API_KEY: KEY,
    });
    const hook = plugin.configurePreviewServer;
    const use = vi.fn();
    if (typeof hook === 'function') {
      await hook.call(
        {} as never,
        { middlewares: { use }, config: { logger } } as never,
      );
    }
    const proxy = await listen((request, response) => {
      void use.mock.calls[0]?.[0](request, response, () => response.end());
    });
    const failed = await fetch(`${proxy}/scim/Users`);

    expect(failed.status).toBe(502);
    expect(await failed.text()).not.toContain(KEY);
    expect(printed.join('\n')).toContain(
      'Live mode: /scim → http://127.0.0.1:9/scim',
    );
    expect(printed.join('\n')).not.toContain(KEY);
  });

  it('serves the demo when SCIM_URL is not set', async () => {
    const proxy = await proxyFor({});
    expect(
      await (await fetch(`${proxy}/__console/config.json`)).json(),
    ).toEqual({ mode: 'demo' });
    expect((await fetch(`${proxy}/scim/Users`)).status).toBe(404);
  });

  it('refuses settings that cannot work, without quoting the key', () => {
    expect(() =>
      readLiveTarget({ SCIM_URL: `https://admin:${KEY}@host/scim` }),
    ).toThrow(/must not hold credentials/);
    expect(() =>
      readLiveTarget({ SCIM_URL: 'host/scim', SCIM_API_KEY: KEY }),
    ).toThrow(/not a URL/);
    expect(() =>
      readLiveTarget({ SCIM_URL: 'https://host', SCIM_AUTH: 'digest' }),
    ).toThrow(/bearer or basic/);
    expect(readLiveTarget({ SCIM_URL: 'https://host' })?.base.toString()).toBe(
      'https://host/scim',
    );
  });
});
