import type { APIRequestContext } from '@playwright/test';

import { paths } from '../../src/config/paths';
import { expect, test } from '../support/fixtures';
import { liveServers } from '../support/live-servers';
import { rowOf, userRows } from '../support/users';

// The console against SCIMMY (npm run scimmy-server), a SCIM server built
// from a library we did not write, connected from the browser.

async function addUser(request: APIRequestContext, userName: string) {
  const answer = await request.post(`${liveServers.scimmyScim}/Users`, {
    headers: {
      Authorization: `Bearer ${liveServers.scimmyKey}`,
      'Content-Type': 'application/scim+json',
    },
    data: {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName,
      emails: [{ value: `${userName}@example.org`, primary: true }],
    },
  });
  // A user left by an earlier run is as good.
  expect([201, 409]).toContain(answer.status());
}

test('lists, searches and deactivates users of a SCIMMY server', async ({
  page,
  request,
}) => {
  const leaving = `scimmy-leaver-${Date.now()}`;
  for (const name of ['scimmy-ada', 'scimmy-grace', leaving]) {
    await addUser(request, name);
  }

  await page.goto(paths.settings());
  await page
    .getByRole('textbox', { name: 'Server URL' })
    .fill(liveServers.scimmyScim);
  await page.getByLabel('API key').fill(liveServers.scimmyKey);
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Connected to 127.0.0.1:${liveServers.scimmyPort}.` }),
  ).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Users' })
    .click();
  await expect(rowOf(page, 'scimmy-ada')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search users' }).fill('grace');
  await expect(userRows(page)).toHaveCount(1);
  await expect(rowOf(page, 'scimmy-grace')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search users' }).fill(leaving);
  await rowOf(page, leaving)
    .getByRole('button', { name: `Deactivate ${leaving}` })
    .click();
  await page
    .getByRole('dialog', { name: `Deactivate ${leaving}?` })
    .getByRole('button', { name: 'Deactivate' })
    .click();
  await expect(rowOf(page, leaving)).toContainText('Deactivated');
});
