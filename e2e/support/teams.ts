import { expect, type Page } from '@playwright/test';

import { paths } from '../../src/config/paths';
import { createSeed } from '../../src/mocks/seed';

// The demo organization every fresh browser starts from.
const seed = createSeed();

export interface SeedPerson {
  userName: string;
  email: string;
}

/** The seed's user at `index`, as an admin would find them. */
export function seedPerson(index: number): SeedPerson {
  const user = seed.users[index];
  if (!user) throw new Error(`The seed has no user ${index}.`);
  return { userName: user.userName, email: user.emails[0]?.value ?? '' };
}

/** The rows of a table named `name`, without its header. */
export function rowsOf(page: Page, name: 'Teams' | 'Members') {
  return page.getByRole('table', { name }).locator('tbody tr');
}

/** The members-table row that shows `userName`. */
export function memberRow(page: Page, userName: string) {
  return rowsOf(page, 'Members').filter({
    has: page.getByRole('link', { name: userName, exact: true }),
  });
}

/** Opens the teams list and waits for its rows. */
export async function openTeams(page: Page, path = paths.teams()) {
  await page.goto(path);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Teams' }),
  ).toBeVisible();
  await expect(rowsOf(page, 'Teams').first()).toBeVisible();
}

/** Finds `person` by email in the picker named `label` and picks them. */
export async function pickUser(page: Page, label: string, person: SeedPerson) {
  await page
    .getByRole('dialog')
    .getByRole('combobox', { name: label })
    .fill(person.email);
  await page.getByRole('option').filter({ hasText: person.email }).click();
}

/** Creates a team through `Create team` with `admin` and opens its page. */
export async function createTeam(page: Page, name: string, admin: SeedPerson) {
  await openTeams(page);
  await page.getByRole('button', { name: 'Create team' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create team' });
  await dialog.getByRole('textbox', { name: 'Team name' }).fill(name);
  await pickUser(page, 'Team admin', admin);
  await dialog.getByRole('button', { name: 'Create team' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(memberRow(page, admin.userName)).toBeVisible();
}

/**
 * Creates a team straight through the demo server's SCIM API (members by
 * email, the first as admin) and opens its page: set-up for tests about
 * what comes after creation.
 */
export async function openNewTeam(
  page: Page,
  name: string,
  members: SeedPerson[],
) {
  await page.goto(paths.teams());
  await page.waitForFunction(() => window.scimDemo !== undefined);
  const id = await page.evaluate(
    async ({ name, emails }) => {
      const response = await fetch('/scim/Groups', {
        method: 'POST',
        headers: { 'Content-Type': 'application/scim+json' },
        body: JSON.stringify({
          displayName: name,
          members: emails.map((value) => ({ value })),
        }),
      });
      return String(((await response.json()) as { id: unknown }).id);
    },
    { name, emails: members.map((person) => person.email) },
  );
  await page.goto(paths.team(id));
  await expect(rowsOf(page, 'Members')).toHaveCount(members.length);
}
