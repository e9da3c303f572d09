import { ScimError } from './errors';
import { readList } from './read';
import {
  readNewServiceAccount,
  readServiceAccount,
} from './read-service-account';
import type { Send } from './transport';
import type { ListResult, NewServiceAccount, ServiceAccount } from './types';

/**
 * The ServiceAccounts calls: W&B's newer servers offer them over SCIM, but
 * the endpoint is not publicly documented, and older servers answer 404.
 */
export function serviceAccountCalls(send: Send) {
  return {
    /** Lists the organization's service accounts, org- and team-scoped. */
    async listServiceAccounts(
      signal?: AbortSignal,
    ): Promise<ListResult<ServiceAccount>> {
      const answer = await send('GET', '/ServiceAccounts', { signal });
      return readList(answer.body, readServiceAccount);
    },

    /**
     * Creates a service account, team-scoped when `teamId` is given. The
     * answer carries its API key: the server shows it this once.
     */
    async createServiceAccount(input: {
      description: string;
      teamId?: string | null;
    }): Promise<NewServiceAccount> {
      const answer = await send('POST', '/ServiceAccounts', {
        body: { description: input.description, teamId: input.teamId ?? null },
      });
      const account = readNewServiceAccount(answer.body);
      if (!account.apiKey) {
        throw new ScimError(
          502,
          'The server created the service account but sent no API key.',
        );
      }
      return account;
    },

    /** Deletes a service account; its key stops working. */
    async deleteServiceAccount(id: string): Promise<void> {
      await send('DELETE', `/ServiceAccounts/${encodeURIComponent(id)}`);
    },
  };
}
