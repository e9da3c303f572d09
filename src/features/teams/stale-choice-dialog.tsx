import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useCallback, useId, useState } from 'react';

/**
 * When the server answers 412 (someone changed the team or user since it was
 * read), the admin chooses: read it again and re-apply the change, or drop
 * it. `offer` takes what re-applying does.
 */
export function useStaleChoice() {
  const [reapply, setReapply] = useState<(() => void) | null>(null);
  const offer = useCallback((again: () => void) => setReapply(() => again), []);

  const dialog = (
    <StaleChoiceDialog
      open={reapply !== null}
      onReapply={() => {
        reapply?.();
        setReapply(null);
      }}
      onDiscard={() => setReapply(null)}
    />
  );
  return { offer, dialog };
}

function StaleChoiceDialog({
  open,
  onReapply,
  onDiscard,
}: {
  open: boolean;
  onReapply(): void;
  onDiscard(): void;
}) {
  const titleId = useId();

  return (
    <Dialog open={open} onClose={onDiscard} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>Changed by someone else</DialogTitle>
      <DialogContent>
        <DialogContentText>
          This changed on the server since the console loaded it, so your change
          was not applied. The screen now shows what the server holds. Apply
          your change again on top of it, or discard it?
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onDiscard}>Discard</Button>
        <Button variant="contained" onClick={onReapply}>
          Re-apply
        </Button>
      </DialogActions>
    </Dialog>
  );
}
