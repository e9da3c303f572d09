import { z } from 'zod';

import { id, lowerKeys, unreadable } from './read-group';
import type { NewServiceAccount, ServiceAccount } from './types';

// The ServiceAccounts endpoint is not publicly documented: its fields are
// read with lower-cased keys and every one but the id may be missing.
const serviceAccountSchema = z.preprocess(
  lowerKeys,
  z.object({
    id,
    description: z.string().nullish(),
    teamid: id.nullish(),
    teams: z.array(z.preprocess(lowerKeys, z.object({ value: id }))).nullish(),
    apikey: z.string().nullish(),
    meta: z.object({ created: z.string().optional() }).partial().catch({}),
  }),
);

/** Reads one service account from the (undocumented) ServiceAccounts API. */
export function readServiceAccount(payload: unknown): ServiceAccount {
  const { apiKey: _apiKey, ...account } = readNewServiceAccount(payload);
  return account;
}

/** Reads the answer to a create, which carries the API key, shown once. */
export function readNewServiceAccount(payload: unknown): NewServiceAccount {
  const parsed = serviceAccountSchema.safeParse(payload);
  if (!parsed.success) throw unreadable('service account', parsed.error);

  const raw = parsed.data;
  return {
    id: raw.id,
    description: raw.description ?? '',
    teamId: raw.teamid ?? null,
    teamIds: (raw.teams ?? []).map((team) => team.value),
    created: raw.meta?.created ?? null,
    apiKey: raw.apikey ?? '',
  };
}
