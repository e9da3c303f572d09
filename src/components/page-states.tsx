import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

import { describeError } from '@/scim';

/** A load that has not answered yet. */
export function LoadingState({ label }: { label: string }) {
  return (
    <Stack
      role="status"
      direction="row"
      spacing={2}
      sx={{ alignItems: 'center', py: 6, justifyContent: 'center' }}
    >
      <CircularProgress size={24} aria-hidden />
      <Typography>{label}</Typography>
    </Stack>
  );
}

/** A load that failed, with the server's words and a way to try again. */
export function ErrorState({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
}) {
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            Try again
          </Button>
        ) : undefined
      }
      sx={{ my: 2 }}
    >
      <strong>{title}</strong> {describeError(error)}
    </Alert>
  );
}

/** Nothing to show, and why. */
export function EmptyState({
  title,
  children,
}: {
  title: string;
  children?: ReactNode;
}) {
  return (
    <Stack
      spacing={1}
      sx={{ py: 6, alignItems: 'center', textAlign: 'center' }}
    >
      <Typography variant="h6" component="p">
        {title}
      </Typography>
      {children}
    </Stack>
  );
}
