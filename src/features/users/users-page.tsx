import PersonAddIcon from '@mui/icons-material/PersonAdd';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TableContainer from '@mui/material/TableContainer';
import TablePagination from '@mui/material/TablePagination';
import Typography from '@mui/material/Typography';
import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useDeferredValue,
  useRef,
  useState,
} from 'react';

import { ListFreshness } from '@/components/list-freshness';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { useIdleAfter } from '@/lib/use-idle-after';
import { useOpenedOnce } from '@/lib/use-opened-once';
import { usePageTitle } from '@/lib/use-page-title';
import type { User } from '@/scim';

import { type ListView, PAGE_SIZE, type SortField } from './list-view';
import { useSelection } from './selection';
import { LIST_SHORTCUTS, useListShortcuts } from './use-list-shortcuts';
import { useListView } from './use-list-view';
import { useUserRows } from './use-user-rows';
import { UsersTable } from './users-table';
import { UsersToolbar } from './users-toolbar';

// The dialogs load when first opened, and the bulk actions just after the
// list has painted: the list paints without them.
const BulkActions = lazy(() =>
  import('./bulk-actions').then((m) => ({ default: m.BulkActions })),
);
const AddUserDialog = lazy(() =>
  import('./add-user-dialog').then((m) => ({ default: m.AddUserDialog })),
);
const SetActiveDialog = lazy(() =>
  import('./set-active-dialog').then((m) => ({ default: m.SetActiveDialog })),
);
const ShortcutsDialog = lazy(() =>
  import('@/components/shortcuts-dialog').then((m) => ({
    default: m.ShortcutsDialog,
  })),
);

/** `/users`: every user of the organization, searchable and filterable. */
export function UsersPage() {
  usePageTitle('Users');
  const [view, updateView] = useListView();
  const [target, setTarget] = useState<User | null>(null);
  const [adding, setAdding] = useState(false);
  const tableRef = useRef<HTMLDivElement>(null);
  const shortcuts = useListShortcuts(tableRef);
  const setActiveOpened = useOpenedOnce(target !== null);
  const shortcutsOpened = useOpenedOnce(shortcuts.helpOpen);

  const deferredView = useDeferredValue(view);
  // Searched, sorted and paged here on W&B, by the server where it can.
  const users = useUserRows(deferredView);
  const { matches, page, rows } = users;
  const selection = useSelection(deferredView, matches);
  // Mounted (drawing nothing until a selection) once the list has painted,
  // so that its code is loaded before the first tick: loaded on the tick,
  // the bar arrived a moment later and pushed the rows down under the
  // admin's next click. Stays mounted: a bulk run outlives its selection.
  const listSettled = useIdleAfter(!users.isPending);
  const bulkShown = useOpenedOnce(selection.count > 0 || listSettled);

  const { refetch } = users;
  const refresh = useCallback(() => void refetch(), [refetch]);
  const openAdd = useCallback(() => setAdding(true), []);

  const sortBy = useCallback(
    (field: SortField) =>
      updateView({
        sort: field,
        dir: view.sort === field && view.dir === 'asc' ? 'desc' : 'asc',
      }),
    [updateView, view.sort, view.dir],
  );

  return (
    <>
      <UsersHeading
        updatedAt={users.dataUpdatedAt}
        refreshing={users.isFetching}
        onRefresh={refresh}
        onAdd={openAdd}
      />
      <UsersToolbar view={view} onChange={updateView} matching={matches} />
      {bulkShown ? (
        <Suspense fallback={null}>
          <BulkActions
            selection={selection}
            pageRows={rows}
            users={users.data ?? []}
          />
        </Suspense>
      ) : null}

      {users.isPending ? (
        <LoadingState label="Loading users…" />
      ) : users.isError ? (
        <ErrorState
          title="The users could not be loaded."
          error={users.error}
          onRetry={refresh}
        />
      ) : users.total === 0 ? (
        <EmptyState title="No users match">
          <Typography color="text.secondary">
            {users.organizationEmpty
              ? 'The organization has no users yet.'
              : 'Try another search or clear the filters.'}
          </Typography>
        </EmptyState>
      ) : (
        <Paper variant="outlined">
          <TableContainer ref={tableRef}>
            <UsersTable
              rows={rows}
              view={deferredView}
              onSort={sortBy}
              onSetActive={setTarget}
              isSelected={selection.isSelected}
              onSelect={selection.set}
            />
          </TableContainer>
          <UsersPagination
            count={users.total}
            page={page}
            onChange={updateView}
          />
        </Paper>
      )}

      {setActiveOpened ? (
        <Suspense fallback={null}>
          <SetActiveDialog user={target} onClose={() => setTarget(null)} />
        </Suspense>
      ) : null}
      {adding ? (
        <Suspense fallback={null}>
          <AddUserDialog open onClose={() => setAdding(false)} />
        </Suspense>
      ) : null}
      {shortcutsOpened ? (
        <Suspense fallback={null}>
          <ShortcutsDialog
            open={shortcuts.helpOpen}
            shortcuts={LIST_SHORTCUTS}
            onClose={shortcuts.closeHelp}
          />
        </Suspense>
      ) : null}
    </>
  );
}

// The heading and the pager are drawn again only when what they show
// changes, not with every key typed into the search.
const UsersHeading = memo(function UsersHeading({
  updatedAt,
  refreshing,
  onRefresh,
  onAdd,
}: {
  updatedAt: number;
  refreshing: boolean;
  onRefresh(): void;
  onAdd(): void;
}) {
  return (
    <Stack
      direction="row"
      spacing={2}
      useFlexGap
      sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}
    >
      <Typography variant="h4" component="h1" sx={{ flex: 1 }}>
        Users
      </Typography>
      <ListFreshness
        updatedAt={updatedAt}
        refreshing={refreshing}
        onRefresh={onRefresh}
      />
      <Button variant="contained" startIcon={<PersonAddIcon />} onClick={onAdd}>
        Add user
      </Button>
    </Stack>
  );
});

const ONE_PAGE_SIZE = [PAGE_SIZE];

const UsersPagination = memo(function UsersPagination({
  count,
  page,
  onChange,
}: {
  count: number;
  page: number;
  onChange(changes: Partial<ListView>): void;
}) {
  return (
    <TablePagination
      component="div"
      count={count}
      page={page}
      rowsPerPage={PAGE_SIZE}
      rowsPerPageOptions={ONE_PAGE_SIZE}
      onPageChange={(_, next) => onChange({ page: next })}
    />
  );
});
