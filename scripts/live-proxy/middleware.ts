import type { IncomingMessage, ServerResponse } from 'node:http';

import { type LiveTarget, publicConfig } from './config.ts';

export const CONFIG_PATH = '/__console/config.json';
const SCIM_PREFIX = '/scim';

// Only what a SCIM exchange needs goes upstream: never the browser's own
// Authorization or cookies, which belong to the console's origin.
const FORWARDED_REQUEST = [
  'accept',
  'content-type',
  'if-match',
  'if-none-match',
];
// Hop-by-hop and encoding headers no longer describe the body we send on.
const DROPPED_RESPONSE = new Set([
  'connection',
  'content-encoding',
  'content-length',
  'keep-alive',
  'set-cookie',
  'transfer-encoding',
]);

type Next = (error?: unknown) => void;

/**
 * The live-mode middleware: `/__console/config.json` tells the page which
 * mode it is in, and `/scim/*` goes to the SCIM server with the credentials
 * added here. The key is only ever in this process's memory and in the
 * upstream request; answers are scrubbed of it in case a server echoes it.
 */
export function createLiveProxy(target: LiveTarget | null, fetcher = fetch) {
  const config = JSON.stringify(publicConfig(target));

  return async (
    request: IncomingMessage,
    response: ServerResponse,
    next: Next,
  ) => {
    const url = new URL(request.url ?? '/', 'http://console.local');
    if (url.pathname === CONFIG_PATH) {
      response.writeHead(200, {
        'Content-Type': 'application/json',
        'Cache-Control': 'no-store',
      });
      response.end(config);
      return;
    }
    const scimPath =
      url.pathname === SCIM_PREFIX ||
      url.pathname.startsWith(`${SCIM_PREFIX}/`);
    if (!target || !scimPath) {
      next();
      return;
    }

    try {
      await forward(target, url, request, response, fetcher);
    } catch {
      // The reason may quote the request; the browser gets a plain one.
      if (!response.headersSent) {
        sendError(
          response,
          502,
          `The SCIM server at ${target.base.origin} could not be reached.`,
        );
      } else {
        response.end();
      }
    }
  };
}

async function forward(
  target: LiveTarget,
  url: URL,
  request: IncomingMessage,
  response: ServerResponse,
  fetcher: typeof fetch,
) {
  const upstream = new URL(target.base);
  upstream.pathname = `${target.base.pathname}${url.pathname.slice(SCIM_PREFIX.length)}`;
  upstream.search = url.search;

  const headers = new Headers();
  for (const name of FORWARDED_REQUEST) {
    const value = request.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  if (target.authorization) headers.set('Authorization', target.authorization);

  const method = request.method ?? 'GET';
  const body =
    method === 'GET' || method === 'HEAD' ? undefined : await readBody(request);
  const answer = await fetcher(upstream, {
    method,
    headers,
    body,
    redirect: 'manual',
  });

  const scrub = (text: string) =>
    target.secrets.reduce(
      (clean, secret) => clean.split(secret).join('[redacted]'),
      text,
    );
  answer.headers.forEach((value, name) => {
    if (!DROPPED_RESPONSE.has(name.toLowerCase()))
      response.setHeader(name, scrub(value));
  });
  response.writeHead(answer.status);
  response.end(scrub(await answer.text()));
}

// SCIM bodies are JSON text.
async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendError(response: ServerResponse, status: number, detail: string) {
  response.writeHead(status, { 'Content-Type': 'application/scim+json' });
  response.end(
    JSON.stringify({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: String(status),
      detail,
    }),
  );
}
