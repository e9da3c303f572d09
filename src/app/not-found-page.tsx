import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

import { paths } from '@/config/paths';
import { usePageTitle } from '@/lib/use-page-title';

/** An address the console has no screen for. */
export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <Typography variant="h4" component="h1" sx={{ mb: 2 }}>
        Page not found
      </Typography>
      <Alert severity="info" sx={{ mb: 2 }}>
        There is no screen at this address.
      </Alert>
      <Button component={RouterLink} to={paths.users()} variant="contained">
        Go to users
      </Button>
    </>
  );
}
