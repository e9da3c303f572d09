import { delay, HttpResponse } from 'msw';

import type { MockStore } from './store';

export const SCIM_JSON = 'application/scim+json';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

/** A failure a rule raises; the handler turns it into a SCIM error body. */
export class MockHttpError extends Error {
  readonly status: number;
  readonly scimType: string | undefined;

  constructor(status: number, detail: string, scimType?: string) {
    super(detail);
    this.status = status;
    this.scimType = scimType;
  }
}

/** A SCIM error answer; `status` is a string, as W&B sends it. */
export function scimError(status: number, detail: string, scimType?: string) {
  return HttpResponse.json(
    {
      schemas: [ERROR_SCHEMA],
      status: String(status),
      detail,
      ...(scimType ? { scimType } : {}),
    },
    { status, headers: { 'Content-Type': SCIM_JSON } },
  );
}

export function scimJson(
  body: unknown,
  init: { status?: number; version?: number } = {},
) {
  const headers: Record<string, string> = { 'Content-Type': SCIM_JSON };
  if (init.version !== undefined) headers.ETag = etagOf(init.version);
  return HttpResponse.json(body as Record<string, unknown>, {
    status: init.status ?? 200,
    headers,
  });
}

// W&B answers every list in one page and says so with this page size.
const WANDB_PAGE_SIZE = 9999;

/** A whole list in one ListResponse, as W&B answers every list. */
export function wholeList(resources: unknown[]) {
  return scimJson(wholeListBody(resources));
}

export function wholeListBody(resources: unknown[]) {
  return {
    schemas: [LIST_SCHEMA],
    totalResults: resources.length,
    startIndex: 1,
    itemsPerPage: WANDB_PAGE_SIZE,
    Resources: resources,
  };
}

/** A 200 with JSON already written; the answer holds its own copy. */
export function scimJsonBytes(bytes: Uint8Array) {
  return new HttpResponse(bytes, {
    status: 200,
    headers: { 'Content-Type': SCIM_JSON },
  });
}

/** Weak ETag for a stored version number. */
export function etagOf(version: number): string {
  return `W/"${version}"`;
}

/** 412 when the request's If-Match names another version than the stored one. */
export function checkIfMatch(request: Request, version: number): void {
  const expected = request.headers.get('If-Match');
  if (!expected || expected.trim() === '*') return;
  const candidates = expected.split(',').map((tag) => tag.trim());
  if (!candidates.includes(etagOf(version))) {
    throw new MockHttpError(
      412,
      'The resource was modified since it was read (ETag mismatch).',
      'invalidVers',
    );
  }
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new MockHttpError(
      400,
      'The request body is not valid JSON.',
      'invalidSyntax',
    );
  }
}

type Resolver = (info: {
  request: Request;
  params: Record<string, string | readonly string[] | undefined>;
}) => Response | Promise<Response>;

/**
 * Wraps a handler with what every endpoint shares: injected faults and
 * latency, and MockHttpError turned into a SCIM error body.
 */
export function guarded(store: MockStore, resolve: Resolver): Resolver {
  return async (info) => {
    const path = new URL(info.request.url).pathname;
    const fault = store.takeFault(info.request.method, path);
    if (fault) return scimError(fault.status, fault.detail);
    if (store.latencyMs > 0) await delay(store.latencyMs);
    if (store.offline) return HttpResponse.error();
    if (store.errorRate > 0 && Math.random() < store.errorRate) {
      return scimError(
        503,
        'The demo server failed this request on purpose (fault drill).',
      );
    }

    try {
      return await resolve(info);
    } catch (error) {
      if (error instanceof MockHttpError) {
        return scimError(error.status, error.message, error.scimType);
      }
      throw error;
    }
  };
}

export function param(
  params: Record<string, string | readonly string[] | undefined>,
  name: string,
): string {
  const value = params[name];
  return typeof value === 'string' ? value : '';
}
