import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { type FormEvent, useState } from 'react';

import type { ScimError } from '@/scim';

export interface EditableTextFieldProps {
  label: string;
  serverValue: string;
  /** Why the server cannot change this field, or null when it can. */
  disabledReason: string | null;
  /** Checks the typed value; answers what is wrong, or null. */
  validate(value: string): string | null;
  /** Sends the value; answers the server's refusal, or null. */
  save(value: string): Promise<ScimError | null>;
  type?: 'text' | 'email';
}

/**
 * A field edited in place: what the admin types stays until the server
 * takes it or the admin reverts it, whatever the server answers.
 */
export function EditableTextField({
  label,
  serverValue,
  disabledReason,
  validate,
  save,
  type = 'text',
}: EditableTextFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const value = draft ?? serverValue;
  const dirty = draft !== null && draft.trim() !== serverValue;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = validate(value.trim());
    setError(problem);
    if (problem || !dirty) return;

    setSaving(true);
    const refusal = await save(value.trim());
    setSaving(false);
    // A conflict is settled in its own dialog; the typed value stays.
    if (refusal && !refusal.isStale) setError(refusal.detail);
    if (!refusal) setDraft(null);
  }

  return (
    <Stack
      component="form"
      onSubmit={submit}
      noValidate
      direction="row"
      spacing={1}
      sx={{ alignItems: 'flex-start' }}
    >
      <TextField
        label={label}
        type={type}
        value={value}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        disabled={disabledReason !== null}
        error={error !== null}
        helperText={error ?? disabledReason ?? ' '}
        size="small"
        sx={{ flex: 1 }}
      />
      <Button
        type="submit"
        variant="outlined"
        disabled={!dirty || disabledReason !== null}
        loading={saving}
        aria-label={`Save ${label.toLowerCase()}`}
        sx={{ mt: 0.25 }}
      >
        Save
      </Button>
      {dirty ? (
        <Button
          onClick={() => {
            setDraft(null);
            setError(null);
          }}
          aria-label={`Revert ${label.toLowerCase()}`}
          sx={{ mt: 0.25 }}
        >
          Revert
        </Button>
      ) : null}
    </Stack>
  );
}
