import { describe, expect, it } from 'vitest';

import { DEFAULT_VIEW } from './list-view';
import { serverListParams } from './server-list';

describe('the users list asked of a server that pages', () => {
  it('asks for the first page in userName order by default', () => {
    expect(serverListParams(DEFAULT_VIEW)).toEqual({
      sortBy: 'userName',
      sortOrder: 'ascending',
      startIndex: 1,
      count: 50,
    });
  });

  it('searches, filters, sorts and pages as the browser would', () => {
    const params = serverListParams({
      q: ' Zoë "Ø" ',
      status: 'deactivated',
      role: 'admin',
      sort: 'email',
      dir: 'desc',
      page: 2,
    });
    expect(params).toEqual({
      filter:
        '(userName co "Zoë \\"Ø\\"" or displayName co "Zoë \\"Ø\\"" or emails.value co "Zoë \\"Ø\\"") and active eq false and organizationRole eq "admin"',
      sortBy: 'emails.value',
      sortOrder: 'descending',
      startIndex: 101,
      count: 50,
    });
  });
});
