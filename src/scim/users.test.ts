import { describe, expect, it } from 'vitest';

import { removeRegistryRole } from './patch';
import { newUserRequest, TEAMS_EXTENSION } from './users';

describe('request bodies the client sends', () => {
  it('builds the create body with seats or teams only when given', () => {
    expect(newUserRequest({ userName: 'a', email: 'a@x.io' })).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: 'a',
      emails: [{ value: 'a@x.io', primary: true }],
    });
    expect(
      newUserRequest({ userName: 'a', email: 'a@x.io', teams: ['t'] }),
    ).toMatchObject({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', TEAMS_EXTENSION],
      [TEAMS_EXTENSION]: { teams: ['t'] },
    });
  });

  it('writes the registry filter path with a quoted name', () => {
    expect(removeRegistryRole('my "reg"')).toEqual({
      op: 'remove',
      path: 'registryRoles[registryName eq "my \\"reg\\""]',
    });
  });
});
