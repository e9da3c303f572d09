import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { type AccessProblem, clearAccessProblem } from '@/lib/access-problem';
import { type Connection, serverLabel, useConnection } from '@/lib/connection';

/** What the console shows instead of a screen when the server refuses it. */
export function AccessProblemScreen({ problem }: { problem: AccessProblem }) {
  const connection = useConnection();
  const queryClient = useQueryClient();
  const refused = problem.status === 401;

  function retry() {
    clearAccessProblem();
    void queryClient.invalidateQueries();
  }

  return (
    <Stack spacing={2} sx={{ maxWidth: 720, py: 4 }}>
      <Typography variant="h4" component="h1">
        {refused ? 'Sign-in refused' : 'Access denied'}
      </Typography>
      <Alert severity="error" role="alert">
        {refused
          ? `${serverLabel(connection)} did not accept the credentials (401).`
          : `${serverLabel(connection)} accepted the credentials but does not allow them to manage this organization (403).`}{' '}
        {problem.detail}
      </Alert>
      <Typography>{refused ? fixFor401(connection) : FIX_FOR_403}</Typography>
      <Stack direction="row" spacing={1}>
        <Button variant="contained" onClick={retry}>
          Try again
        </Button>
        <Button component={Link} to={paths.settings()}>
          Open Settings
        </Button>
      </Stack>
    </Stack>
  );
}

const FIX_FOR_403 =
  'Only organization admins and org-scoped service accounts may use the SCIM API; a team-scoped service account or a member is refused. Use the API key of an admin or of an org service account.';

function fixFor401(connection: Connection): string {
  switch (connection.kind) {
    case 'proxy':
      return 'Check SCIM_API_KEY, and SCIM_USERNAME or SCIM_AUTH for Basic, in the environment of the command that serves the console, then restart it. The key is never sent to this page.';
    case 'browser':
      return 'Connect again in Settings with a valid API key.';
    default:
      return 'The demo server refused the request; reset the demo data in Settings.';
  }
}
