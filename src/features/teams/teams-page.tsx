import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';

import { usePageTitle } from '@/lib/use-page-title';

/** `/teams`: not built yet; says so rather than pretending. */
export function TeamsPage() {
  usePageTitle('Teams');
  return (
    <>
      <Typography variant="h4" component="h1" sx={{ mb: 2 }}>
        Teams
      </Typography>
      <Alert severity="info">
        Managing teams is not part of this version of the console yet.
      </Alert>
    </>
  );
}
