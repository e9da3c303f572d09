import SaveIcon from '@mui/icons-material/Save';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';

import { baseLabel } from '@/lib/permissions';
import type { Role, User, Versioned } from '@/scim';

import { ConflictDialog } from './conflict-dialog';
import { CustomPermissionField } from './custom-permission-field';
import { countHolders, holderCountLabel, holdersOf } from './holders';
import { PermissionPicker } from './permission-picker';
import { ReviewDialog } from './review-dialog';
import { grantedAdded } from './role-draft';
import { RoleFields } from './role-fields';
import {
  type Baselines,
  inCatalogueOrder,
  knownPermissions,
} from './role-model';
import { hasChanges, reviewOf } from './role-review';
import { RoleSummary } from './role-summary';
import { useRoleEditor } from './use-role-editor';

export interface RoleEditorProps {
  /** The role as read, or null for a new one. */
  initial: Versioned<Role> | null;
  roles: readonly Role[];
  users: readonly User[] | undefined;
  baselines: Baselines;
}

/** Edits a custom role, then reviews and saves the change. */
export function RoleEditor({
  initial,
  roles,
  users,
  baselines,
}: RoleEditorProps) {
  const editor = useRoleEditor(initial, roles, baselines);
  const [typed, setTyped] = useState<string[]>([]);
  const { draft, change } = editor;
  const role = editor.original?.data ?? null;

  const onToggle = editor.togglePermission;
  const known = knownPermissions(roles, [...typed, ...draft.added]);
  const inherited = baselines[draft.base];
  const added = inCatalogueOrder(grantedAdded(draft, baselines));
  const review = reviewOf(role, draft, baselines);
  const holders =
    role && users ? countHolders(holdersOf(role.name, users)) : null;
  const impact = !role
    ? null
    : !holders
      ? 'Who holds this role is not known yet.'
      : holders.users === 0
        ? 'No one holds this role yet.'
        : `Affects ${holderCountLabel(holders)}.`;

  return (
    <Grid container spacing={3}>
      <Grid size={{ xs: 12, md: 8 }}>
        <Paper variant="outlined" sx={{ p: 3, mb: 3 }}>
          <RoleFields
            draft={draft}
            nameError={editor.nameError}
            onChange={change}
          />
        </Paper>
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
            Permissions
          </Typography>
          <PermissionPicker
            permissions={known}
            base={draft.base}
            inherited={inherited}
            added={draft.added}
            onToggle={onToggle}
          />
          <Stack sx={{ mt: 3 }}>
            <CustomPermissionField
              known={known}
              onAdd={(name) => {
                setTyped((names) => [...names, name]);
                onToggle(name, true);
              }}
            />
          </Stack>
        </Paper>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Paper
          variant="outlined"
          sx={{ p: 3, position: { md: 'sticky' }, top: { md: 88 } }}
        >
          <RoleSummary
            base={baseLabel(draft.base)}
            inheritedCount={inherited.length}
            added={added}
            baseChange={review.baseChange}
            holders={
              role && holders ? `Held by ${holderCountLabel(holders)}.` : null
            }
          />
          <Button
            variant="contained"
            startIcon={<SaveIcon />}
            onClick={editor.review}
            disabled={role !== null && !hasChanges(review)}
            sx={{ mt: 3 }}
            fullWidth
          >
            Save
          </Button>
        </Paper>
      </Grid>

      <ReviewDialog
        open={editor.step === 'reviewing'}
        review={review}
        plan={editor.plan}
        name={draft.name.trim()}
        base={draft.base}
        impact={impact}
        pending={editor.pending}
        onConfirm={editor.confirm}
        onClose={editor.cancelReview}
      />
      <ConflictDialog
        fresh={editor.step === 'conflict' ? (editor.fresh?.data ?? null) : null}
        draft={draft}
        review={review}
        onReapply={editor.reapply}
        onDiscard={editor.discard}
      />
    </Grid>
  );
}
