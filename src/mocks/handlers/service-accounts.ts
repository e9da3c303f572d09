import { http, HttpResponse } from 'msw';

import {
  guarded,
  LIST_SCHEMA,
  MockHttpError,
  param,
  readJson,
  scimJson,
} from '../http';
import type { StoredServiceAccount } from '../model';
import { randomHex } from '../rules/group-create';
import { bad, isRecord } from '../rules/group-input';
import type { MockStore } from '../store';

// The endpoint is not publicly documented, so this schema name is the mock's
// own; the console reads the fields, not the schema.
export const SERVICE_ACCOUNT_SCHEMA =
  'urn:wandb:scim:schemas:2.0:ServiceAccount';

/**
 * `/ServiceAccounts`: list, create (answering the API key once, never
 * again: the mock does not even keep it) and delete.
 */
export function serviceAccountHandlers(store: MockStore, base = '*/scim') {
  function represent(account: StoredServiceAccount, origin: string) {
    // An org-scoped account also says which teams it joined.
    const teams = store.state.teams
      .filter((team) => team.serviceAccountIds?.includes(account.id))
      .map((team) => ({ value: team.id }));
    return {
      schemas: [SERVICE_ACCOUNT_SCHEMA],
      id: account.id,
      description: account.description,
      teamId: account.teamId,
      teams,
      meta: {
        resourceType: 'ServiceAccount',
        created: account.created,
        location: `${origin}/scim/ServiceAccounts/${account.id}`,
      },
    };
  }

  return [
    http.get(
      `${base}/ServiceAccounts`,
      guarded(store, ({ request }) => {
        const origin = new URL(request.url).origin;
        const accounts = store.state.serviceAccounts;
        return scimJson({
          schemas: [LIST_SCHEMA],
          totalResults: accounts.length,
          startIndex: 1,
          itemsPerPage: accounts.length,
          Resources: accounts.map((account) => represent(account, origin)),
        });
      }),
    ),

    http.post(
      `${base}/ServiceAccounts`,
      guarded(store, async ({ request }) => {
        const body = await readJson(request);
        const account = createServiceAccount(store, body);
        const apiKey = randomHex(40);
        const origin = new URL(request.url).origin;
        return scimJson(
          { ...represent(account, origin), apiKey },
          { status: 201 },
        );
      }),
    ),

    http.delete(
      `${base}/ServiceAccounts/:id`,
      guarded(store, ({ params }) => {
        const id = param(params, 'id');
        const state = store.state;
        if (!state.serviceAccounts.some((account) => account.id === id)) {
          throw new MockHttpError(404, `Service account ${id} not found.`);
        }
        state.serviceAccounts = state.serviceAccounts.filter(
          (account) => account.id !== id,
        );
        for (const team of state.teams) {
          team.serviceAccountIds = team.serviceAccountIds?.filter(
            (accountId) => accountId !== id,
          );
        }
        store.commit();
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}

function createServiceAccount(
  store: MockStore,
  body: unknown,
): StoredServiceAccount {
  if (!isRecord(body)) throw bad('The request body must be a JSON object.');
  const description =
    typeof body.description === 'string' ? body.description.trim() : '';
  if (!description) throw bad('description is required.');
  const teamId = body.teamId ?? null;
  if (teamId !== null && typeof teamId !== 'string') {
    throw bad('teamId must be a team id or null.');
  }
  if (teamId !== null && !store.state.teams.some((t) => t.id === teamId)) {
    throw new MockHttpError(404, `Team ${teamId} not found.`);
  }

  const account: StoredServiceAccount = {
    id: `sa${randomHex(14)}`,
    description,
    teamId,
    created: new Date().toISOString(),
  };
  store.state.serviceAccounts.push(account);
  store.commit();
  return account;
}
