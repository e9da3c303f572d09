import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';

import { getResponse } from 'msw';

import { createHandlers } from './handlers';
import { scimError } from './http';
import type { MockStore } from './store';

export interface MockHttpServerOptions {
  store: MockStore;
  /**
   * The API key callers must present, as a bearer token or as the password
   * of Basic auth (any username, empty for a service account). Without
   * one, every caller is let in, as in demo mode.
   */
  apiKey?: string;
  /**
   * Answers `GET /scim/Token` with the key, for test collections that
   * fetch a token first (Microsoft's). Never for a server others can reach.
   */
  issueTokens?: boolean;
}

/**
 * The mock's handlers and store served as a real SCIM server over HTTP, so
 * that any SCIM client, identity provider test or the console in live mode
 * can be pointed at it. CORS is open, for the console's browser Connect.
 */
export function createMockHttpServer(options: MockHttpServerOptions): Server {
  const handlers = createHandlers(options.store, '*/scim');

  return createServer((incoming, outgoing) => {
    void answer(incoming, outgoing).catch(() => {
      if (!outgoing.headersSent) outgoing.writeHead(500);
      outgoing.end();
    });
  });

  async function answer(incoming: IncomingMessage, outgoing: ServerResponse) {
    allowCrossOrigin(incoming, outgoing);
    if (incoming.method === 'OPTIONS') {
      outgoing.writeHead(204).end();
      return;
    }

    const request = await toRequest(incoming);
    const path = new URL(request.url).pathname;
    let response: Response | undefined;
    if (options.issueTokens && /^\/scim\/token\/?$/i.test(path)) {
      response = Response.json({ token: options.apiKey ?? 'mock-token' });
    } else if (!authorized(request, options.apiKey)) {
      response = scimError(401, 'The API key is missing or not valid.');
    } else {
      response = await getResponse(handlers, request);
    }
    await send(response ?? scimError(404, `No endpoint at ${path}.`), outgoing);
  }
}

function authorized(request: Request, apiKey: string | undefined): boolean {
  if (!apiKey) return true;
  const header = request.headers.get('Authorization') ?? '';
  const [scheme = '', credentials = ''] = header.split(/\s+/, 2);
  if (scheme.toLowerCase() === 'bearer') return credentials === apiKey;
  if (scheme.toLowerCase() !== 'basic') return false;
  const decoded = Buffer.from(credentials, 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1) === apiKey;
}

function allowCrossOrigin(incoming: IncomingMessage, outgoing: ServerResponse) {
  outgoing.setHeader(
    'Access-Control-Allow-Origin',
    incoming.headers.origin ?? '*',
  );
  outgoing.setHeader('Vary', 'Origin');
  outgoing.setHeader(
    'Access-Control-Allow-Methods',
    'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  );
  outgoing.setHeader(
    'Access-Control-Allow-Headers',
    'Authorization, Content-Type, If-Match, Accept',
  );
  outgoing.setHeader('Access-Control-Expose-Headers', 'ETag, Location');
}

async function toRequest(incoming: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const url = `http://${incoming.headers.host ?? 'localhost'}${incoming.url ?? '/'}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD' && chunks.length > 0;
  return new Request(url, {
    method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}

async function send(response: Response, outgoing: ServerResponse) {
  response.headers.forEach((value, name) => outgoing.setHeader(name, value));
  outgoing.writeHead(response.status);
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}
