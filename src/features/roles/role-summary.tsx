import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { baseLabel } from '@/lib/permissions';

import type { BaseChange } from './role-review';

export interface RoleSummaryProps {
  base: string;
  inheritedCount: number;
  added: readonly string[];
  baseChange: BaseChange | null;
  /** `Held by 3 users in 2 teams.`, when the role exists. */
  holders: string | null;
}

/** A running account of what the role grants as it is being edited. */
export function RoleSummary({
  base,
  inheritedCount,
  added,
  baseChange,
  holders,
}: RoleSummaryProps) {
  const total = inheritedCount + added.length;

  return (
    <Stack spacing={2}>
      <Typography variant="h6" component="h2">
        Summary
      </Typography>
      <Typography aria-live="polite">
        Grants <strong>{total}</strong> permissions: {inheritedCount} from{' '}
        {base} and {added.length} added.
      </Typography>
      {added.length > 0 ? (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
          {added.map((name) => (
            <Chip key={name} size="small" color="primary" label={name} />
          ))}
        </Box>
      ) : null}
      {baseChange ? <BaseChangeNote change={baseChange} /> : null}
      {holders ? (
        <Typography color="text.secondary">{holders}</Typography>
      ) : null}
    </Stack>
  );
}

/** Says what moving to another base does to the role's permissions. */
export function BaseChangeNote({ change }: { change: BaseChange }) {
  const list = (names: readonly string[]) =>
    names.length > 0 ? names.join(', ') : 'none';

  return (
    <Alert severity="info" role="note" aria-label="Change of base">
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        Based on {baseLabel(change.to)} instead of {baseLabel(change.from)}
      </Typography>
      <Typography variant="body2">
        Now inherited from {baseLabel(change.to)}: {list(change.nowInherited)}
      </Typography>
      <Typography variant="body2">
        Stay added: {list(change.stayAdded)}
      </Typography>
      {change.noLongerGranted.length > 0 ? (
        <Typography variant="body2">
          No longer granted: {list(change.noLongerGranted)}
        </Typography>
      ) : null}
    </Alert>
  );
}
