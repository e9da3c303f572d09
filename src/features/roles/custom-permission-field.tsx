import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { type FormEvent, useState } from 'react';

import { isWellFormedPermission } from '@/lib/permissions';

export interface CustomPermissionFieldProps {
  known: readonly string[];
  onAdd(name: string): void;
}

/**
 * Lets the admin name a permission neither the catalogue nor the server's
 * roles show; the server then accepts or refuses it on save.
 */
export function CustomPermissionField({
  known,
  onAdd,
}: CustomPermissionFieldProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const wanted = name.trim();
    if (!isWellFormedPermission(wanted)) {
      return setError(
        'Use object:operation in lower case, e.g. model:promote.',
      );
    }
    if (known.includes(wanted)) {
      return setError(`${wanted} is already in the list.`);
    }
    onAdd(wanted);
    setName('');
    setError(null);
  }

  return (
    <Stack
      component="form"
      direction="row"
      spacing={1}
      onSubmit={submit}
      aria-label="Another permission"
      sx={{ alignItems: 'flex-start' }}
    >
      <TextField
        label="Another permission"
        size="small"
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
        error={error !== null}
        helperText={
          error ??
          'One the list lacks, as object:operation; the server decides.'
        }
        sx={{ flex: 1 }}
      />
      <Button type="submit" variant="outlined" sx={{ mt: 0.25 }}>
        Add permission
      </Button>
    </Stack>
  );
}
