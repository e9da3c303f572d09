import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';

import { usePageTitle } from '@/lib/use-page-title';

/** `/roles`: not built yet; says so rather than pretending. */
export function RolesPage() {
  usePageTitle('Roles');
  return (
    <>
      <Typography variant="h4" component="h1" sx={{ mb: 2 }}>
        Roles
      </Typography>
      <Alert severity="info">
        Managing custom roles is not part of this version of the console yet.
      </Alert>
    </>
  );
}
