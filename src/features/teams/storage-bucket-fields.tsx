import Autocomplete from '@mui/material/Autocomplete';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';

import { STORAGE_PROVIDERS } from '@/scim';

import type { BucketDraft, TeamErrors, TeamField } from './create-team-form';

export interface StorageBucketFieldsProps {
  bucket: BucketDraft;
  errors: TeamErrors;
  onChange(changes: Partial<BucketDraft>, field?: TeamField): void;
}

/**
 * The team's own bucket. The provider list offers W&B's providers but takes
 * any text: a newer server may know more, and the server is the judge.
 */
export function StorageBucketFields({
  bucket,
  errors,
  onChange,
}: StorageBucketFieldsProps) {
  const text = (label: string, key: keyof BucketDraft, field?: TeamField) => (
    <TextField
      label={label}
      size="small"
      value={bucket[key]}
      onChange={(event) => onChange({ [key]: event.target.value }, field)}
    />
  );

  return (
    <Stack
      component="fieldset"
      spacing={2}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}
    >
      <legend>Storage bucket</legend>
      <TextField
        label="Bucket name"
        size="small"
        required
        value={bucket.name}
        onChange={(event) =>
          onChange({ name: event.target.value }, 'bucketName')
        }
        error={Boolean(errors.bucketName)}
        helperText={errors.bucketName}
      />
      <Autocomplete
        freeSolo
        autoSelect
        options={STORAGE_PROVIDERS}
        inputValue={bucket.provider}
        onInputChange={(_, provider) => onChange({ provider }, 'provider')}
        renderInput={(params) => (
          <TextField
            {...params}
            label="Provider"
            size="small"
            required
            error={Boolean(errors.provider)}
            helperText={errors.provider ?? STORAGE_PROVIDERS.join(', ')}
          />
        )}
      />
      {text('Path', 'path')}
      {bucket.provider === 'AWS' ? (
        <>
          {text('KMS key ID', 'kmsKeyId')}
          {text('AWS external ID', 'awsExternalId')}
        </>
      ) : null}
      {bucket.provider === 'AZURE' ? (
        <>
          {text('Azure tenant ID', 'azureTenantId')}
          {text('Azure client ID', 'azureClientId')}
        </>
      ) : null}
    </Stack>
  );
}
