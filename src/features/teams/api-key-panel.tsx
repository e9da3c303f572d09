import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';

const COPY_RESULT = {
  idle: '',
  copied: 'Copied to the clipboard.',
  failed: 'The browser did not allow copying: select the key and copy it.',
};

/**
 * A new API key, shown once, with `Copy` and a plain warning. The copy's
 * result is announced inside the dialog: a modal dialog hides the page's
 * own status region from assistive technology.
 */
export function ApiKeyPanel({
  description,
  apiKey,
}: {
  description: string;
  apiKey: string;
}) {
  const [copy, setCopy] = useState<keyof typeof COPY_RESULT>('idle');

  function copyKey() {
    navigator.clipboard.writeText(apiKey).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  }

  return (
    <Stack spacing={2}>
      <Alert severity="warning">
        Copy the API key of {description} now: you will not see this again. The
        console does not keep it, and the server shows it only once.
      </Alert>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label="API key"
          value={apiKey}
          fullWidth
          slotProps={{
            htmlInput: {
              readOnly: true,
              spellCheck: false,
              style: { fontFamily: 'monospace' },
            },
          }}
          onFocus={(event) => event.target.select()}
        />
        <Button
          variant="outlined"
          startIcon={<ContentCopyIcon />}
          onClick={copyKey}
          sx={{ mt: 1 }}
        >
          Copy
        </Button>
      </Stack>
      <Typography
        role="status"
        variant="body2"
        color={copy === 'failed' ? 'error' : 'text.secondary'}
      >
        {COPY_RESULT[copy]}
      </Typography>
    </Stack>
  );
}
