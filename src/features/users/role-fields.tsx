import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

import { type OrgRole, SEAT_LEVELS, type SeatLevel } from '@/scim';

const VIEWER_NOTE =
  'Viewer is deprecated: the user becomes a member with viewer seats and the viewer role in every team.';

/** The organization role, with what the deprecated viewer role really does. */
export function OrgRoleField({
  value,
  onChange,
  disabledReason = null,
  label = 'Organization role',
}: {
  value: OrgRole;
  onChange(role: OrgRole): void;
  disabledReason?: string | null;
  label?: string;
}) {
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as OrgRole)}
      disabled={disabledReason !== null}
      helperText={disabledReason ?? (value === 'viewer' ? VIEWER_NOTE : ' ')}
    >
      <MenuItem value="admin">Admin</MenuItem>
      <MenuItem value="member">Member</MenuItem>
      <MenuItem value="viewer">Viewer (deprecated)</MenuItem>
    </TextField>
  );
}

const SEAT_LABELS: Record<SeatLevel, string> = {
  full: 'Full',
  viewer: 'Viewer',
  none: 'None',
};

/** A Models seat or Weave role choice, disabled with its reason. */
export function SeatField({
  label,
  value,
  onChange,
  disabledReason,
  error,
}: {
  label: string;
  value: SeatLevel;
  onChange(seat: SeatLevel): void;
  disabledReason: string | null;
  error?: string | undefined;
}) {
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as SeatLevel)}
      disabled={disabledReason !== null}
      error={Boolean(error)}
      helperText={error ?? disabledReason ?? ' '}
    >
      {SEAT_LEVELS.map((seat) => (
        <MenuItem key={seat} value={seat}>
          {SEAT_LABELS[seat]}
        </MenuItem>
      ))}
    </TextField>
  );
}
