import { expect, type Locator, type Page } from '@playwright/test';

import { paths } from '../../src/config/paths';

/** The rows of the roles table, without its header. */
export function roleRows(page: Page) {
  return page.getByRole('table', { name: 'Roles' }).locator('tbody tr');
}

/** The row of the role named `name`. */
export function roleRow(page: Page, name: string) {
  return roleRows(page).filter({
    has: page.getByRole('link', { name, exact: true }),
  });
}

/** Opens the roles list and waits for its rows. */
export async function openRoles(page: Page): Promise<void> {
  await page.goto(paths.roles());
  await expect(
    page.getByRole('heading', { level: 1, name: 'Roles' }),
  ).toBeVisible();
  await expect(roleRows(page).first()).toBeVisible();
}

/** Opens a role's editor from the list; answers the role's id. */
export async function openRole(page: Page, name: string): Promise<string> {
  await openRoles(page);
  await roleRow(page, name).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return decodeURIComponent(
    new URL(page.url()).pathname.split('/').pop() ?? '',
  );
}

/** The checkbox of one permission, named by the permission. */
export function permissionBox(page: Page, name: string) {
  return page.getByRole('checkbox', { name, exact: true });
}

interface ServerRole {
  name: string;
  inheritedFrom: string;
  permissions: { name: string; isInherited: boolean }[];
}

interface ServerUser {
  id: string;
  userName: string;
  active: boolean;
  teamRoles: { teamName: string; roleName: string }[];
}

/** What the demo server holds now, asked the way any SCIM client would. */
export async function scimGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    return response.json();
  }, `/scim${path}`);
}

export const serverRole = (page: Page, id: string) =>
  scimGet<ServerRole>(page, `/Roles/${id}`);

export async function serverUsers(page: Page): Promise<ServerUser[]> {
  const list = await scimGet<{ Resources: ServerUser[] }>(page, '/Users');
  return list.Resources;
}

/** The names of the permissions a server role adds to its base. */
export const addedNames = (role: ServerRole) =>
  role.permissions.filter((p) => !p.isInherited).map((p) => p.name);

/**
 * Waits until a dialog has finished fading in, so that axe measures its
 * colours as the admin sees them, not halfway through the transition.
 */
export async function settled(dialog: Locator): Promise<Locator> {
  await expect(dialog.locator('xpath=..')).toHaveCSS('opacity', '1');
  return dialog;
}

/** Another admin adds a permission to the role while its page is open. */
export async function patchRoleBehindTheConsole(page: Page, id: string) {
  const status = await page.evaluate(async (roleId) => {
    const response = await fetch(`/scim/Roles/${roleId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/scim+json' },
      body: JSON.stringify({
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [
          { op: 'add', path: 'permissions', value: [{ name: 'run:delete' }] },
        ],
      }),
    });
    return response.status;
  }, id);
  expect(status).toBe(200);
}
