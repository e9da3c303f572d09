import type { Page } from '@playwright/test';

import { paths } from '../../src/config/paths';
import { expect, test } from '../support/fixtures';
import { liveServers } from '../support/live-servers';
import { userRows } from '../support/users';

// Settings → Connect calls a CORS-enabled server straight from the browser,
// the key held in memory only.

async function connect(page: Page, key: string) {
  await page.goto(paths.settings());
  await page
    .getByRole('textbox', { name: 'Server URL' })
    .fill(liveServers.mockScim);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Connect' }).click();
}

test('connects from the browser and lists that server’s users', async ({
  page,
}) => {
  await connect(page, liveServers.key);

  const host = `127.0.0.1:${liveServers.mockPort}`;
  await expect(
    page.getByRole('status').filter({ hasText: `Connected to ${host}.` }),
  ).toBeVisible();
  await expect(
    page.getByLabel(`Server: Live: ${host} · Dedicated / Self-Managed`),
  ).toBeVisible();
  await expect(page.getByLabel('API key')).toHaveValue('');

  const direct = page.waitForRequest((request) =>
    request.url().startsWith(`${liveServers.mockScim}/Users?`),
  );
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Users' })
    .click();
  expect((await direct).headers().authorization).toBe(
    `Bearer ${liveServers.key}`,
  );
  await expect(userRows(page)).toHaveCount(50);
});

test('says so when the server refuses the key, and stays where it was', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.expect(/401/);
  await connect(page, 'wrong-key');

  await expect(page.getByRole('alert')).toContainText(
    'Could not connect: The API key is missing or not valid.',
  );
  // Still on the server the page started with: the proxy's.
  await expect(page.getByText(/through the local proxy/)).toBeVisible();
});
