import { GROUP_SCHEMA } from '@/scim/groups';
import { USER_SCHEMA } from '@/scim/users';

import { ENTERPRISE_USER } from '../rules/rfc-user';

type Kind = 'string' | 'boolean' | 'complex' | 'reference' | 'dateTime';

interface Attribute {
  name: string;
  type: Kind;
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  mutability: string;
  returned: string;
  uniqueness: string;
  subAttributes?: Attribute[];
}

interface Options {
  multi?: boolean;
  required?: boolean;
  caseExact?: boolean;
  mutability?: 'readOnly' | 'readWrite' | 'immutable';
  uniqueness?: 'none' | 'server';
  sub?: Attribute[];
}

// One attribute definition in RFC 7643 section 7's form; the defaults are
// the RFC's own.
function attr(
  name: string,
  type: Kind = 'string',
  options: Options = {},
): Attribute {
  return {
    name,
    type,
    multiValued: options.multi ?? false,
    description: name,
    required: options.required ?? false,
    caseExact: options.caseExact ?? false,
    mutability: options.mutability ?? 'readWrite',
    returned: 'default',
    uniqueness: options.uniqueness ?? 'none',
    ...(options.sub ? { subAttributes: options.sub } : {}),
  };
}

const multiValued = (name: string, ...extra: Attribute[]) =>
  attr(name, 'complex', {
    multi: true,
    sub: [
      attr('value'),
      attr('display'),
      attr('type'),
      attr('primary', 'boolean'),
      ...extra,
    ],
  });

const W_AND_B = [
  attr('organizationRole'),
  attr('modelsSeat'),
  attr('weaveRole'),
  attr('teamRoles', 'complex', {
    multi: true,
    sub: [attr('teamName'), attr('roleName')],
  }),
  attr('registryRoles', 'complex', {
    multi: true,
    sub: [attr('registryName'), attr('roleName')],
  }),
];

const USER_ATTRIBUTES = [
  attr('userName', 'string', { required: true, uniqueness: 'server' }),
  attr('name', 'complex', {
    sub: [
      'formatted',
      'familyName',
      'givenName',
      'middleName',
      'honorificPrefix',
      'honorificSuffix',
    ].map((name) => attr(name)),
  }),
  ...[
    'displayName',
    'nickName',
    'title',
    'userType',
    'preferredLanguage',
    'locale',
    'timezone',
  ].map((name) => attr(name)),
  attr('profileUrl', 'reference'),
  attr('active', 'boolean'),
  attr('externalId', 'string', { caseExact: true }),
  multiValued('emails'),
  multiValued('phoneNumbers'),
  multiValued('ims'),
  multiValued('photos'),
  attr('addresses', 'complex', {
    multi: true,
    sub: [
      'formatted',
      'streetAddress',
      'locality',
      'region',
      'postalCode',
      'country',
      'type',
    ].map((name) => attr(name)),
  }),
  multiValued('groups'),
  multiValued('entitlements'),
  multiValued('roles'),
  ...W_AND_B,
];

function schema(
  id: string,
  name: string,
  description: string,
  attributes: unknown[],
) {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
    id,
    name,
    description,
    attributes,
    meta: { resourceType: 'Schema', location: `/scim/Schemas/${id}` },
  };
}

/** The schemas the rfc profile serves (RFC 7643 7), W&B's additions included. */
export const SCHEMAS = [
  schema(USER_SCHEMA, 'User', 'User Account', USER_ATTRIBUTES),
  schema(GROUP_SCHEMA, 'Group', 'Group', [
    attr('displayName', 'string', { required: true }),
    attr('externalId', 'string', { caseExact: true }),
    attr('members', 'complex', {
      multi: true,
      sub: [
        attr('value', 'string', { mutability: 'immutable' }),
        attr('display'),
        attr('type'),
      ],
    }),
  ]),
  schema(ENTERPRISE_USER, 'EnterpriseUser', 'Enterprise User', [
    ...[
      'employeeNumber',
      'costCenter',
      'organization',
      'division',
      'department',
    ].map((name) => attr(name)),
    attr('manager', 'complex', { sub: [attr('value'), attr('displayName')] }),
  ]),
];
