import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';

import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import type { ServiceAccount, Team } from '@/scim';

import { useTeamServiceAccounts } from './api/queries';
import { CreateServiceAccountDialog } from './create-service-account-dialog';
import { DeleteServiceAccountDialog } from './delete-service-account-dialog';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/**
 * The team's service accounts: its own, and the organization's that joined
 * it. A server without the (undocumented) endpoint answers 404: say so.
 */
export function ServiceAccountsTab({ team }: { team: Team }) {
  const accounts = useTeamServiceAccounts(team.id);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<ServiceAccount | null>(null);

  if (accounts.isPending) {
    return <LoadingState label="Loading service accounts…" />;
  }
  if (accounts.isError) {
    return accounts.error.isNotFound ? (
      <Alert severity="info">
        This server does not offer service accounts over SCIM (it answered 404).
        Manage them in the W&amp;B app instead.
      </Alert>
    ) : (
      <ErrorState
        title="The service accounts could not be loaded."
        error={accounts.error}
        onRetry={() => void accounts.refetch()}
      />
    );
  }

  return (
    <>
      <Stack direction="row" sx={{ mb: 2, justifyContent: 'flex-end' }}>
        <Button variant="contained" onClick={() => setCreating(true)}>
          Create service account
        </Button>
      </Stack>
      {accounts.data.length === 0 ? (
        <EmptyState title="No service accounts">
          <Typography color="text.secondary">
            A service account lets automation (CI, scheduled jobs) work in this
            team with its own API key.
          </Typography>
        </EmptyState>
      ) : (
        <Paper variant="outlined">
          <TableContainer>
            <Table size="small" aria-label="Service accounts">
              <TableHead>
                <TableRow>
                  <TableCell>Description</TableCell>
                  <TableCell>Scope</TableCell>
                  <TableCell>Created</TableCell>
                  <TableCell>
                    <span className="visually-hidden">Actions</span>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {accounts.data.map((account) => (
                  <TableRow key={account.id} hover>
                    <TableCell>{account.description || account.id}</TableCell>
                    <TableCell>
                      {account.teamId === null ? 'Organization' : 'Team'}
                    </TableCell>
                    <TableCell>
                      {account.created
                        ? dateFormat.format(new Date(account.created))
                        : '—'}
                    </TableCell>
                    <TableCell align="right">
                      <Button
                        size="small"
                        color="error"
                        aria-label={`Delete ${account.description || account.id}`}
                        onClick={() => setDeleting(account)}
                      >
                        Delete
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </Paper>
      )}

      <CreateServiceAccountDialog
        open={creating}
        team={team}
        onClose={() => setCreating(false)}
      />
      <DeleteServiceAccountDialog
        account={deleting}
        teamId={team.id}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
