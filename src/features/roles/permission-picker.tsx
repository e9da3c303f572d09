import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';

import { baseLabel } from '@/lib/permissions';
import type { RoleBase } from '@/scim';

import { PermissionOption } from './permission-option';
import { describePermission, groupByObject } from './role-model';

export interface PermissionPickerProps {
  /** Every permission the console knows of, in display order. */
  permissions: readonly string[];
  base: RoleBase;
  /** What the base grants: shown checked and locked. */
  inherited: readonly string[];
  added: readonly string[];
  onToggle(name: string, checked: boolean): void;
}

/** Every known permission, grouped by object, with a filter. */
export function PermissionPicker({
  permissions,
  base,
  inherited,
  added,
  onToggle,
}: PermissionPickerProps) {
  const [filter, setFilter] = useState('');
  const wanted = filter.trim().toLowerCase();
  const shown = permissions.filter(
    (name) =>
      !wanted ||
      name.includes(wanted) ||
      describePermission(name).toLowerCase().includes(wanted),
  );
  const groups = groupByObject(shown);

  return (
    <Stack spacing={2}>
      <TextField
        label="Filter permissions"
        placeholder="Name or what it allows, e.g. stop"
        type="search"
        size="small"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      {groups.length === 0 ? (
        <Typography color="text.secondary">
          No permission matches “{filter.trim()}”.
        </Typography>
      ) : null}
      {groups.map((group) => (
        <Box key={group.object} component="section">
          <Typography
            variant="subtitle1"
            component="h3"
            sx={{ fontWeight: 600 }}
          >
            {group.label}
          </Typography>
          {group.permissions.map((name) => (
            <PermissionOption
              key={name}
              name={name}
              inheritedFrom={inherited.includes(name) ? baseLabel(base) : null}
              checked={added.includes(name)}
              onToggle={onToggle}
            />
          ))}
        </Box>
      ))}
    </Stack>
  );
}
