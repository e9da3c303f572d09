import { type PatchOperation, patchRequest } from './patch';
import { readList } from './read';
import { readTeam } from './read-group';
import type { ListParams, Send, WriteOptions } from './transport';
import { listQuery } from './transport';
import type { ListResult, NewTeam, Team, Versioned } from './types';

export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';

/** The POST body for a new team: members by id or email, bucket if given. */
export function newGroupRequest(team: NewTeam): Record<string, unknown> {
  return {
    schemas: [GROUP_SCHEMA],
    displayName: team.name,
    members: team.members.map((value) => ({ value })),
    ...(team.storageBucket ? { storageBucket: team.storageBucket } : {}),
  };
}

/** The Groups calls of the client (W&B teams), over one transport. */
export function groupCalls(send: Send) {
  const at = (id: string) => `/Groups/${encodeURIComponent(id)}`;

  function versioned(answer: { body: unknown; etag: string | null }) {
    const data = readTeam(answer.body);
    return { data, etag: answer.etag ?? data.meta.version ?? null };
  }

  /** Reads one team with its ETag. */
  async function getGroup(
    id: string,
    signal?: AbortSignal,
  ): Promise<Versioned<Team>> {
    return versioned(await send('GET', at(id), { signal }));
  }

  /** Lists teams; W&B answers every team, members included, at once. */
  async function listGroups(
    params: ListParams = {},
    signal?: AbortSignal,
  ): Promise<ListResult<Team>> {
    const answer = await send('GET', `/Groups${listQuery(params)}`, {
      signal,
    });
    return readList(answer.body, readTeam);
  }

  return {
    getGroup,
    listGroups,

    /**
     * Every team: one request on W&B, which answers all at once; page after
     * page on servers that page (RFC 7644), until totalResults is reached.
     */
    async listAllGroups(signal?: AbortSignal): Promise<Team[]> {
      const teams: Team[] = [];
      for (;;) {
        const page = await listGroups(
          teams.length ? { startIndex: teams.length + 1 } : {},
          signal,
        );
        teams.push(...page.items);
        if (page.items.length === 0 || teams.length >= page.totalResults) {
          return teams;
        }
      }
    },

    /** Creates a team; the first member listed becomes its admin on W&B. */
    async createGroup(team: NewTeam): Promise<Versioned<Team>> {
      return versioned(
        await send('POST', '/Groups', { body: newGroupRequest(team) }),
      );
    },

    /**
     * Replaces a team's whole member list (PUT). For one member more or
     * less, prefer patchGroup: it does not re-send thousands of members.
     */
    async putGroup(
      id: string,
      team: { name: string; members: readonly string[] },
      options: WriteOptions = {},
    ): Promise<Versioned<Team>> {
      const body = {
        schemas: [GROUP_SCHEMA],
        displayName: team.name,
        members: team.members.map((value) => ({ value })),
      };
      return versioned(await send('PUT', at(id), { body, ...options }));
    },

    /** Applies PatchOp operations (see addMembers, removeMember, …). */
    async patchGroup(
      id: string,
      operations: PatchOperation[],
      options: WriteOptions = {},
    ): Promise<Versioned<Team>> {
      const answer = await send('PATCH', at(id), {
        body: patchRequest(...operations),
        ...options,
      });
      // RFC 7644 lets a server answer a PATCH with 204 and no body.
      if (answer.status === 204) return getGroup(id);
      return versioned(answer);
    },

    /**
     * DELETE on a team. W&B does not support it and answers with an error;
     * the call exists for servers that do.
     */
    async deleteGroup(id: string, options: WriteOptions = {}): Promise<void> {
      await send('DELETE', at(id), options);
    },
  };
}
