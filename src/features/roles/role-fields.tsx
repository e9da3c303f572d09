import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId } from 'react';

import { baseLabel } from '@/lib/permissions';
import { ROLE_BASES, type RoleBase } from '@/scim';

import type { RoleDraft } from './role-draft';

export interface RoleFieldsProps {
  draft: RoleDraft;
  nameError: string | null;
  onChange(changes: Partial<RoleDraft>): void;
}

/** The role's name, description and the predefined role it builds on. */
export function RoleFields({ draft, nameError, onChange }: RoleFieldsProps) {
  const baseId = useId();
  const baseHelpId = useId();

  return (
    <Stack spacing={3}>
      <TextField
        label="Name"
        value={draft.name}
        onChange={(event) => onChange({ name: event.target.value })}
        error={nameError !== null}
        helperText={
          nameError ?? 'What admins pick in a team, e.g. Run operator.'
        }
        required
        slotProps={{ htmlInput: { maxLength: 100 } }}
      />
      <TextField
        label="Description"
        value={draft.description}
        onChange={(event) => onChange({ description: event.target.value })}
        multiline
        minRows={2}
      />
      <FormControl>
        <FormLabel id={baseId}>Based on</FormLabel>
        <RadioGroup
          row
          aria-labelledby={baseId}
          aria-describedby={baseHelpId}
          value={draft.base}
          onChange={(event) =>
            onChange({ base: event.target.value as RoleBase })
          }
        >
          {ROLE_BASES.slice()
            .reverse()
            .map((base) => (
              <FormControlLabel
                key={base}
                value={base}
                control={<Radio />}
                label={baseLabel(base)}
              />
            ))}
        </RadioGroup>
        <FormHelperText id={baseHelpId}>
          The role keeps everything its base grants and can only add to it.
        </FormHelperText>
      </FormControl>
    </Stack>
  );
}
