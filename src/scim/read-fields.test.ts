import { describe, expect, it } from 'vitest';

import { readServiceProviderConfig } from './discovery';
import { ScimError } from './errors';
import { idAt, readAnswer, readMeta } from './read-fields';
import { readTeam } from './read-group';
import { readNewServiceAccount } from './read-service-account';

describe('field readers', () => {
  it('names the field it cannot read, under the answer it belongs to', () => {
    const read = () =>
      readAnswer('team', { id: true }, (value) =>
        idAt((value as { id: unknown }).id, 'id'),
      );

    expect(read).toThrow(ScimError);
    expect(read).toThrow(/a team the console cannot read at "id"/);
  });

  it('reads a malformed meta as empty rather than failing the resource', () => {
    expect(readMeta({ created: '2025-01-01', version: 3 })).toEqual({});
    expect(readMeta('nonsense')).toEqual({});
    expect(readMeta({ version: 'W/"2"', extra: 1 })).toEqual({
      version: 'W/"2"',
    });
  });

  it('shows a storage bucket it cannot read as none', () => {
    const team = readTeam({
      id: 5,
      displayName: 'vision',
      storageBucket: { Name: 'b', provider: 7 },
    });

    expect(team.id).toBe('5');
    expect(team.storageBucket).toBeNull();
  });

  it("names a service account's team it cannot read", () => {
    expect(() =>
      readNewServiceAccount({ id: 'sa1', teams: [{ Value: null }] }),
    ).toThrow(/service account the console cannot read at "teams.0.value"/);
  });

  it('counts a feature with an unknown supported value as unsupported', () => {
    expect(
      readServiceProviderConfig({
        patch: { supported: 'yes' },
        filter: { supported: true, maxResults: 'many' },
      }),
    ).toMatchObject({ patch: false, filter: true, filterMaxResults: null });
  });
});
