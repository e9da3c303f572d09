import { GROUP_SCHEMA } from '@/scim/groups';
import { USER_SCHEMA } from '@/scim/users';

import { ENTERPRISE_USER } from '../rules/rfc-user';

const CORE = 'urn:ietf:params:scim:schemas:core:2.0';
const MESSAGES = 'urn:ietf:params:scim:api:messages:2.0';

/** The most a filtered list answers at once (RFC 7643 5: filter.maxResults). */
export const MAX_RESULTS = 1000;

/** What the rfc profile can do, in RFC 7643 section 5's words. */
export function serviceProviderConfig(origin: string) {
  return {
    schemas: [`${CORE}:ServiceProviderConfig`],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_RESULTS },
    changePassword: { supported: false },
    sort: { supported: true },
    etag: { supported: true },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Bearer token',
        description: 'The API key as a bearer token.',
        primary: true,
      },
      {
        type: 'httpbasic',
        name: 'HTTP Basic',
        description: 'A username (empty for a service account) and API key.',
      },
    ],
    meta: {
      resourceType: 'ServiceProviderConfig',
      location: `${origin}/scim/ServiceProviderConfig`,
    },
  };
}

/** The resource types the rfc profile serves (RFC 7643 6). */
export function resourceTypes(origin: string) {
  const type = (
    name: string,
    endpoint: string,
    schema: string,
    description: string,
    extensions: string[] = [],
  ) => ({
    schemas: [`${CORE}:ResourceType`],
    id: name,
    name,
    endpoint,
    description,
    schema,
    schemaExtensions: extensions.map((uri) => ({
      schema: uri,
      required: false,
    })),
    meta: {
      resourceType: 'ResourceType',
      location: `${origin}/scim/ResourceTypes/${name}`,
    },
  });
  return [
    type('User', '/Users', USER_SCHEMA, 'User Account', [ENTERPRISE_USER]),
    type('Group', '/Groups', GROUP_SCHEMA, 'Group (a W&B team)'),
  ];
}

/** A ListResponse of `resources`, whole. */
export function wholeList(resources: unknown[]) {
  return {
    schemas: [`${MESSAGES}:ListResponse`],
    totalResults: resources.length,
    startIndex: 1,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}
