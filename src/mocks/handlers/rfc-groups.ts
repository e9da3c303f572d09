import { http, HttpResponse } from 'msw';

import { checkIfMatch, etagOf, param, readJson, scimJson } from '../http';
import type { StoredTeam } from '../model';
import { memberLookup, requireTeam } from '../rules/group-input';
import { representGroup } from '../rules/group-shape';
import { listQueryFromUrl, listResponse } from '../rules/list-query';
import { project } from '../rules/projection';
import {
  createRfcGroup,
  deleteRfcGroup,
  patchRfcGroup,
  replaceRfcGroup,
} from '../rules/rfc-group';
import type { MockStore } from '../store';
import { inRfcProfile } from './rfc-only';

/**
 * The Groups endpoints of the rfc profile: RFC 7644 lists, renames, DELETE,
 * and PATCH answered with 204; W&B's member rules underneath.
 */
export function rfcGroupHandlers(store: MockStore, base = '*/scim') {
  function represent(team: StoredTeam, request: Request) {
    const origin = new URL(request.url).origin;
    return representGroup(store, team, origin, memberLookup(store));
  }

  return [
    http.get(
      `${base}/Groups`,
      inRfcProfile(store, ({ request }) => {
        const teams = store.state.teams.map((team) => represent(team, request));
        return scimJson(
          listResponse(teams, listQueryFromUrl(new URL(request.url))),
        );
      }),
    ),

    http.get(
      `${base}/Groups/:id`,
      inRfcProfile(store, ({ request, params }) => {
        const team = requireTeam(store, param(params, 'id'));
        const query = listQueryFromUrl(new URL(request.url));
        return scimJson(project(represent(team, request), query), {
          version: team.version,
        });
      }),
    ),

    http.post(
      `${base}/Groups`,
      inRfcProfile(store, async ({ request }) => {
        const team = createRfcGroup(
          store,
          await readJson(request),
          memberLookup(store),
        );
        return scimJson(represent(team, request), {
          status: 201,
          version: team.version,
        });
      }),
    ),

    http.put(
      `${base}/Groups/:id`,
      inRfcProfile(store, async ({ request, params }) => {
        const team = requireTeam(store, param(params, 'id'));
        checkIfMatch(request, team.version);
        replaceRfcGroup(
          store,
          team,
          await readJson(request),
          memberLookup(store),
        );
        return scimJson(represent(team, request), { version: team.version });
      }),
    ),

    http.patch(
      `${base}/Groups/:id`,
      inRfcProfile(store, async ({ request, params }) => {
        const team = requireTeam(store, param(params, 'id'));
        checkIfMatch(request, team.version);
        patchRfcGroup(
          store,
          team,
          await readJson(request),
          memberLookup(store),
        );
        return new HttpResponse(null, {
          status: 204,
          headers: { ETag: etagOf(team.version) },
        });
      }),
    ),

    http.delete(
      `${base}/Groups/:id`,
      inRfcProfile(store, ({ request, params }) => {
        const team = requireTeam(store, param(params, 'id'));
        checkIfMatch(request, team.version);
        deleteRfcGroup(store, team);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}
