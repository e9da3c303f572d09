import { http } from 'msw';

import {
  checkIfMatch,
  guarded,
  MockHttpError,
  param,
  readJson,
  scimError,
  scimJson,
  wholeList,
} from '../http';
import type { StoredTeam } from '../model';
import { createGroup } from '../rules/group-create';
import { memberLookup, requireTeam } from '../rules/group-input';
import { applyGroupPatch } from '../rules/group-patch';
import { replaceGroup } from '../rules/group-replace';
import { representGroup } from '../rules/group-shape';
import type { MockStore } from '../store';

/** The Groups (W&B teams) endpoints, with the imitated server's rules. */
export function groupHandlers(store: MockStore, base = '*/scim') {
  // Every write answers the team as it now stands, with its new ETag.
  function answer(request: Request, team: StoredTeam, status = 200) {
    const origin = new URL(request.url).origin;
    const lookup = memberLookup(store);
    return scimJson(representGroup(store, team, origin, lookup), {
      status,
      version: team.version,
    });
  }

  return [
    http.get(
      `${base}/Groups`,
      guarded(store, ({ request }) => {
        const url = new URL(request.url);
        const teams = filterTeams(
          store.state.teams,
          url.searchParams.get('filter'),
        );
        const lookup = memberLookup(store);
        return wholeList(
          teams.map((team) => representGroup(store, team, url.origin, lookup)),
        );
      }),
    ),

    http.get(
      `${base}/Groups/:id`,
      guarded(store, ({ request, params }) =>
        answer(request, requireTeam(store, param(params, 'id'))),
      ),
    ),

    http.post(
      `${base}/Groups`,
      guarded(store, async ({ request }) => {
        const body = await readJson(request);
        const team = createGroup(store, body, memberLookup(store));
        return answer(request, team, 201);
      }),
    ),

    http.put(
      `${base}/Groups/:id`,
      guarded(store, async ({ request, params }) => {
        const team = requireTeam(store, param(params, 'id'));
        checkIfMatch(request, team.version);
        replaceGroup(store, team, await readJson(request), memberLookup(store));
        return answer(request, team);
      }),
    ),

    http.patch(
      `${base}/Groups/:id`,
      guarded(store, async ({ request, params }) => {
        const team = requireTeam(store, param(params, 'id'));
        checkIfMatch(request, team.version);
        const body = await readJson(request);
        applyGroupPatch(store, team, body, memberLookup(store));
        return answer(request, team);
      }),
    ),

    // W&B's API cannot delete a team: its projects, runs and artifacts hang
    // off it. RFC 7644 (3.12) answers an operation a service provider does
    // not support with 501 Not Implemented, whatever the id.
    http.delete(
      `${base}/Groups/:id`,
      guarded(store, () =>
        scimError(
          501,
          'Deleting a team is not supported by the SCIM API: the team owns its projects, runs and artifacts. Remove its members instead.',
        ),
      ),
    ),
  ];
}

// W&B documents only this filter for teams.
const FILTER = /^\s*displayName\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i;

function filterTeams(teams: StoredTeam[], filter: string | null) {
  if (!filter) return teams;
  const match = FILTER.exec(filter);
  if (!match) {
    throw new MockHttpError(
      400,
      'Only the filter displayName eq "…" is supported.',
      'invalidFilter',
    );
  }
  const wanted = (match[1] ?? '').replace(/\\(.)/g, '$1').toLowerCase();
  return teams.filter((team) => team.name.toLowerCase() === wanted);
}
