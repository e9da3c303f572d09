import Papa from 'papaparse';

import type { User } from '@/scim';

import { statusLabel } from './format';

export const CSV_COLUMNS = [
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
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number>;

// A spreadsheet runs a cell that starts with one of these as a formula.
// Papa's own default pattern stops at the first line break, so a value like
// "=cmd\nx" would slip through; this one looks at the first character only.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The users as CSV, one row each, in the order given. Text a spreadsheet
 * would run as a formula gets a leading `'`, so it is shown, not run.
 */
export function usersCsv(users: readonly User[]): string {
  const rows: CsvRow[] = users.map((user) => ({
    userName: user.userName,
    displayName: user.displayName,
    email: user.email,
    organizationRole: user.organizationRole ?? '',
    status: statusLabel(user),
    modelsSeat: user.modelsSeat ?? '',
    weaveRole: user.weaveRole ?? '',
    teams: user.teamRoles
      .map((role) => `${role.teamName}:${role.roleName}`)
      .join(';'),
    daysActive: user.daysActive ?? '',
    lastActiveAt: user.lastActiveAt ?? '',
    id: user.id,
  }));

  return Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}

/** `users-2026-12-03.csv`, dated in the admin's own time zone. */
export function csvFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `users-${date}.csv`;
}

/** Hands the users to the browser as a CSV download. */
export function downloadUsersCsv(users: readonly User[]): void {
  // The byte order mark makes Excel read the file as UTF-8 (accented names).
  const blob = new Blob(['\uFEFF', usersCsv(users)], {
    type: 'text/csv;charset=utf-8',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = csvFileName();
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; free it a bit later.
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
