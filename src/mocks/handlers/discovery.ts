import { http } from 'msw';

import { SCHEMAS } from '../discovery/schemas';
import {
  resourceTypes,
  serviceProviderConfig,
  wholeList,
} from '../discovery/service-provider';
import { guarded, param, readJson, scimError, scimJson } from '../http';
import { memberLookup } from '../rules/group-input';
import { representGroup } from '../rules/group-shape';
import { listQueryFromBody, listResponse } from '../rules/list-query';
import { representRfcUser } from '../rules/rfc-user';
import { membershipIndex } from '../rules/user-shape';
import type { MockStore } from '../store';

/**
 * Discovery (RFC 7644 4) and POST /.search (3.4.3). W&B documents neither,
 * so the wandb profile answers 404, which is also what the console's
 * capability probe must cope with.
 */
export function discoveryHandlers(store: MockStore, base = '*/scim') {
  const rfcOnly = (resolve: Parameters<typeof guarded>[1]) =>
    guarded(store, (info) =>
      store.settings.profile === 'rfc'
        ? resolve(info)
        : scimError(404, 'This server does not offer this endpoint.'),
    );
  const origin = (request: Request) => new URL(request.url).origin;

  const config = rfcOnly(({ request }) =>
    scimJson(serviceProviderConfig(origin(request))),
  );

  function search(types: Array<'User' | 'Group'>) {
    return rfcOnly(async ({ request }) => {
      const query = listQueryFromBody(await readJson(request));
      const at = origin(request);
      const lookup = memberLookup(store);
      const memberships = membershipIndex(store);
      const resources = [
        ...(types.includes('User')
          ? store.state.users.map((user) =>
              representRfcUser(store, user, at, memberships),
            )
          : []),
        ...(types.includes('Group')
          ? store.state.teams.map((team) =>
              representGroup(store, team, at, lookup),
            )
          : []),
      ];
      return scimJson(listResponse(resources, query));
    });
  }

  return [
    http.get(`${base}/ServiceProviderConfig`, config),
    // Microsoft's test collection asks at this older, non-standard path.
    http.get(`${base}/serviceConfiguration`, config),
    http.get(
      `${base}/ResourceTypes`,
      rfcOnly(({ request }) =>
        scimJson(wholeList(resourceTypes(origin(request)))),
      ),
    ),
    http.get(
      `${base}/ResourceTypes/:name`,
      rfcOnly(({ request, params }) => {
        const name = param(params, 'name');
        const type = resourceTypes(origin(request)).find((t) => t.id === name);
        return type
          ? scimJson(type)
          : scimError(404, `No resource type ${name}.`);
      }),
    ),
    http.get(
      `${base}/Schemas`,
      rfcOnly(() => scimJson(wholeList(SCHEMAS))),
    ),
    http.get(
      `${base}/Schemas/:id`,
      rfcOnly(({ params }) => {
        const id = param(params, 'id');
        const schema = SCHEMAS.find((candidate) => candidate.id === id);
        return schema ? scimJson(schema) : scimError(404, `No schema ${id}.`);
      }),
    ),
    http.post(`${base}/.search`, search(['User', 'Group'])),
    http.post(`${base}/Users/.search`, search(['User'])),
    http.post(`${base}/Groups/.search`, search(['Group'])),
  ];
}
