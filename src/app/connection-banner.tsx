import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';

import { ScimError } from '@/scim';

function subscribeOnline(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/**
 * Says when the server cannot be reached: the browser is offline, or the
 * last read failed without an answer. It goes when a read succeeds again.
 */
export function ConnectionBanner() {
  const queryClient = useQueryClient();
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);
  const [unreachable, setUnreachable] = useState(false);

  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated') return;
        const { status, error } = event.query.state;
        if (status === 'success') setUnreachable(false);
        if (
          status === 'error' &&
          error instanceof ScimError &&
          error.status === 0
        ) {
          setUnreachable(true);
        }
      }),
    [queryClient],
  );

  if (online && !unreachable) return null;

  return (
    <Alert
      severity="warning"
      role="alert"
      sx={{ borderRadius: 0 }}
      action={
        <Button
          color="inherit"
          size="small"
          onClick={() => void queryClient.refetchQueries({ type: 'active' })}
        >
          Retry
        </Button>
      }
    >
      {online
        ? 'The server cannot be reached. What is on screen may be out of date, and changes cannot be saved until it answers.'
        : 'You are offline. What is on screen may be out of date, and changes cannot be saved until you are back online.'}
    </Alert>
  );
}
