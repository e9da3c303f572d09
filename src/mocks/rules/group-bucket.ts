import { STORAGE_PROVIDERS } from '@/scim/types';

import type { StoredStorageBucket } from '../model';
import { bad, isRecord } from './group-input';

const OPTIONAL_FIELDS = [
  'path',
  'kmsKeyId',
  'awsExternalId',
  'azureTenantId',
  'azureClientId',
] as const;

/**
 * Reads a POST body's `storageBucket`; answers 400 naming the allowed
 * providers when the provider is not one of them (case included, as W&B
 * compares it exactly).
 */
export function readStorageBucket(
  value: unknown,
): StoredStorageBucket | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) throw bad('storageBucket must be an object.');

  const name = typeof value.name === 'string' ? value.name.trim() : '';
  if (!name) throw bad('storageBucket.name is required.');
  const provider = value.provider;
  if (
    typeof provider !== 'string' ||
    !(STORAGE_PROVIDERS as readonly string[]).includes(provider)
  ) {
    throw bad(
      `Invalid storageBucket.provider "${String(provider ?? '')}": it must be one of ${STORAGE_PROVIDERS.join(', ')}.`,
    );
  }

  const bucket: StoredStorageBucket = { name, provider };
  for (const field of OPTIONAL_FIELDS) {
    const text = value[field];
    if (text === undefined || text === null || text === '') continue;
    if (typeof text !== 'string') {
      throw bad(`storageBucket.${field} must be a string.`);
    }
    bucket[field] = text.trim();
  }
  return bucket;
}
