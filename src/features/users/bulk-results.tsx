import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';

import type { BulkAction, BulkOutcome } from './bulk-plan';
import { countOutcomes, usersCount } from './bulk-plan';
import type { BulkRun } from './bulk-run';

export interface BulkResultsProps {
  run: BulkRun;
  /** Why Undo cannot help, when it cannot (Multi-tenant deactivation). */
  undoBlocked: string | null;
  onRetry(): void;
  onUndo(): void;
  onDismiss(): void;
}

/** A bulk action's progress, its result per user, and what can follow. */
export function BulkResults({
  run,
  undoBlocked,
  onRetry,
  onUndo,
  onDismiss,
}: BulkResultsProps) {
  const headingId = useId();
  const counts = countOutcomes(run.items);
  const total = run.items.length;
  const settled = total - counts.pending;
  const name = actionName(run.action);
  const title = run.phase === 'undo' ? `Undo ${name.toLowerCase()}` : name;

  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={headingId}
      sx={{ p: 2, mb: 2 }}
    >
      <Typography id={headingId} variant="h6" component="h2">
        {`${title}: ${usersCount(total)}`}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={total === 0 ? 100 : (settled / total) * 100}
        aria-label="Bulk action progress"
        sx={{ my: 1.5 }}
      />
      <Summary run={run} counts={counts} />

      <Box
        // Scrollable, so reachable by keyboard.
        tabIndex={0}
        role="region"
        aria-label="Result per user"
        sx={{ maxHeight: 240, overflow: 'auto', mt: 1 }}
      >
        <List dense disablePadding>
          {run.items.map((item) => (
            <ListItem key={item.job.user.id} disableGutters>
              <ListItemText
                primary={item.job.user.userName}
                secondary={describeOutcome(item.outcome)}
              />
            </ListItem>
          ))}
        </List>
      </Box>

      {undoBlocked && run.phase === 'apply' && !run.running ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {undoBlocked}
        </Typography>
      ) : null}
      <Stack direction="row" spacing={1} sx={{ mt: 1.5 }}>
        {counts.failed > 0 ? (
          <Button variant="contained" onClick={onRetry} disabled={run.running}>
            Retry failed
          </Button>
        ) : null}
        {run.phase === 'apply' ? (
          <Button
            onClick={onUndo}
            disabled={run.running || counts.done === 0 || undoBlocked !== null}
          >
            Undo
          </Button>
        ) : null}
        <Button onClick={onDismiss} disabled={run.running}>
          Dismiss
        </Button>
      </Stack>
    </Paper>
  );
}

function Summary({
  run,
  counts,
}: {
  run: BulkRun;
  counts: ReturnType<typeof countOutcomes>;
}) {
  const tally = `${counts.done} done, ${counts.failed} failed, ${counts.skipped} skipped`;
  if (run.running) {
    return (
      <Typography role="status">{`Working… ${tally}, ${counts.pending} to go.`}</Typography>
    );
  }
  if (counts.failed === 0) {
    return (
      <Alert severity="success" role="status">
        {`Finished: ${tally}.`}
      </Alert>
    );
  }
  const details = new Set(
    run.items.flatMap(({ outcome }) =>
      outcome.status === 'failed' ? [outcome.detail] : [],
    ),
  );
  return (
    <Alert severity="error" role="alert">
      {`Finished: ${tally}. ${[...details].join(' ')}`}
    </Alert>
  );
}

function actionName(action: BulkAction): string {
  switch (action.kind) {
    case 'deactivate':
      return 'Deactivate';
    case 'reenable':
      return 'Re-enable';
    case 'role':
      return `Change role to ${action.role}`;
  }
}

function describeOutcome(outcome: BulkOutcome): string {
  switch (outcome.status) {
    case 'pending':
      return 'Waiting…';
    case 'done':
      return outcome.after ? 'Done' : 'Done: removed from the organization';
    case 'failed':
      return `Failed: ${outcome.detail}`;
    case 'skipped':
      return `Skipped: ${outcome.reason}`;
  }
}
