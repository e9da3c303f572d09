import { describe, expect, it } from 'vitest';

import { MockHttpError } from './http';
import { compileFilter } from './rules/filter';

const ada = {
  id: 'AbC1',
  userName: 'Ada.Lovelace',
  displayName: 'Ada Lovelace',
  active: true,
  name: { familyName: 'Lovelace', givenName: 'Ada' },
  emails: [
    { value: 'ada@Example.com', type: 'work', primary: true },
    { value: 'ada@home.org', type: 'home', primary: false },
  ],
  meta: { created: '2024-05-01T10:00:00Z' },
};
const bob = {
  id: 'bob2',
  userName: 'bob',
  active: false,
  emails: [{ value: 'bob@example.org', type: 'work' }],
  meta: { created: '2023-01-01T00:00:00Z' },
};

function matching(filter: string) {
  const test = compileFilter(filter);
  return [ada, bob].filter(test).map((user) => user.userName);
}

describe('the RFC 7644 filter grammar of the rfc profile', () => {
  it('takes every comparison operator', () => {
    expect(matching('userName eq "bob"')).toEqual(['bob']);
    expect(matching('userName ne "bob"')).toEqual(['Ada.Lovelace']);
    expect(matching('displayName co "love"')).toEqual(['Ada.Lovelace']);
    expect(matching('userName sw "ada"')).toEqual(['Ada.Lovelace']);
    expect(matching('userName ew "OB"')).toEqual(['bob']);
    expect(matching('userName gt "azz"')).toEqual(['bob']);
    expect(matching('userName ge "bob"')).toEqual(['bob']);
    expect(matching('userName lt "b"')).toEqual(['Ada.Lovelace']);
    expect(matching('userName le "bob"')).toEqual(['Ada.Lovelace', 'bob']);
    expect(matching('displayName pr')).toEqual(['Ada.Lovelace']);
  });

  it('combines with and, or, not and grouping, and binds and tighter', () => {
    expect(
      matching('userName eq "bob" or userName sw "a" and active eq false'),
    ).toEqual(['bob']);
    expect(
      matching('(userName eq "bob" or userName sw "a") and active eq true'),
    ).toEqual(['Ada.Lovelace']);
    expect(matching('not (userName eq "bob")')).toEqual(['Ada.Lovelace']);
  });

  it('filters inside a multi-valued attribute with a value path', () => {
    expect(
      matching('emails[type eq "work" and value co "example.com"]'),
    ).toEqual(['Ada.Lovelace']);
    expect(matching('emails[type eq "home"]')).toEqual(['Ada.Lovelace']);
    expect(matching('emails.value ew ".org"')).toEqual(['Ada.Lovelace', 'bob']);
  });

  it('reads attribute names and operators in any case', () => {
    expect(matching('USERNAME EQ "bob"')).toEqual(['bob']);
    expect(matching('name.FamilyName Eq "lovelace"')).toEqual(['Ada.Lovelace']);
  });

  // scim2-parse-filter compares with ===, which the RFC does not mean for
  // caseExact: false attributes.
  it('compares strings case-insensitively, except caseExact ids', () => {
    expect(matching('emails.value eq "ADA@EXAMPLE.COM"')).toEqual([
      'Ada.Lovelace',
    ]);
    expect(matching('id eq "abc1"')).toEqual([]);
    expect(matching('id eq "AbC1"')).toEqual(['Ada.Lovelace']);
  });

  // Identity providers send booleans as strings and values without quotes.
  it('takes booleans as strings and bare words as values', () => {
    expect(matching('active eq "True"')).toEqual(['Ada.Lovelace']);
    expect(matching('active eq False')).toEqual(['bob']);
    expect(matching('userName sw A')).toEqual(['Ada.Lovelace']);
  });

  it('compares dateTime attributes as instants, whatever their offset', () => {
    expect(matching('meta.created gt "2024-05-01T11:59:00+02:00"')).toEqual([
      'Ada.Lovelace',
    ]);
    expect(matching('meta.created lt "2024-01-01T00:00:00Z"')).toEqual(['bob']);
    expect(matching('meta.Created gt 2024-05-01T02:59:00-07:00')).toEqual([
      'Ada.Lovelace',
    ]);
  });

  it('refuses a filter it cannot read with 400 invalidFilter', () => {
    for (const filter of [
      'userName eq',
      'userName zz "x"',
      '(userName eq "x"',
      'emails[type eq "w"',
    ]) {
      const error = catchError(() => compileFilter(filter));
      expect(error).toBeInstanceOf(MockHttpError);
      expect(error).toMatchObject({ status: 400, scimType: 'invalidFilter' });
    }
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
