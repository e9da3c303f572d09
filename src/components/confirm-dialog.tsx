import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { type ReactNode, useId } from 'react';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** Names the confirm button after the action, e.g. `Deactivate`. */
  confirmLabel: string;
  children: ReactNode;
  pending?: boolean;
  destructive?: boolean;
  /** Keeps the confirm button off, e.g. while the dialog explains a refusal. */
  confirmDisabled?: boolean;
  onConfirm(): void;
  onClose(): void;
}

/** Asks before an action and says what it will do. */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  children,
  pending = false,
  destructive = false,
  confirmDisabled = false,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const titleId = useId();

  return (
    <Dialog
      open={open}
      onClose={pending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>{children}</DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending}>
          Cancel
        </Button>
        <Button
          onClick={onConfirm}
          loading={pending}
          disabled={confirmDisabled}
          variant="contained"
          color={destructive ? 'error' : 'primary'}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
