import { ScimError, scimErrorFromBody } from './errors';

export const SCIM_MEDIA_TYPE = 'application/scim+json';

/** How the client proves who it is. `none` when a proxy adds credentials. */
export type ScimAuth =
  | { type: 'none' }
  | { type: 'bearer'; token: string }
  | { type: 'basic'; username: string; key: string };

export interface ScimClientOptions {
  /** Base URL of the SCIM API, e.g. `https://host/scim` or `/scim`. */
  baseUrl: string;
  auth?: ScimAuth;
  /** Defaults to the global fetch, looked up at call time. */
  fetch?: typeof fetch;
}

export interface ListParams {
  filter?: string;
  /** An attribute path; only servers that announce sort support honour it. */
  sortBy?: string;
  sortOrder?: 'ascending' | 'descending';
  startIndex?: number;
  count?: number;
}

export interface WriteOptions {
  /** The ETag of the copy being changed; sent as If-Match. */
  etag?: string | null;
  signal?: AbortSignal;
}

export interface SendInit {
  body?: unknown;
  etag?: string | null;
  signal?: AbortSignal;
}

export interface Answer {
  body: unknown;
  etag: string | null;
  status: number;
}

/** Sends one request and answers its parsed body, or throws a ScimError. */
export type Send = (
  method: string,
  path: string,
  init?: SendInit,
) => Promise<Answer>;

/** Builds the Authorization header value for `auth`, if any. */
export function authorizationHeader(auth: ScimAuth): string | undefined {
  switch (auth.type) {
    case 'none':
      return undefined;
    case 'bearer':
      return `Bearer ${auth.token}`;
    case 'basic':
      // An org service account signs in with an empty username.
      return `Basic ${toBase64(`${auth.username}:${auth.key}`)}`;
  }
}

function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The HTTP side of the client: headers, auth, bodies and errors. */
export function createTransport(options: ScimClientOptions): Send {
  const base = options.baseUrl.replace(/\/+$/, '');
  const authHeader = authorizationHeader(options.auth ?? { type: 'none' });

  return async (method, path, init = {}) => {
    const headers: Record<string, string> = {
      Accept: `${SCIM_MEDIA_TYPE}, application/json`,
    };
    if (authHeader) headers.Authorization = authHeader;
    if (init.body !== undefined) headers['Content-Type'] = SCIM_MEDIA_TYPE;
    if (init.etag) headers['If-Match'] = init.etag;

    const doFetch = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: init.signal,
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') {
        throw cause;
      }
      throw new ScimError(0, 'The server could not be reached.');
    }

    const body = await readBody(response);
    if (!response.ok) throw scimErrorFromBody(response.status, body);

    return {
      body,
      etag: response.headers.get('ETag'),
      status: response.status,
    };
  };
}

/** `?filter=…&sortBy=…&startIndex=…&count=…`, or '' when there is nothing. */
export function listQuery(params: ListParams): string {
  const search = new URLSearchParams();
  if (params.filter) search.set('filter', params.filter);
  if (params.sortBy) search.set('sortBy', params.sortBy);
  if (params.sortOrder) search.set('sortOrder', params.sortOrder);
  if (params.startIndex !== undefined) {
    search.set('startIndex', String(params.startIndex));
  }
  if (params.count !== undefined) search.set('count', String(params.count));
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return null;
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    if (!response.ok) return { detail: text.slice(0, 300) };
    throw new ScimError(502, 'The server sent an answer that is not JSON.');
  }
}
