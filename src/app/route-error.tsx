import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import { isRouteErrorResponse, useRouteError } from 'react-router';

import { describeError } from '@/scim';

/**
 * What a screen shows when something unexpected breaks it. Inside the
 * layout it is the page; outside it, it is the whole document's main.
 */
export function RouteError({ nested = false }: { nested?: boolean }) {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;

  return (
    <Container component={nested ? 'div' : 'main'} maxWidth="md" sx={{ py: 6 }}>
      <Typography variant="h4" component="h1" sx={{ mb: 2 }}>
        {notFound ? 'Page not found' : 'Something went wrong'}
      </Typography>
      <Alert severity="error" role="alert" sx={{ mb: 2 }}>
        {notFound
          ? 'There is no screen at this address.'
          : describeError(error)}
      </Alert>
      <Button variant="contained" onClick={() => window.location.reload()}>
        Try again
      </Button>{' '}
      <Button href="/users">Go to users</Button>
    </Container>
  );
}
