import Chip from '@mui/material/Chip';

import { serverLabel, useConnection } from '@/lib/connection';
import { useServerTraits } from '@/lib/server-traits';

const DEPLOYMENTS = {
  dedicated: 'Dedicated / Self-Managed',
  'multi-tenant': 'Multi-tenant Cloud',
} as const;

/** Which server the console is on and which deployment it takes it for. */
export function ConnectionChip() {
  const connection = useConnection();
  const { deployment } = useServerTraits();
  const live = connection.kind !== 'demo';
  const server = live ? `Live: ${serverLabel(connection)}` : 'Demo';
  const label = `${server} · ${DEPLOYMENTS[deployment]}`;

  return (
    <Chip
      size="small"
      color={live ? 'primary' : 'secondary'}
      variant={live ? 'outlined' : 'filled'}
      label={label}
      aria-label={`Server: ${label}`}
    />
  );
}
