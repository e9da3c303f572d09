import { describe, expect, it } from 'vitest';

import { readServiceProviderConfig, type ServiceProviderConfig } from '@/scim';

import { chooseListStrategy } from './list-strategy';
import { detectFeatures } from './server-features';

const rfcConfig: ServiceProviderConfig = {
  patch: true,
  bulk: false,
  filter: true,
  filterMaxResults: 1000,
  sort: true,
  etag: true,
  changePassword: false,
};

describe('capability detection', () => {
  it('reads a ServiceProviderConfig in any key case, booleans as strings', () => {
    expect(
      readServiceProviderConfig({
        schemas: [
          'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig',
        ],
        Patch: { Supported: true },
        filter: { supported: 'True', maxResults: 200 },
        sort: { supported: false },
        etag: { supported: 'false' },
      }),
    ).toEqual({
      patch: true,
      bulk: false,
      filter: true,
      filterMaxResults: 200,
      sort: false,
      etag: false,
      changePassword: false,
    });
    expect(readServiceProviderConfig('not a config')).toBeNull();
  });

  it('takes the server at its word, and paging from a one-item page', () => {
    const features = detectFeatures({
      config: rfcConfig,
      paging: { returned: 1, totalResults: 250 },
      filterProbe: false,
    });
    expect(features).toEqual({
      source: 'service-provider-config',
      filter: true,
      sort: true,
      paging: true,
      etag: true,
      bulk: false,
      patch: true,
    });
  });

  it('sees that a server ignoring count does not page', () => {
    const features = detectFeatures({
      config: rfcConfig,
      paging: { returned: 250, totalResults: 250 },
      filterProbe: true,
    });
    expect(features.paging).toBe(false);
  });

  it("falls back to W&B's API without a ServiceProviderConfig", () => {
    expect(
      detectFeatures({ config: null, paging: null, filterProbe: false }),
    ).toEqual({
      source: 'deployment',
      filter: false,
      sort: false,
      paging: false,
      etag: true,
      bulk: false,
      patch: true,
    });
    const probed = detectFeatures({
      config: null,
      paging: null,
      filterProbe: true,
    });
    expect(probed.filter).toBe(true);
  });
});

describe('server-side or browser-side lists', () => {
  const rfc = detectFeatures({
    config: rfcConfig,
    paging: { returned: 1, totalResults: 9 },
    filterProbe: false,
  });

  it('pages, filters and sorts on a server that can do all three', () => {
    expect(chooseListStrategy(rfc)).toBe('server');
  });

  it('keeps the work in the browser when one of them is missing', () => {
    expect(chooseListStrategy({ ...rfc, sort: false })).toBe('browser');
    expect(chooseListStrategy({ ...rfc, filter: false })).toBe('browser');
    expect(chooseListStrategy({ ...rfc, paging: false })).toBe('browser');
  });

  it('works in the browser on W&B and while the features are unknown', () => {
    const wandb = detectFeatures({
      config: null,
      paging: null,
      filterProbe: true,
    });
    expect(chooseListStrategy(wandb)).toBe('browser');
    expect(chooseListStrategy(undefined)).toBe('browser');
  });
});
