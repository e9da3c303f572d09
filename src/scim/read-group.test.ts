import { describe, expect, it } from 'vitest';

import { ScimError } from './errors';
import { readTeam } from './read-group';
import { readServiceAccount } from './read-service-account';

describe('readTeam', () => {
  it("reads W&B's capitalised member keys", () => {
    const team = readTeam({
      id: 't1',
      displayName: 'vision',
      members: [
        { Value: 'u1', Display: 'ada', Ref: '/Users/u1', Type: 'User' },
      ],
    });

    expect(team.name).toBe('vision');
    expect(team.members).toEqual([{ id: 'u1', display: 'ada' }]);
    expect(team.storageBucket).toBeNull();
  });

  it('reads RFC members and a missing display', () => {
    const team = readTeam({
      id: 7,
      displayName: 'nlp',
      members: [{ value: 'u1', $ref: '/Users/u1' }],
    });

    expect(team.id).toBe('7');
    expect(team.members).toEqual([{ id: 'u1', display: '' }]);
  });

  it.each([null, undefined, []])('reads %s members as an empty team', (m) => {
    expect(readTeam({ id: 't', displayName: 'x', members: m }).members).toEqual(
      [],
    );
  });

  it('reads a storage bucket and its meta version', () => {
    const team = readTeam({
      id: 't1',
      displayName: 'x',
      members: null,
      storageBucket: { name: 'b', provider: 'AZURE', AzureTenantId: 'tn' },
      meta: { version: 'W/"3"' },
    });

    expect(team.storageBucket).toEqual({
      name: 'b',
      provider: 'AZURE',
      azureTenantId: 'tn',
    });
    expect(team.meta.version).toBe('W/"3"');
  });

  it('reads a 10,000-member team', () => {
    const members = Array.from({ length: 10_000 }, (_, i) => ({
      Value: `u${i}`,
      Display: `user${i}`,
    }));

    const team = readTeam({ id: 't1', displayName: 'big', members });

    expect(team.members).toHaveLength(10_000);
    expect(team.members[9_999]).toEqual({ id: 'u9999', display: 'user9999' });
  });

  it('turns an unreadable team into a ScimError naming the field', () => {
    expect(() => readTeam({ id: 't1' })).toThrow(ScimError);
    expect(() => readTeam({ id: 't1' })).toThrow(/displayName/);
    expect(() =>
      readTeam({ id: 't1', displayName: 'x', members: [{ Display: 'a' }] }),
    ).toThrow(/members/);
  });
});

describe('readServiceAccount', () => {
  it('reads an org account with its teams, and never keeps a key', () => {
    const account = readServiceAccount({
      id: 'sa1',
      description: 'CI',
      teamId: null,
      teams: [{ value: 't1' }],
      apiKey: 'secret',
      meta: { created: '2025-01-01T00:00:00Z' },
    });

    expect(account).toEqual({
      id: 'sa1',
      description: 'CI',
      teamId: null,
      teamIds: ['t1'],
      created: '2025-01-01T00:00:00Z',
    });
  });
});
