import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useId } from 'react';

import type { UserEditor } from './use-user-editor';

/**
 * Someone else changed the user since the admin read it: shows their value
 * beside the admin's change and lets the admin choose. Nothing is lost.
 */
export function ConflictDialog({ editor }: { editor: UserEditor }) {
  const titleId = useId();
  const conflict = editor.conflict;
  if (!conflict) return null;

  const { edit, fresh } = conflict;

  return (
    <Dialog open aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>Changed by someone else</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          This user changed on the server after you opened the page, so your
          change was not applied. Compare and choose.
        </DialogContentText>
        <Table size="small" aria-label="Your change and the server's value">
          <TableBody>
            <TableRow>
              <TableCell component="th" scope="row">
                Field
              </TableCell>
              <TableCell>{edit.field}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell component="th" scope="row">
                On the server now
              </TableCell>
              <TableCell>
                {fresh ? edit.read(fresh.data) : 'Reading…'}
              </TableCell>
            </TableRow>
            <TableRow>
              <TableCell component="th" scope="row">
                Your change
              </TableCell>
              <TableCell>{edit.mine}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void editor.discard()} disabled={editor.pending}>
          Discard my change
        </Button>
        <Button
          variant="contained"
          onClick={() => void editor.reapply()}
          loading={editor.pending}
          disabled={!fresh}
        >
          Re-apply my change
        </Button>
      </DialogActions>
    </Dialog>
  );
}
