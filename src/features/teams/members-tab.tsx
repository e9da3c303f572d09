import Paper from '@mui/material/Paper';
import TableContainer from '@mui/material/TableContainer';
import TablePagination from '@mui/material/TablePagination';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useMemo, useState } from 'react';

import { EmptyState } from '@/components/page-states';
import type { Team, Versioned } from '@/scim';

import { AddMembersDialog } from './add-members-dialog';
import { useOrgUsers, useTeamRoleNames } from './api/queries';
import {
  DemoteDialog,
  RemoveAllDialog,
  RemoveMemberDialog,
} from './member-confirm-dialogs';
import {
  filterMembers,
  type MemberSortField,
  type MemberView,
  sortMembers,
} from './member-view';
import { MembersTable } from './members-table';
import { MembersToolbar } from './members-toolbar';
import {
  lastTeamAdminWarning,
  type MemberRow,
  memberRows,
} from './team-members';
import { useMemberActions } from './use-member-actions';
import { PAGE_SIZE, pageOf } from './view-params';

export interface MembersTabProps {
  current: Versioned<Team>;
  view: MemberView;
  onView(changes: Partial<MemberView>): void;
}

/**
 * A team's members with their team roles, 50 to a page so that a team of
 * thousands stays fast; each change is one PATCH of one member.
 */
export function MembersTab({ current, view, onView }: MembersTabProps) {
  const team = current.data;
  const users = useOrgUsers();
  const roleNames = useTeamRoleNames();
  const actions = useMemberActions();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<MemberRow | null>(null);
  const [removingAll, setRemovingAll] = useState(false);
  const [demoting, setDemoting] = useState<{ row: MemberRow; role: string }>();

  const usersById = useMemo(
    () => new Map((users.data ?? []).map((user) => [user.id, user])),
    [users.data],
  );
  const rows = useMemo(() => memberRows(team, usersById), [team, usersById]);
  // A team may have 10,000 members: sort once per order, filter once per
  // search, and let a page change only slice.
  const deferred = useDeferredValue(view);
  const sorted = useMemo(
    () => sortMembers(rows, deferred.sort, deferred.dir),
    [rows, deferred.sort, deferred.dir],
  );
  const matches = useMemo(
    () => filterMembers(sorted, deferred.q),
    [sorted, deferred.q],
  );
  const { page, rows: pageRows } = pageOf(matches, deferred.page);

  function changeRole(row: MemberRow, role: string) {
    if (!row.user || role === row.role) return;
    const demotes = row.role === 'admin' && role !== 'admin';
    if (demotes && lastTeamAdminWarning(rows, team.name, [row.id])) {
      setDemoting({ row, role });
      return;
    }
    actions.setRole(team, row.user, role);
  }

  function sortBy(field: MemberSortField) {
    const again = view.sort === field && view.dir === 'asc';
    onView({ sort: field, dir: again ? 'desc' : 'asc' });
  }

  return (
    <>
      <MembersToolbar
        q={view.q}
        empty={team.members.length === 0}
        onSearch={(q) => onView({ q })}
        onAdd={() => setAdding(true)}
        onRemoveAll={() => setRemovingAll(true)}
      />

      {matches.length === 0 ? (
        <EmptyState title={rows.length ? 'No members match' : 'No members yet'}>
          <Typography color="text.secondary">
            {rows.length ? 'Try another search.' : 'Add members to this team.'}
          </Typography>
        </EmptyState>
      ) : (
        <Paper variant="outlined">
          <TableContainer>
            <MembersTable
              rows={pageRows}
              roleNames={roleNames}
              view={deferred}
              changingRoleOf={actions.roleChanging}
              onSort={sortBy}
              onRole={changeRole}
              onRemove={setRemoving}
            />
          </TableContainer>
          <TablePagination
            component="div"
            count={matches.length}
            page={page}
            rowsPerPage={PAGE_SIZE}
            rowsPerPageOptions={[PAGE_SIZE]}
            showFirstButton
            showLastButton
            onPageChange={(_, next) => onView({ page: next })}
          />
        </Paper>
      )}

      <AddMembersDialog
        open={adding}
        current={current}
        roleNames={roleNames}
        actions={actions}
        onClose={() => setAdding(false)}
      />
      <RemoveMemberDialog
        row={removing}
        teamName={team.name}
        warning={
          removing && lastTeamAdminWarning(rows, team.name, [removing.id])
        }
        pending={actions.removing}
        onConfirm={(row) =>
          actions.remove(current, row, () => setRemoving(null))
        }
        onClose={() => setRemoving(null)}
      />
      <RemoveAllDialog
        open={removingAll}
        team={team}
        warning={lastTeamAdminWarning(
          rows,
          team.name,
          team.members.map((m) => m.id),
        )}
        pending={actions.removing}
        onConfirm={() =>
          actions.removeAll(current, () => setRemovingAll(false))
        }
        onClose={() => setRemovingAll(false)}
      />
      <DemoteDialog
        change={demoting}
        teamName={team.name}
        warning={
          demoting && lastTeamAdminWarning(rows, team.name, [demoting.row.id])
        }
        onConfirm={({ row, role }) => {
          if (row.user) actions.setRole(team, row.user, role);
          setDemoting(undefined);
        }}
        onClose={() => setDemoting(undefined)}
      />
      {actions.staleDialog}
    </>
  );
}
