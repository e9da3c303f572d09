import DialogContentText from '@mui/material/DialogContentText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';

import { ConfirmDialog } from '@/components/confirm-dialog';

const DEMO_SIZES = [250, 10_000, 100_000];

/**
 * The demo organization's size; a new size is a new organization, so the
 * admin confirms before the current one's changes are discarded.
 */
export function DemoSizeField({
  size,
  onChange,
}: {
  size: number;
  onChange(size: number): void;
}) {
  const [pending, setPending] = useState<number | null>(null);

  return (
    <>
      <TextField
        select
        label="Demo organization size"
        value={size}
        onChange={(event) => setPending(Number(event.target.value))}
        helperText="A new size starts a new demo organization of that size."
      >
        {DEMO_SIZES.map((choice) => (
          <MenuItem key={choice} value={choice}>
            {choice.toLocaleString('en')} users
          </MenuItem>
        ))}
      </TextField>
      <ConfirmDialog
        open={pending !== null}
        title="Change the demo organization's size?"
        confirmLabel="Change size"
        destructive
        onConfirm={() => {
          if (pending !== null) onChange(pending);
          setPending(null);
        }}
        onClose={() => setPending(null)}
      >
        <DialogContentText>
          The console switches to a new demo organization of{' '}
          {pending?.toLocaleString('en')} users. Changes made in the current one
          are discarded.
        </DialogContentText>
      </ConfirmDialog>
    </>
  );
}
