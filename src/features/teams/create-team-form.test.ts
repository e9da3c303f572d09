import { describe, expect, it } from 'vitest';

import { buildUser } from '@/mocks/fixtures';
import { readUser, ScimError, type Team } from '@/scim';

import {
  EMPTY_DRAFT,
  errorsFromServer,
  type TeamDraft,
  toNewTeam,
  validateDraft,
} from './create-team-form';

const ada = readUser(buildUser({ userName: 'ada' }));
const bob = readUser(buildUser({ userName: 'bob' }));
const existing: Team[] = [
  { id: 't', name: 'Vision', members: [], storageBucket: null, meta: {} },
];
const draft = (changes: Partial<TeamDraft>): TeamDraft => ({
  ...EMPTY_DRAFT,
  name: 'new-team',
  admin: ada,
  ...changes,
});

describe('validateDraft', () => {
  it('needs a well-formed, unused name and a team admin', () => {
    expect(validateDraft(draft({}), existing)).toEqual({});
    expect(validateDraft(draft({ name: ' ', admin: null }), existing)).toEqual({
      name: expect.any(String),
      admin: expect.any(String),
    });
    expect(validateDraft(draft({ name: 'two words' }), existing).name).toMatch(
      /letters/,
    );
    expect(validateDraft(draft({ name: 'vision' }), existing).name).toMatch(
      /already exists/,
    );
  });

  it('needs a bucket name and provider only when a bucket is wanted', () => {
    const bucket = { ...EMPTY_DRAFT.bucket };

    expect(validateDraft(draft({ useBucket: true, bucket }), [])).toEqual({
      bucketName: expect.any(String),
      provider: expect.stringContaining('COREWEAVE'),
    });
  });
});

describe('toNewTeam', () => {
  it('puts the admin first, once, and spells a known provider as the server does', () => {
    const team = toNewTeam(
      draft({
        others: [bob, ada],
        useBucket: true,
        bucket: { ...EMPTY_DRAFT.bucket, name: ' runs ', provider: 'aws' },
      }),
    );

    expect(team).toEqual({
      name: 'new-team',
      members: [ada.id, bob.id],
      storageBucket: { name: 'runs', provider: 'AWS' },
    });
  });
});

describe('errorsFromServer', () => {
  it.each([
    [new ScimError(400, 'Invalid storageBucket.provider "x"'), 'provider'],
    [new ScimError(400, 'storageBucket.name is required.'), 'bucketName'],
    [new ScimError(409, 'A team named "x" already exists.'), 'name'],
    [new ScimError(400, 'No user with the id or email "x"'), 'others'],
    [new ScimError(500, 'database is locked'), 'form'],
  ])('puts "%s" on the %s field', (error, field) => {
    expect(Object.keys(errorsFromServer(error))).toEqual([field]);
  });
});
