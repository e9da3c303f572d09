import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { useNotify } from '@/components/notifications';
import {
  describeError,
  type PatchOperation,
  ScimError,
  type User,
  type Versioned,
} from '@/scim';

import { userQueryOptions } from './api';
import { useEditUser } from './user-mutations';

/** One change an admin makes to a user, described for a conflict. */
export interface UserEdit {
  /** What changes, e.g. `Display name` or `Role in vision`. */
  field: string;
  operations: PatchOperation[];
  /** The admin's new value, in words. */
  mine: string;
  /** The same field on a copy of the user, in words. */
  read(user: User): string;
  /** Announced when the server takes it. */
  done: string;
}

export interface Conflict {
  edit: UserEdit;
  /** The server's copy as it is now, once read. */
  fresh: Versioned<User> | null;
}

/**
 * Sends edits of one user with the ETag of the copy on screen. A 412 becomes
 * a conflict for the admin to settle; other failures come back to the
 * caller, to show next to the field, and are announced.
 */
export function useUserEditor(current: Versioned<User>) {
  const edit = useEditUser();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<Conflict | null>(null);

  async function readFresh(): Promise<Versioned<User>> {
    return queryClient.fetchQuery({
      ...userQueryOptions(current.data.id),
      staleTime: 0,
    });
  }

  async function apply(
    change: UserEdit,
    etag = current.etag,
  ): Promise<ScimError | null> {
    try {
      await edit.mutateAsync({
        id: current.data.id,
        operations: change.operations,
        etag,
      });
      notify.success(change.done);
      setConflict(null);
      return null;
    } catch (error) {
      const failure =
        error instanceof ScimError
          ? error
          : new ScimError(0, describeError(error));
      if (failure.isStale) {
        setConflict({ edit: change, fresh: null });
        const fresh = await readFresh().catch(() => null);
        setConflict({ edit: change, fresh });
        return failure;
      }
      notify.error(
        `Could not change ${change.field.toLowerCase()}: ${failure.detail}`,
      );
      return failure;
    }
  }

  return {
    apply,
    pending: edit.isPending,
    conflict,
    /** Sends the admin's change again on top of the server's fresh copy. */
    reapply: async () => {
      if (!conflict) return;
      const fresh = conflict.fresh ?? (await readFresh());
      await apply(conflict.edit, fresh.etag);
    },
    /** Keeps the server's copy and drops the admin's change. */
    discard: async () => {
      setConflict(null);
      await readFresh().catch(() => null);
    },
  };
}

export type UserEditor = ReturnType<typeof useUserEditor>;
