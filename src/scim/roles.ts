import { type PatchOperation, patchRequest } from './patch';
import { readList } from './read';
import { readRole } from './read-role';
import type { Send, WriteOptions } from './transport';
import type {
  ListResult,
  Role,
  RoleInput,
  RolePermissionChange,
  Versioned,
} from './types';

/** The schema W&B's examples put on role requests. */
export const ROLE_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Role';

/** The body of a POST or PUT on `/Roles`: only the added permissions. */
export function roleBody(input: RoleInput) {
  return {
    schemas: [ROLE_SCHEMA],
    name: input.name,
    description: input.description,
    inheritedFrom: input.inheritedFrom,
    permissions: input.permissions.map((name) => ({ name })),
  };
}

/**
 * The operations of a permission PATCH. W&B removes with a value list on the
 * `permissions` path, not with a filter path as RFC 7644 would.
 */
export function permissionOperations(
  change: RolePermissionChange,
): PatchOperation[] {
  const entries = (names: string[]) => names.map((name) => ({ name }));
  const operations: PatchOperation[] = [];
  if (change.add?.length) {
    operations.push({
      op: 'add',
      path: 'permissions',
      value: entries(change.add),
    });
  }
  if (change.remove?.length) {
    operations.push({
      op: 'remove',
      path: 'permissions',
      value: entries(change.remove),
    });
  }
  return operations;
}

/** The Roles calls of the client (W&B custom roles), over one transport. */
export function roleCalls(send: Send) {
  const at = (id: string) => `/Roles/${encodeURIComponent(id)}`;

  function versioned(answer: { body: unknown; etag: string | null }) {
    const data = readRole(answer.body);
    return { data, etag: answer.etag ?? data.meta.version ?? null };
  }

  return {
    /** Lists every custom role of the organization. */
    async listRoles(signal?: AbortSignal): Promise<ListResult<Role>> {
      const answer = await send('GET', '/Roles', { signal });
      return readList(answer.body, readRole);
    },

    /** Reads one role with its ETag. */
    async getRole(id: string, signal?: AbortSignal): Promise<Versioned<Role>> {
      return versioned(await send('GET', at(id), { signal }));
    },

    /** Creates a role; the answer holds its inherited permissions too. */
    async createRole(
      input: RoleInput,
      signal?: AbortSignal,
    ): Promise<Versioned<Role>> {
      return versioned(
        await send('POST', '/Roles', { body: roleBody(input), signal }),
      );
    },

    /** Adds and removes added permissions in one PATCH. */
    async patchRole(
      id: string,
      change: RolePermissionChange,
      options: WriteOptions = {},
    ): Promise<Versioned<Role>> {
      const body = patchRequest(...permissionOperations(change));
      return versioned(await send('PATCH', at(id), { body, ...options }));
    },

    /** Replaces name, description, base and added permissions. */
    async putRole(
      id: string,
      input: RoleInput,
      options: WriteOptions = {},
    ): Promise<Versioned<Role>> {
      const body = roleBody(input);
      return versioned(await send('PUT', at(id), { body, ...options }));
    },

    /** Deletes a role; its holders fall back to its base role. */
    async deleteRole(id: string, options: WriteOptions = {}): Promise<void> {
      await send('DELETE', at(id), options);
    },
  };
}
