import DownloadIcon from '@mui/icons-material/Download';
import SearchIcon from '@mui/icons-material/Search';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { memo } from 'react';

import type { User } from '@/scim';

import type { ListView, RoleFilter, StatusFilter } from './list-view';

export interface UsersToolbarProps {
  view: ListView;
  onChange(changes: Partial<ListView>): void;
  /** Every user matching the view, across pages: what Export CSV writes. */
  matching: readonly User[];
}

/**
 * Search and filters of the users list, and its export. Each key typed
 * draws the search field again; the filters and the export button only
 * when what they show changes.
 */
export function UsersToolbar({ view, onChange, matching }: UsersToolbarProps) {
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      useFlexGap
      sx={{ mb: 2, flexWrap: 'wrap' }}
      role="search"
    >
      <TextField
        label="Search users"
        placeholder="Name, username or email"
        value={view.q}
        onChange={(event) => onChange({ q: event.target.value })}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          // Escape clears the search, and a second one leaves the box for
          // the list's shortcuts.
          if (view.q) onChange({ q: '' });
          else (event.target as HTMLElement).blur();
        }}
        size="small"
        type="search"
        sx={{ flex: 1, minWidth: 220 }}
        slotProps={SEARCH_SLOTS}
      />
      <Filters status={view.status} role={view.role} onChange={onChange} />
      <ExportButton matching={matching} />
    </Stack>
  );
}

const SEARCH_SLOTS = {
  input: {
    startAdornment: (
      <InputAdornment position="start">
        <SearchIcon fontSize="small" />
      </InputAdornment>
    ),
  },
};

const Filters = memo(function Filters({
  status,
  role,
  onChange,
}: {
  status: StatusFilter;
  role: RoleFilter;
  onChange(changes: Partial<ListView>): void;
}) {
  return (
    <>
      <TextField
        select
        label="Status"
        value={status}
        onChange={(event) =>
          onChange({ status: event.target.value as StatusFilter })
        }
        size="small"
        sx={{ minWidth: 150 }}
      >
        <MenuItem value="all">All</MenuItem>
        <MenuItem value="active">Active</MenuItem>
        <MenuItem value="deactivated">Deactivated</MenuItem>
      </TextField>
      <TextField
        select
        label="Role"
        value={role}
        onChange={(event) =>
          onChange({ role: event.target.value as RoleFilter })
        }
        size="small"
        sx={{ minWidth: 150 }}
      >
        <MenuItem value="all">All</MenuItem>
        <MenuItem value="admin">Admin</MenuItem>
        <MenuItem value="member">Member</MenuItem>
        <MenuItem value="viewer">Viewer</MenuItem>
      </TextField>
    </>
  );
});

const ExportButton = memo(function ExportButton({
  matching,
}: {
  matching: readonly User[];
}) {
  return (
    <Button
      startIcon={<DownloadIcon />}
      disabled={matching.length === 0}
      onClick={() => void exportCsv(matching)}
      sx={{ flexShrink: 0 }}
    >
      Export CSV
    </Button>
  );
});

// The CSV writer (Papa Parse) loads on the first export, not with the list.
async function exportCsv(users: readonly User[]): Promise<void> {
  const { downloadUsersCsv } = await import('./export-csv');
  downloadUsersCsv(users);
}
