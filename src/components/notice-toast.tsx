import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

export interface Notice {
  key: number;
  severity: 'success' | 'error';
  message: string;
}

/**
 * One notice at the bottom of the screen: successes in a `status` region,
 * failures in an `alert`, so that assistive technology reads them out.
 */
export function NoticeToast({
  notice,
  onClose,
}: {
  notice: Notice | null;
  onClose(): void;
}) {
  return (
    <Snackbar
      key={notice?.key}
      open={notice !== null}
      autoHideDuration={notice?.severity === 'error' ? null : 6000}
      onClose={(_, reason) => reason !== 'clickaway' && onClose()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {notice ? (
        <Alert
          severity={notice.severity}
          variant="filled"
          role={notice.severity === 'error' ? 'alert' : 'status'}
          onClose={onClose}
          sx={{ maxWidth: 560 }}
        >
          {notice.message}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
