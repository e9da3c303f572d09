import type { Page } from '@playwright/test';

import { paths } from '../src/config/paths';
import { expect, test } from './support/fixtures';
import { userRows } from './support/users';

// A server that refuses the console's credentials gets one clear screen,
// whatever the page, and Settings stay reachable to fix it.

async function openUsersThroughNav(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Users' })
    .click();
}

test('a 401 says the credentials were refused, and Try again recovers', async ({
  page,
  demo,
}) => {
  await page.goto(paths.settings());
  await demo.injectFault({
    pathIncludes: '/scim/',
    status: 401,
    detail: 'Invalid API key.',
    times: 1,
  });
  await openUsersThroughNav(page);

  await expect(
    page.getByRole('heading', { level: 1, name: 'Sign-in refused' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'did not accept the credentials (401). Invalid API key.',
  );

  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Users' }),
  ).toBeVisible();
  await expect(userRows(page).first()).toBeVisible();
});

test('a 403 says the credentials are not allowed, and Settings stay open', async ({
  page,
  demo,
}) => {
  await page.goto(paths.settings());
  await demo.injectFault({
    pathIncludes: '/scim/',
    status: 403,
    detail: 'Team-scoped service accounts cannot use SCIM.',
    times: 1,
  });
  await openUsersThroughNav(page);

  await expect(
    page.getByRole('heading', { level: 1, name: 'Access denied' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    '(403). Team-scoped service accounts cannot use SCIM.',
  );
  await expect(
    page.getByText(/Only organization admins and org-scoped service accounts/),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Open Settings' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Settings' }),
  ).toBeVisible();
});
