import { readFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';
import Papa from 'papaparse';

import { paths } from '../src/config/paths';
import { expect, test } from './support/fixtures';
import { openUsers, userRows } from './support/users';

/** Clicks Export CSV and answers the file's name and parsed rows. */
async function exportCsv(page: Page) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  const text = await readFile(await download.path(), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(
    text.replace(/^\uFEFF/, ''),
    {
      header: true,
    },
  );
  return {
    fileName: download.suggestedFilename(),
    fields: parsed.meta.fields ?? [],
    rows: parsed.data,
  };
}

test('exports every user matching the view, not just the page, with formulas neutralised', async ({
  page,
}) => {
  await openUsers(page, paths.users({ status: 'active' }));
  const before = await page.getByText(/^1–50 of \d+$/).innerText();
  const formula = '=HYPERLINK("http://evil.example","Click me")';
  await page.evaluate(async (displayName) => {
    const response = await fetch('/scim/Users', {
      method: 'POST',
      headers: { 'Content-Type': 'application/scim+json' },
      body: JSON.stringify({
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
        userName: 'formula.fan',
        displayName,
        emails: [{ value: 'formula.fan@example.com', primary: true }],
      }),
    });
    if (!response.ok) throw new Error(`create answered ${response.status}`);
  }, formula);
  // The list was read before the new user existed; read it again.
  const active = Number(before.split(' of ')[1]) + 1;
  await page.reload();
  await expect(page.getByText(`1–50 of ${active}`)).toBeVisible();

  const csv = await exportCsv(page);

  expect(csv.fileName).toMatch(/^users-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.fields).toEqual([
    'userName',
    'displayName',
    'email',
    'organizationRole',
    'status',
    'modelsSeat',
    'weaveRole',
    'teams',
    'daysActive',
    'lastActiveAt',
    'id',
  ]);
  expect(csv.rows).toHaveLength(active);
  expect(csv.rows.every((row) => row.status === 'Active')).toBe(true);
  expect(csv.rows.find((row) => row.userName === 'formula.fan')).toMatchObject({
    displayName: `'${formula}`,
    email: 'formula.fan@example.com',
    organizationRole: 'member',
  });
  const names = await userRows(page).getByRole('link').allInnerTexts();
  expect(csv.rows.slice(0, 50).map((row) => row.userName)).toEqual(names);
});

test('exports only what the search matches, with teams and roles', async ({
  page,
}) => {
  await openUsers(page, paths.users({ q: 'lovelace' }));
  const names = await userRows(page).getByRole('link').allInnerTexts();

  const csv = await exportCsv(page);

  expect(csv.rows.map((row) => row.userName)).toEqual(names);
  for (const row of csv.rows) {
    expect(row.teams).toMatch(/^([^:;]+:[^:;]+(;[^:;]+:[^:;]+)*)?$/);
    expect(['admin', 'member', 'viewer']).toContain(row.organizationRole);
  }
});
