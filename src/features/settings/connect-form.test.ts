import { describe, expect, it } from 'vitest';

import { readConnectForm } from './connect-form';

const fields = {
  server: 'https://scim.example.com/scim/',
  auth: 'bearer' as const,
  key: 'k-1',
  username: '',
};

describe('the Connect form', () => {
  it('builds bearer or Basic credentials, an empty username for a service account', () => {
    expect(readConnectForm(fields)).toEqual({
      ok: true,
      server: 'https://scim.example.com/scim',
      auth: { type: 'bearer', token: 'k-1' },
    });
    expect(
      readConnectForm({ ...fields, auth: 'basic', username: ' ada ' }),
    ).toMatchObject({
      auth: { type: 'basic', username: 'ada', key: 'k-1' },
    });
    expect(readConnectForm({ ...fields, auth: 'basic' })).toMatchObject({
      auth: { type: 'basic', username: '', key: 'k-1' },
    });
  });

  it('keeps credentials out of the URL and asks for what is missing', () => {
    expect(
      readConnectForm({ ...fields, server: 'https://a:k@host/scim' }),
    ).toMatchObject({ ok: false });
    expect(
      readConnectForm({ ...fields, server: 'https://host/scim?key=k' }),
    ).toMatchObject({ ok: false });
    expect(readConnectForm({ ...fields, server: 'host' })).toMatchObject({
      ok: false,
    });
    expect(readConnectForm({ ...fields, key: '' })).toEqual({
      ok: false,
      problem: 'Enter the API key.',
    });
  });
});
