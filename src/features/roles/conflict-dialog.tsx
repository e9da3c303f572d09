import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useId } from 'react';

import { baseLabel } from '@/lib/permissions';
import type { Role } from '@/scim';

import type { RoleDraft } from './role-draft';
import { addedOf } from './role-model';
import type { RoleReview } from './role-review';

export interface ConflictDialogProps {
  /** The server's current copy; the dialog is open while it is set. */
  fresh: Role | null;
  draft: RoleDraft;
  /** The admin's change, relative to the copy they started from. */
  review: RoleReview;
  onReapply(): void;
  onDiscard(): void;
}

/**
 * A save met a 412: someone changed the role since it was read. Shows the
 * server's values beside the admin's change and lets the admin choose.
 */
export function ConflictDialog({
  fresh,
  draft,
  review,
  onReapply,
  onDiscard,
}: ConflictDialogProps) {
  const titleId = useId();
  const unchanged = 'Unchanged';
  const permissionChange = [
    ...review.plus.map((name) => `+ ${name}`),
    ...review.minus.map((name) => `− ${name}`),
  ].join(', ');

  const rows = fresh
    ? [
        ['Name', fresh.name, review.rename ? draft.name.trim() : unchanged],
        [
          'Description',
          fresh.description || 'None',
          review.descriptionChanged ? draft.description || 'None' : unchanged,
        ],
        [
          'Based on',
          baseLabel(fresh.inheritedFrom),
          review.baseChange ? baseLabel(draft.base) : unchanged,
        ],
        [
          'Added permissions',
          addedOf(fresh).join(', ') || 'None',
          permissionChange || unchanged,
        ],
      ]
    : [];

  return (
    <Dialog
      open={fresh !== null}
      aria-labelledby={titleId}
      maxWidth="md"
      fullWidth
    >
      <DialogTitle id={titleId}>Changed by someone else</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          This role was saved by someone else after you opened it, so your
          changes were not sent. Nothing you changed is lost: re-apply it on top
          of their version, or discard it.
        </Alert>
        <Table size="small" aria-label="The server's version and your change">
          <TableHead>
            <TableRow>
              <TableCell>Field</TableCell>
              <TableCell>On the server now</TableCell>
              <TableCell>Your change</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(([field, theirs, mine]) => (
              <TableRow key={field}>
                <TableCell component="th" scope="row">
                  {field}
                </TableCell>
                <TableCell>{theirs}</TableCell>
                <TableCell>{mine}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button color="inherit" onClick={onDiscard}>
          Discard my changes
        </Button>
        <Button variant="contained" onClick={onReapply}>
          Re-apply my changes
        </Button>
      </DialogActions>
    </Dialog>
  );
}
