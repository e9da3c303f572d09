import {
  at,
  idAt,
  isRecord,
  lowerKeys,
  objectAt,
  optionalIdAt,
  optionalListAt,
  optionalTextAt,
  readAnswer,
} from './read-fields';
import type { NewServiceAccount, ServiceAccount } from './types';

/** Reads one service account from the (undocumented) ServiceAccounts API. */
export function readServiceAccount(payload: unknown): ServiceAccount {
  const { apiKey: _apiKey, ...account } = readNewServiceAccount(payload);
  return account;
}

/** Reads the answer to a create, which carries the API key, shown once. */
export function readNewServiceAccount(payload: unknown): NewServiceAccount {
  return readAnswer('service account', payload, (value) => {
    // The ServiceAccounts endpoint is not publicly documented: its fields are
    // read with lower-cased keys and every one but the id may be missing.
    const raw = objectAt(lowerKeys(value), '');
    const meta = raw.meta;

    return {
      id: idAt(raw.id, 'id'),
      description: optionalTextAt(raw.description, 'description') ?? '',
      teamId: optionalIdAt(raw.teamid, 'teamid'),
      teamIds: optionalListAt(raw.teams, 'teams').map((team, index) => {
        const path = at('teams', index);
        return idAt(objectAt(lowerKeys(team), path).value, at(path, 'value'));
      }),
      created:
        isRecord(meta) && typeof meta.created === 'string'
          ? meta.created
          : null,
      apiKey: optionalTextAt(raw.apikey, 'apikey') ?? '',
    };
  });
}
