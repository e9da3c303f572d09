import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

import { chooseListStrategy } from '@/lib/list-strategy';
import type { ServerFeatures } from '@/lib/server-features';
import { useServerFeatures } from '@/lib/use-server-features';
import { describeError } from '@/scim';

const FEATURES: [keyof Omit<ServerFeatures, 'source'>, string][] = [
  ['filter', 'Filters (RFC 7644 grammar)'],
  ['sort', 'Sorting'],
  ['paging', 'Paging'],
  ['etag', 'ETags'],
  ['patch', 'PATCH'],
  ['bulk', 'Bulk'],
];

/** What the console learnt the server can do, and where it learnt it. */
export function ServerCapabilities() {
  const features = useServerFeatures();

  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 640 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        Server capabilities
      </Typography>
      {features.isPending ? (
        <Typography role="status">Asking the server…</Typography>
      ) : features.isError ? (
        <Alert severity="warning">
          The server did not say what it supports (
          {describeError(features.error)}
          ); lists are searched in the browser.
        </Alert>
      ) : (
        <>
          <Typography color="text.secondary" sx={{ mb: 1 }}>
            {features.data.source === 'service-provider-config'
              ? 'As the server describes itself in /ServiceProviderConfig.'
              : 'The server has no /ServiceProviderConfig: taken for W&B’s API, as the Deployment setting says, with a probe for filters.'}{' '}
            {chooseListStrategy(features.data) === 'server'
              ? 'Lists are searched, sorted and paged on the server.'
              : 'Lists are read whole and searched, sorted and paged in the browser.'}
          </Typography>
          <ul aria-label="Server capabilities">
            {FEATURES.map(([key, label]) => (
              <li key={key}>
                {label}: {features.data[key] ? 'yes' : 'no'}
              </li>
            ))}
          </ul>
        </>
      )}
    </Paper>
  );
}
