import { http, HttpResponse } from 'msw';

import {
  checkIfMatch,
  guarded,
  MockHttpError,
  param,
  readJson,
  scimJson,
  scimJsonBytes,
  wholeList,
  wholeListBody,
} from '../http';
import type { MockState, StoredUser } from '../model';
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
        const filter = url.searchParams.get('filter');
        if (!filter) return scimJsonBytes(wholeUserList(store, url.origin));
        return wholeList(
          representUsers(
            store,
            filterUsers(store.state.users, filter),
            url.origin,
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

function representUsers(
  store: MockStore,
  users: readonly StoredUser[],
  origin: string,
) {
  const memberships = membershipIndex(store);
  return users.map((user) => representUser(store, user, origin, memberships));
}

// The whole list, written once per state of the organization: every write
// moves the clock, and a reset or a reload brings a new state.
const writtenLists = new WeakMap<
  MockState,
  { clock: number; key: string; bytes: Uint8Array }
>();

const utf8 = new TextEncoder();

/**
 * The whole users list, as the bytes of its JSON. Writing 10,000 users takes
 * a good part of a second, and the list is read far more often than it
 * changes: after every write, on every visit, and ahead of time by the demo's
 * worker. Kept encoded, an answer is a copy of the bytes: encoding 100,000
 * users' JSON again for each answer took longer than a copy by far.
 */
export function wholeUserList(store: MockStore, origin: string): Uint8Array {
  const { state } = store;
  const key = `${store.settings.profile} ${origin}`;
  const written = writtenLists.get(state);
  if (written?.clock === state.clock && written.key === key) {
    return written.bytes;
  }
  const bytes = utf8.encode(
    JSON.stringify(wholeListBody(representUsers(store, state.users, origin))),
  );
  writtenLists.set(state, { clock: state.clock, key, bytes });
  return bytes;
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
