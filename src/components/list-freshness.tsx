import RefreshIcon from '@mui/icons-material/Refresh';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';

const MINUTE = 60_000;

function age(updatedAt: number, now: number): string {
  const minutes = Math.floor((now - updatedAt) / MINUTE);
  if (minutes < 1) return 'just now';
  if (minutes === 1) return '1 minute ago';
  if (minutes < 60) return `${minutes} minutes ago`;
  return `at ${new Date(updatedAt).toLocaleTimeString('en', { timeStyle: 'short' })}`;
}

/**
 * How old a list on screen is, with a way to read it again. Lists also
 * refresh on their own when the window regains focus.
 */
export function ListFreshness({
  updatedAt,
  refreshing,
  onRefresh,
}: {
  updatedAt: number;
  refreshing: boolean;
  onRefresh(): void;
}) {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);

  if (!updatedAt) return null;

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2" color="text.secondary">
        {refreshing
          ? 'Refreshing…'
          : `Updated ${age(updatedAt, Math.max(now, updatedAt))}`}
      </Typography>
      <Button
        size="small"
        startIcon={<RefreshIcon />}
        onClick={onRefresh}
        disabled={refreshing}
      >
        Refresh
      </Button>
    </Stack>
  );
}
