import { http, HttpResponse } from 'msw';

import {
  checkIfMatch,
  etagOf,
  MockHttpError,
  param,
  readJson,
  scimJson,
} from '../http';
import type { StoredUser } from '../model';
import { listQueryFromUrl, listResponse } from '../rules/list-query';
import { project } from '../rules/projection';
import {
  createRfcUser,
  replaceRfcUser,
  representRfcUser,
} from '../rules/rfc-user';
import { patchRfcUser } from '../rules/rfc-user-patch';
import { type MembershipIndex, membershipIndex } from '../rules/user-shape';
import type { MockStore } from '../store';
import { inRfcProfile } from './rfc-only';

/**
 * The Users endpoints of the rfc profile: RFC 7644 lists (filter, sort,
 * paging, attributes), the standard attributes, PUT, and PATCH answered
 * with 204. DELETE stays W&B's.
 */
export function rfcUserHandlers(store: MockStore, base = '*/scim') {
  const represent = (
    user: StoredUser,
    request: Request,
    memberships?: MembershipIndex,
  ) => representRfcUser(store, user, new URL(request.url).origin, memberships);

  return [
    http.get(
      `${base}/Users`,
      inRfcProfile(store, ({ request }) => {
        const memberships = membershipIndex(store);
        const users = store.state.users.map((user) =>
          represent(user, request, memberships),
        );
        return scimJson(
          listResponse(users, listQueryFromUrl(new URL(request.url))),
        );
      }),
    ),

    http.post(
      `${base}/Users`,
      inRfcProfile(store, async ({ request }) => {
        const user = createRfcUser(store, await readJson(request));
        return scimJson(represent(user, request), {
          status: 201,
          version: user.version,
        });
      }),
    ),

    http.get(
      `${base}/Users/:id`,
      inRfcProfile(store, ({ request, params }) => {
        const user = requireUser(store, param(params, 'id'));
        const query = listQueryFromUrl(new URL(request.url));
        return scimJson(project(represent(user, request), query), {
          version: user.version,
        });
      }),
    ),

    http.put(
      `${base}/Users/:id`,
      inRfcProfile(store, async ({ request, params }) => {
        const user = requireUser(store, param(params, 'id'));
        checkIfMatch(request, user.version);
        replaceRfcUser(store, user, await readJson(request));
        return scimJson(represent(user, request), { version: user.version });
      }),
    ),

    // RFC 7644 3.5.2 lets a server answer a PATCH with 204 and the new
    // ETag; identity providers' suites expect exactly that.
    http.patch(
      `${base}/Users/:id`,
      inRfcProfile(store, async ({ request, params }) => {
        const user = requireUser(store, param(params, 'id'));
        checkIfMatch(request, user.version);
        const outcome = patchRfcUser(store, user, await readJson(request));
        const headers: Record<string, string> =
          outcome.kind === 'removed' ? {} : { ETag: etagOf(user.version) };
        return new HttpResponse(null, { status: 204, headers });
      }),
    ),
  ];
}

function requireUser(store: MockStore, id: string): StoredUser {
  const user = store.findUser(id);
  if (!user) throw new MockHttpError(404, `User ${id} not found.`);
  return user;
}
