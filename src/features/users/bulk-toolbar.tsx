import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';

import type { User } from '@/scim';

import type { BulkKind } from './bulk-dialog';
import type { Selection } from './selection';

export interface BulkToolbarProps {
  selection: Selection;
  /** The rows on screen, to offer selecting every matching user. */
  pageRows: readonly User[];
  /** While a bulk action runs, no other starts. */
  busy: boolean;
  /** Why re-enabling is impossible here, when it is. */
  reenableBlocked: string | null;
  onAction(kind: BulkKind): void;
}

/** What is selected, and the actions that apply to all of it. */
export function BulkToolbar({
  selection,
  pageRows,
  busy,
  reenableBlocked,
  onAction,
}: BulkToolbarProps) {
  const reasonId = useId();
  const { count, matchingCount } = selection;
  const pageSelected =
    pageRows.length > 0 &&
    pageRows.every((user) => selection.isSelected(user.id));

  return (
    <Paper
      variant="outlined"
      aria-label="Selected users"
      component="section"
      sx={{ p: 1.5, mb: 2 }}
    >
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={1}
        sx={{ alignItems: { md: 'center' }, flexWrap: 'wrap' }}
      >
        <Typography sx={{ fontWeight: 500 }}>{`${count} selected`}</Typography>
        {pageSelected && count < matchingCount ? (
          <Button size="small" onClick={selection.selectAllMatching}>
            {`Select all ${matchingCount} matching`}
          </Button>
        ) : null}
        {count === matchingCount && count > pageRows.length ? (
          <Typography variant="body2" color="text.secondary">
            {`All ${matchingCount} matching users are selected.`}
          </Typography>
        ) : null}
        <Button size="small" onClick={selection.clear}>
          Clear selection
        </Button>

        <Stack direction="row" spacing={1} sx={{ ml: { md: 'auto' } }}>
          <Button
            color="error"
            variant="outlined"
            disabled={busy}
            onClick={() => onAction('deactivate')}
          >
            Deactivate selected
          </Button>
          <Button
            variant="outlined"
            disabled={busy || reenableBlocked !== null}
            aria-describedby={reenableBlocked ? reasonId : undefined}
            onClick={() => onAction('reenable')}
          >
            Re-enable selected
          </Button>
          <Button
            variant="outlined"
            disabled={busy}
            onClick={() => onAction('role')}
          >
            Change role of selected
          </Button>
        </Stack>
      </Stack>
      {reenableBlocked ? (
        <Typography
          id={reasonId}
          variant="body2"
          color="text.secondary"
          sx={{ mt: 1 }}
        >
          {reenableBlocked}
        </Typography>
      ) : null}
    </Paper>
  );
}
