import SearchIcon from '@mui/icons-material/Search';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TableContainer from '@mui/material/TableContainer';
import TablePagination from '@mui/material/TablePagination';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useMemo, useState } from 'react';

import { ListFreshness } from '@/components/list-freshness';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { usePageTitle } from '@/lib/use-page-title';

import { useOrgUsers, useTeams } from './api/queries';
import { CreateTeamDialog } from './create-team-dialog';
import {
  matchingTeams,
  readTeamView,
  type TeamSortField,
  writeTeamView,
} from './team-list-view';
import { adminsByTeam } from './team-members';
import { TeamsTable } from './teams-table';
import { PAGE_SIZE, pageOf, useUrlView } from './view-params';

/** `/teams`: every team of the organization, with its size and admins. */
export function TeamsPage() {
  usePageTitle('Teams');
  const teams = useTeams();
  const users = useOrgUsers();
  const [view, updateView] = useUrlView(readTeamView, writeTeamView);
  const [creating, setCreating] = useState(false);

  const deferredView = useDeferredValue(view);
  const matches = useMemo(
    () => matchingTeams(teams.data ?? [], deferredView),
    [teams.data, deferredView],
  );
  const admins = useMemo(() => adminsByTeam(users.data ?? []), [users.data]);
  const { page, rows } = pageOf(matches, deferredView.page);

  function sortBy(field: TeamSortField) {
    const again = view.sort === field && view.dir === 'asc';
    updateView({ sort: field, dir: again ? 'desc' : 'asc' });
  }

  return (
    <>
      <Stack
        direction="row"
        sx={{ mb: 2, alignItems: 'center', gap: 2, flexWrap: 'wrap' }}
      >
        <Typography variant="h4" component="h1" sx={{ flex: 1 }}>
          Teams
        </Typography>
        <ListFreshness
          updatedAt={teams.dataUpdatedAt}
          refreshing={teams.isFetching}
          onRefresh={() => void teams.refetch()}
        />
        <Button variant="contained" onClick={() => setCreating(true)}>
          Create team
        </Button>
      </Stack>
      <Stack role="search" sx={{ mb: 2 }}>
        <TextField
          label="Search teams"
          placeholder="Team name"
          type="search"
          size="small"
          value={view.q}
          onChange={(event) => updateView({ q: event.target.value })}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
      </Stack>

      {teams.isPending ? (
        <LoadingState label="Loading teams…" />
      ) : teams.isError ? (
        <ErrorState
          title="The teams could not be loaded."
          error={teams.error}
          onRetry={() => void teams.refetch()}
        />
      ) : matches.length === 0 ? (
        <EmptyState title="No teams match">
          <Typography color="text.secondary">
            {teams.data.length === 0
              ? 'The organization has no teams yet.'
              : 'Try another search.'}
          </Typography>
        </EmptyState>
      ) : (
        <Paper variant="outlined">
          <TableContainer>
            <TeamsTable
              rows={rows}
              admins={admins}
              adminsKnown={users.isSuccess}
              view={deferredView}
              onSort={sortBy}
            />
          </TableContainer>
          <TablePagination
            component="div"
            count={matches.length}
            page={page}
            rowsPerPage={PAGE_SIZE}
            rowsPerPageOptions={[PAGE_SIZE]}
            onPageChange={(_, next) => updateView({ page: next })}
          />
        </Paper>
      )}

      <CreateTeamDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
