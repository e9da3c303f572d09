import CloseIcon from '@mui/icons-material/Close';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';

import { addRegistryRole, removeRegistryRole, type User } from '@/scim';

import type { UserEditor } from './use-user-editor';

const REGISTRY_ROLES = ['admin', 'member', 'viewer'];
const NAME = /^[A-Za-z0-9._-]+$/;

function describe(user: User): string {
  return (
    user.registryRoles
      .map((role) => `${role.registryName}: ${role.roleName}`)
      .join(', ') || 'none'
  );
}

/** The user's roles in registries: add one, remove one. */
export function RegistrySection({
  user,
  editor,
}: {
  user: User;
  editor: UserEditor;
}) {
  const [registry, setRegistry] = useState('');
  const [role, setRole] = useState('viewer');
  const [error, setError] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    const name = registry.trim();
    if (!NAME.test(name)) {
      setError('Enter a registry name: letters, digits, dots, dashes.');
      return;
    }
    const refusal = await editor.apply({
      field: 'Registry roles',
      operations: [addRegistryRole(name, role)],
      mine: `${describe(user)} + ${name}: ${role}`,
      read: describe,
      done: `${user.userName} is now ${role} in registry ${name}.`,
    });
    if (!refusal) setRegistry('');
    else if (!refusal.isStale) setError(refusal.detail);
  }

  return (
    <Stack spacing={2}>
      {user.registryRoles.length === 0 ? (
        <Typography color="text.secondary">No registry roles.</Typography>
      ) : (
        <Stack
          direction="row"
          sx={{ flexWrap: 'wrap', gap: 1 }}
          component="ul"
          aria-label="Registry roles"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {user.registryRoles.map(({ registryName, roleName }) => (
            <li key={registryName}>
              <Chip label={`${registryName}: ${roleName}`} variant="outlined" />
              <IconButton
                size="small"
                aria-label={`Remove ${registryName} role`}
                onClick={() =>
                  void editor.apply({
                    field: 'Registry roles',
                    operations: [removeRegistryRole(registryName)],
                    mine: `${describe(user)} − ${registryName}`,
                    read: describe,
                    done: `${user.userName} no longer has a role in registry ${registryName}.`,
                  })
                }
              >
                <CloseIcon fontSize="small" />
              </IconButton>
            </li>
          ))}
        </Stack>
      )}
      <Stack
        component="form"
        onSubmit={add}
        noValidate
        direction="row"
        spacing={1}
        sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}
      >
        <TextField
          label="Registry"
          size="small"
          value={registry}
          onChange={(event) => {
            setRegistry(event.target.value);
            setError(null);
          }}
          error={error !== null}
          helperText={error ?? ' '}
        />
        <TextField
          select
          label="Registry role"
          size="small"
          value={role}
          onChange={(event) => setRole(event.target.value)}
          sx={{ minWidth: 140 }}
          helperText=" "
        >
          {REGISTRY_ROLES.map((name) => (
            <MenuItem key={name} value={name}>
              {name}
            </MenuItem>
          ))}
        </TextField>
        <Button type="submit" variant="outlined" sx={{ mt: 0.25 }}>
          Add registry role
        </Button>
      </Stack>
    </Stack>
  );
}
