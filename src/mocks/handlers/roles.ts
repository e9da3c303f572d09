import { http, HttpResponse } from 'msw';

import {
  checkIfMatch,
  guarded,
  param,
  readJson,
  scimJson,
  wholeList,
} from '../http';
import type { StoredRole } from '../model';
import { createRole } from '../rules/role-create';
import { deleteRole } from '../rules/role-delete';
import { requireRole } from '../rules/role-input';
import { patchRole } from '../rules/role-patch';
import { replaceRole } from '../rules/role-replace';
import { representRole } from '../rules/role-shape';
import type { MockStore } from '../store';

/** The custom role endpoints (`/scim/Roles`), W&B's own addition to SCIM. */
export function roleHandlers(store: MockStore, base = '*/scim') {
  const answer = (request: Request, role: StoredRole, status = 200) =>
    scimJson(representRole(role, new URL(request.url).origin), {
      status,
      version: role.version,
    });

  return [
    http.get(
      `${base}/Roles`,
      guarded(store, ({ request }) => {
        const origin = new URL(request.url).origin;
        const roles = store.state.roles;
        return wholeList(roles.map((role) => representRole(role, origin)));
      }),
    ),

    http.get(
      `${base}/Roles/:id`,
      guarded(store, ({ request, params }) =>
        answer(request, requireRole(store, param(params, 'id'))),
      ),
    ),

    http.post(
      `${base}/Roles`,
      guarded(store, async ({ request }) =>
        answer(request, createRole(store, await readJson(request)), 201),
      ),
    ),

    http.patch(
      `${base}/Roles/:id`,
      guarded(store, async ({ request, params }) => {
        const role = requireRole(store, param(params, 'id'));
        checkIfMatch(request, role.version);
        return answer(request, patchRole(store, role, await readJson(request)));
      }),
    ),

    http.put(
      `${base}/Roles/:id`,
      guarded(store, async ({ request, params }) => {
        const role = requireRole(store, param(params, 'id'));
        checkIfMatch(request, role.version);
        return answer(
          request,
          replaceRole(store, role, await readJson(request)),
        );
      }),
    ),

    http.delete(
      `${base}/Roles/:id`,
      guarded(store, ({ request, params }) => {
        const role = requireRole(store, param(params, 'id'));
        checkIfMatch(request, role.version);
        deleteRole(store, role);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}
