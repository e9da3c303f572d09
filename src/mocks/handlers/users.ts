import { http, HttpResponse } from 'msw';

import {
  checkIfMatch,
  guarded,
  MockHttpError,
  param,
  readJson,
  scimJson,
  wholeList,
} from '../http';
import type { StoredUser } from '../model';
import { createUser } from '../rules/user-create';
import { applyUserPatch } from '../rules/user-patch';
import { membershipIndex, representUser } from '../rules/user-shape';
import type { MockStore } from '../store';

/** The Users endpoints, with the imitated server's rules. */
export function userHandlers(store: MockStore, base = '*/scim') {
  return [
    http.get(
      `${base}/Users`,
      guarded(store, ({ request }) => {
        const url = new URL(request.url);
        const users = filterUsers(
          store.state.users,
          url.searchParams.get('filter'),
        );
        const memberships = membershipIndex(store);
        return wholeList(
          users.map((user) =>
            representUser(store, user, url.origin, memberships),
          ),
        );
      }),
    ),

    http.post(
      `${base}/Users`,
      guarded(store, async ({ request }) => {
        const user = createUser(store, await readJson(request));
        const origin = new URL(request.url).origin;
        return scimJson(representUser(store, user, origin), {
          status: 201,
          version: user.version,
        });
      }),
    ),

    http.get(
      `${base}/Users/:id`,
      guarded(store, ({ request, params }) => {
        const user = requireUser(store, param(params, 'id'));
        const origin = new URL(request.url).origin;
        return scimJson(representUser(store, user, origin), {
          version: user.version,
        });
      }),
    ),

    http.patch(
      `${base}/Users/:id`,
      guarded(store, async ({ request, params }) => {
        const user = requireUser(store, param(params, 'id'));
        checkIfMatch(request, user.version);
        const body = await readJson(request);

        const outcome = applyUserPatch(store, user, body);
        if (outcome.kind === 'removed') {
          return new HttpResponse(null, { status: 204 });
        }
        const origin = new URL(request.url).origin;
        return scimJson(representUser(store, user, origin), {
          version: user.version,
        });
      }),
    ),

    http.delete(
      `${base}/Users/:id`,
      guarded(store, ({ request, params }) => {
        const user = requireUser(store, param(params, 'id'));
        checkIfMatch(request, user.version);

        // Before server 0.56, DELETE deactivated; the user stayed listed.
        if (store.settings.generation === 'legacy') {
          user.active = false;
          store.touch(user);
        } else {
          store.removeUser(user.id);
        }
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}

function requireUser(store: MockStore, id: string): StoredUser {
  const user = store.findUser(id);
  if (!user) throw new MockHttpError(404, `User ${id} not found.`);
  return user;
}

// W&B documents only these two filters.
const FILTER =
  /^\s*(userName|emails\.value|emails)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i;

function filterUsers(users: StoredUser[], filter: string | null): StoredUser[] {
  if (!filter) return users;
  const match = FILTER.exec(filter);
  if (!match) {
    throw new MockHttpError(
      400,
      'Only the filters userName eq "…" and emails.value eq "…" are supported.',
      'invalidFilter',
    );
  }
  const attribute = (match[1] ?? '').toLowerCase();
  const wanted = (match[2] ?? '').replace(/\\(.)/g, '$1').toLowerCase();
  return users.filter((user) =>
    attribute === 'username'
      ? user.userName.toLowerCase() === wanted
      : user.emails.some((email) => email.value.toLowerCase() === wanted),
  );
}
