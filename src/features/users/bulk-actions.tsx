import { lazy, Suspense, useState } from 'react';

import { capabilities, useServerTraits } from '@/lib/server-traits';
import type { User } from '@/scim';

import type { BulkKind } from './bulk-dialog';
import { useBulkRun } from './bulk-run';
import { BulkToolbar } from './bulk-toolbar';
import type { Selection } from './selection';

// The confirmation and the results load when a bulk action starts.
const BulkDialog = lazy(() =>
  import('./bulk-dialog').then((m) => ({ default: m.BulkDialog })),
);
const BulkResults = lazy(() =>
  import('./bulk-results').then((m) => ({ default: m.BulkResults })),
);

export interface BulkActionsProps {
  selection: Selection;
  pageRows: readonly User[];
  /** Every user of the organization, to keep an active admin. */
  users: readonly User[];
}

/**
 * Bulk actions on the selected users: the bar that starts them, the
 * confirmation, and the run with its result per user.
 */
export function BulkActions({ selection, pageRows, users }: BulkActionsProps) {
  const can = capabilities(useServerTraits());
  const bulk = useBulkRun();
  const [asking, setAsking] = useState<BulkKind | null>(null);
  const busy = bulk.run?.running ?? false;

  const undoBlocked =
    bulk.run?.action.kind === 'deactivate' && can.deactivationRemoves
      ? 'Multi-tenant Cloud removed the deactivated users from the organization; they cannot be re-enabled, so this cannot be undone.'
      : null;

  return (
    <>
      {selection.count > 0 ? (
        <BulkToolbar
          selection={selection}
          pageRows={pageRows}
          busy={busy}
          reenableBlocked={can.reactivate}
          onAction={setAsking}
        />
      ) : null}

      {bulk.run ? (
        <Suspense fallback={null}>
          <BulkResults
            run={bulk.run}
            undoBlocked={undoBlocked}
            onRetry={() => void bulk.retryFailed()}
            onUndo={() => void bulk.undo()}
            onDismiss={bulk.dismiss}
          />
        </Suspense>
      ) : null}

      {asking ? (
        <Suspense fallback={null}>
          <BulkDialog
            kind={asking}
            selected={selection.users}
            users={users}
            onClose={() => setAsking(null)}
            onConfirm={(action) => {
              setAsking(null);
              // The run now holds these users; the selection starts afresh.
              const selected = selection.users;
              selection.clear();
              void bulk.start(action, selected);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
