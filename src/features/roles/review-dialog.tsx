import Alert from '@mui/material/Alert';
import DialogContentText from '@mui/material/DialogContentText';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { ConfirmDialog } from '@/components/confirm-dialog';
import { baseLabel } from '@/lib/permissions';
import type { RoleBase } from '@/scim';

import type { SavePlan } from './role-draft';
import { describePermission } from './role-model';
import type { RoleReview } from './role-review';
import { BaseChangeNote } from './role-summary';

export interface ReviewDialogProps {
  open: boolean;
  review: RoleReview;
  plan: SavePlan;
  name: string;
  base: RoleBase;
  /** `Affects 3 users in 2 teams.`; null for a new role. */
  impact: string | null;
  pending: boolean;
  onConfirm(): void;
  onClose(): void;
}

const REQUESTS: Record<SavePlan['kind'], string> = {
  none: 'Nothing to send.',
  create: 'Sent as one POST with the added permissions only.',
  patch: 'Sent as one PATCH of the permissions.',
  put: 'Sent as one PUT of the whole role.',
};

/** Lists what a save will change and whom it affects, before it is sent. */
export function ReviewDialog(props: ReviewDialogProps) {
  const { review, plan, name, base, impact } = props;
  const lines = [
    ...(review.rename
      ? [{ text: `Name: ${review.rename.from} → ${review.rename.to}` }]
      : []),
    ...(review.descriptionChanged ? [{ text: 'New description' }] : []),
    ...(review.baseChange
      ? [
          {
            text: `Based on: ${baseLabel(review.baseChange.from)} → ${baseLabel(review.baseChange.to)}`,
          },
        ]
      : []),
    ...review.plus.map((p) => ({
      text: `+ ${p}`,
      detail: describePermission(p),
    })),
    ...review.minus.map((p) => ({
      text: `− ${p}`,
      detail: describePermission(p),
    })),
  ];

  return (
    <ConfirmDialog
      open={props.open}
      title="Review changes"
      confirmLabel="Confirm"
      pending={props.pending}
      onConfirm={props.onConfirm}
      onClose={props.onClose}
    >
      <Stack spacing={2}>
        <DialogContentText>
          {plan.kind === 'create'
            ? `Create the role ${name}, based on ${baseLabel(base)}.`
            : `Save these changes to ${name}:`}
        </DialogContentText>
        {lines.length > 0 ? (
          <List dense aria-label="Changes" disablePadding>
            {lines.map((line) => (
              <ListItem key={line.text} disableGutters>
                <ListItemText
                  primary={line.text}
                  secondary={'detail' in line ? line.detail : undefined}
                  slotProps={{
                    primary: {
                      sx: {
                        fontFamily: 'detail' in line ? 'monospace' : undefined,
                      },
                    },
                  }}
                />
              </ListItem>
            ))}
          </List>
        ) : (
          <DialogContentText>
            No permissions beyond those of {baseLabel(base)}.
          </DialogContentText>
        )}
        {review.baseChange ? (
          <BaseChangeNote change={review.baseChange} />
        ) : null}
        {impact ? <Alert severity="warning">{impact}</Alert> : null}
        <Typography variant="body2" color="text.secondary">
          {REQUESTS[plan.kind]}
        </Typography>
      </Stack>
    </ConfirmDialog>
  );
}
