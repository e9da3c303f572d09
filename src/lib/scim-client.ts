import { createScimClient } from '@/scim';

/**
 * The console's SCIM client. In demo mode the in-browser mock answers
 * `/scim`; in live mode a local proxy there adds the credentials.
 */
export const scim = createScimClient({ baseUrl: '/scim' });
