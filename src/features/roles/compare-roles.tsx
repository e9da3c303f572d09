import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';

import { baseLabel } from '@/lib/permissions';
import { type Role, ROLE_BASES } from '@/scim';

import {
  addedOf,
  type Baselines,
  inCatalogueOrder,
  inheritedOf,
} from './role-model';

interface Grants {
  label: string;
  inherited: string[];
  added: string[];
}

export interface CompareRolesProps {
  role: Role;
  roles: readonly Role[];
  baselines: Baselines;
}

/** Two roles side by side: what each grants, and how. */
export function CompareRoles({ role, roles, baselines }: CompareRolesProps) {
  const [other, setOther] = useState('');
  const choices = new Map<string, Grants>([
    ...ROLE_BASES.map((base): [string, Grants] => [
      `base:${base}`,
      { label: baseLabel(base), inherited: baselines[base], added: [] },
    ]),
    ...roles
      .filter((candidate) => candidate.id !== role.id)
      .map((candidate): [string, Grants] => [
        candidate.id,
        grantsOf(candidate),
      ]),
  ]);
  const left = grantsOf(role);
  const right = choices.get(other);

  return (
    <Stack spacing={2}>
      <TextField
        select
        label="Compare with"
        value={other}
        onChange={(event) => setOther(event.target.value)}
        size="small"
        sx={{ maxWidth: 320 }}
      >
        {[...choices].map(([value, grants]) => (
          <MenuItem key={value} value={value}>
            {grants.label}
          </MenuItem>
        ))}
      </TextField>
      {right ? <SideBySide left={left} right={right} /> : null}
    </Stack>
  );
}

function SideBySide({ left, right }: { left: Grants; right: Grants }) {
  const how = (grants: Grants, name: string) =>
    grants.inherited.includes(name)
      ? 'Inherited'
      : grants.added.includes(name)
        ? 'Added'
        : '—';
  const all = inCatalogueOrder([
    ...left.inherited,
    ...left.added,
    ...right.inherited,
    ...right.added,
  ]);
  const differ = (name: string) =>
    (how(left, name) === '—') !== (how(right, name) === '—');

  return (
    <>
      <Typography>
        {all.filter(differ).length} of {all.length} permissions differ; they are
        highlighted.
      </Typography>
      <Table
        size="small"
        aria-label={`${left.label} and ${right.label} side by side`}
      >
        <TableHead>
          <TableRow>
            <TableCell>Permission</TableCell>
            <TableCell>{left.label}</TableCell>
            <TableCell>{right.label}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {all.map((name) => (
            <TableRow key={name} selected={differ(name)}>
              <TableCell component="th" scope="row">
                <code>{name}</code>
              </TableCell>
              <TableCell>{how(left, name)}</TableCell>
              <TableCell>{how(right, name)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

function grantsOf(role: Role): Grants {
  return {
    label: role.name,
    inherited: inheritedOf(role),
    added: addedOf(role),
  };
}
