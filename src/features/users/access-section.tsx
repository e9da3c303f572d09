import DialogContentText from '@mui/material/DialogContentText';
import Stack from '@mui/material/Stack';
import { useState } from 'react';

import { ConfirmDialog } from '@/components/confirm-dialog';
import { capabilities, useServerTraits } from '@/lib/server-traits';
import {
  type OrgRole,
  setModelsSeat,
  setOrganizationRole,
  setWeaveRole,
  type User,
} from '@/scim';

import { useUsers } from './api';
import { orgRoleLabel } from './format';
import { lastAdminReason } from './last-admin';
import { OrgRoleField, SeatField } from './role-fields';
import type { UserEditor } from './use-user-editor';

/** Organization role, Models seat and Weave role of one user. */
export function AccessSection({
  user,
  editor,
}: {
  user: User;
  editor: UserEditor;
}) {
  const can = capabilities(useServerTraits());
  const users = useUsers();
  const [askViewer, setAskViewer] = useState(false);

  const demotionBlocked =
    user.organizationRole === 'admin'
      ? lastAdminReason(users.data ?? [], [user])
      : null;

  function changeRole(role: OrgRole) {
    if (role === user.organizationRole) return;
    if (role === 'viewer') {
      setAskViewer(true);
      return;
    }
    void editor.apply({
      field: 'Organization role',
      operations: [setOrganizationRole(role)],
      mine: orgRoleLabel(role),
      read: (fresh) => orgRoleLabel(fresh.organizationRole),
      done: `${user.userName} is now ${role === 'admin' ? 'an admin' : 'a member'} of the organization.`,
    });
  }

  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      sx={{ '& > .MuiTextField-root': { flex: 1, minWidth: 200 } }}
    >
      <OrgRoleField
        value={user.organizationRole ?? 'member'}
        onChange={changeRole}
        disabledReason={demotionBlocked}
      />
      <SeatField
        label="Models seat"
        value={user.modelsSeat ?? 'full'}
        disabledReason={can.seats}
        onChange={(seat) =>
          void editor.apply({
            field: 'Models seat',
            operations: [setModelsSeat(seat)],
            mine: seat,
            read: (fresh) => fresh.modelsSeat ?? '—',
            done: `Models seat of ${user.userName} set to ${seat}.`,
          })
        }
      />
      <SeatField
        label="Weave role"
        value={user.weaveRole ?? 'full'}
        disabledReason={can.seats}
        onChange={(role) =>
          void editor.apply({
            field: 'Weave role',
            operations: [setWeaveRole(role)],
            mine: role,
            read: (fresh) => fresh.weaveRole ?? '—',
            done: `Weave role of ${user.userName} set to ${role}.`,
          })
        }
      />

      <ConfirmDialog
        open={askViewer}
        title={`Make ${user.userName} a viewer?`}
        confirmLabel="Make viewer"
        pending={editor.pending}
        onClose={() => setAskViewer(false)}
        onConfirm={() => {
          setAskViewer(false);
          void editor.apply({
            field: 'Organization role',
            operations: [setOrganizationRole('viewer')],
            mine: 'Viewer',
            read: (fresh) => orgRoleLabel(fresh.organizationRole),
            done: `${user.userName} is now a member with viewer seats and the viewer role in every team.`,
          });
        }}
      >
        <DialogContentText>
          The viewer organization role is deprecated. The server makes{' '}
          {user.userName} a member with a viewer Models seat, the viewer Weave
          role, and the viewer role in each of their {user.teamRoles.length}{' '}
          teams. A shortage of viewer seats makes it fail.
        </DialogContentText>
      </ConfirmDialog>
    </Stack>
  );
}
