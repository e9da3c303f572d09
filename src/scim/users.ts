import { ScimError } from './errors';
import type { PatchOperation } from './patch';
import { patchRequest } from './patch';
import { readList, readListedUser, readUser } from './read';
import type { ListParams, Send, WriteOptions } from './transport';
import { listQuery } from './transport';
import type { ListResult, NewUser, User, Versioned } from './types';

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const TEAMS_EXTENSION =
  'urn:ietf:params:scim:schemas:extension:teams:2.0:User';

/** The POST body for a new user; seat fields and teams only when given. */
export function newUserRequest(user: NewUser): Record<string, unknown> {
  const teams = user.teams?.length ? user.teams : null;
  return {
    schemas: teams ? [USER_SCHEMA, TEAMS_EXTENSION] : [USER_SCHEMA],
    userName: user.userName,
    emails: [{ value: user.email, primary: true }],
    ...(user.modelsSeat ? { modelsSeat: user.modelsSeat } : {}),
    ...(user.weaveRole ? { weaveRole: user.weaveRole } : {}),
    ...(teams ? { [TEAMS_EXTENSION]: { teams } } : {}),
  };
}

/** The Users calls of the client, over one transport. */
export function userCalls(send: Send) {
  const at = (id: string) => `/Users/${encodeURIComponent(id)}`;

  function versioned(answer: { body: unknown; etag: string | null }) {
    const data = readUser(answer.body);
    return { data, etag: answer.etag ?? data.meta.version ?? null };
  }

  return {
    /** Lists users; W&B answers every user at once whatever the paging. */
    async listUsers(
      params: ListParams = {},
      signal?: AbortSignal,
    ): Promise<ListResult<User>> {
      const answer = await send('GET', `/Users${listQuery(params)}`, {
        signal,
      });
      return readList(answer.body, readListedUser);
    },

    /**
     * Every user: one request on W&B, which answers all at once; page after
     * page on servers that page by default (SCIMMY answers 20 at a time),
     * until totalResults is reached.
     */
    async listAllUsers(signal?: AbortSignal): Promise<User[]> {
      let users: User[] = [];
      for (;;) {
        const params = users.length ? { startIndex: users.length + 1 } : {};
        const answer = await send('GET', `/Users${listQuery(params)}`, {
          signal,
        });
        const page = readList(answer.body, readListedUser);
        // W&B's one page holds every user: far too many to spread into push.
        users = users.length ? users.concat(page.items) : page.items;
        if (page.items.length === 0 || users.length >= page.totalResults) {
          return users;
        }
      }
    },

    /** Creates a user; answers it as the server stored it. */
    async createUser(user: NewUser): Promise<Versioned<User>> {
      return versioned(
        await send('POST', '/Users', { body: newUserRequest(user) }),
      );
    },

    /** Reads one user with its ETag. */
    async getUser(id: string, signal?: AbortSignal): Promise<Versioned<User>> {
      return versioned(await send('GET', at(id), { signal }));
    },

    /**
     * Applies PatchOp operations to a user and answers the updated user, or
     * null when the user is gone: Multi-tenant Cloud removes a user it
     * deactivates and answers 204. RFC servers may answer any PATCH with
     * 204, so a 204 is followed by a read that tells the two apart.
     */
    async patchUser(
      id: string,
      operations: PatchOperation[],
      options: WriteOptions = {},
    ): Promise<Versioned<User> | null> {
      const answer = await send('PATCH', at(id), {
        body: patchRequest(...operations),
        ...options,
      });
      if (answer.status !== 204) return versioned(answer);
      try {
        return versioned(await send('GET', at(id), { signal: options.signal }));
      } catch (error) {
        if (error instanceof ScimError && error.isNotFound) return null;
        throw error;
      }
    },

    /** DELETE on a user (removal, or deactivation on legacy servers). */
    async deleteUser(id: string, options: WriteOptions = {}): Promise<void> {
      await send('DELETE', at(id), options);
    },
  };
}
