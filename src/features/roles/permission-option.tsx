import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { memo, useId } from 'react';

import { describePermission } from './role-model';

export interface PermissionOptionProps {
  name: string;
  /** Set when the base grants it: the box is then checked and locked. */
  inheritedFrom: string | null;
  checked: boolean;
  onToggle(name: string, checked: boolean): void;
}

/** One permission: a checkbox named by the permission, and what it allows. */
export const PermissionOption = memo(function PermissionOption({
  name,
  inheritedFrom,
  checked,
  onToggle,
}: PermissionOptionProps) {
  const meaningId = useId();
  const locked = inheritedFrom !== null;

  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, py: 0.5 }}>
      <FormControlLabel
        sx={{ mr: 0, minWidth: { sm: '14.5rem' } }}
        control={
          <Checkbox
            checked={locked || checked}
            disabled={locked}
            onChange={(event) => onToggle(name, event.target.checked)}
            slotProps={{ input: { 'aria-describedby': meaningId } }}
          />
        }
        label={
          <Typography component="code" sx={{ fontFamily: 'monospace' }}>
            {name}
          </Typography>
        }
      />
      <Box id={meaningId} sx={{ pt: 1.1, flex: 1 }}>
        <Typography component="span" variant="body2" color="text.secondary">
          {describePermission(name)}
        </Typography>
        {locked ? (
          <Chip
            size="small"
            variant="outlined"
            label={`from ${inheritedFrom}`}
            sx={{ ml: 1 }}
          />
        ) : null}
      </Box>
    </Box>
  );
});
