import { z } from 'zod';

import type { OrgRole, ScimError, SeatLevel } from '@/scim';

/** What the admin types into `Add user`. */
export interface NewUserForm {
  userName: string;
  email: string;
  organizationRole: OrgRole;
  modelsSeat: SeatLevel;
  weaveRole: SeatLevel;
  teams: string[];
}

export type FieldErrors = Partial<Record<keyof NewUserForm, string>>;

export const EMPTY_FORM: NewUserForm = {
  userName: '',
  email: '',
  organizationRole: 'member',
  modelsSeat: 'full',
  weaveRole: 'full',
  teams: [],
};

const schema = z.object({
  userName: z
    .string()
    .trim()
    .min(1, 'Enter a username.')
    .max(64, 'Use at most 64 characters.')
    .regex(
      /^[A-Za-z0-9._-]+$/,
      'Use letters, digits, dots, dashes and underscores only.',
    ),
  email: z
    .string()
    .trim()
    .min(1, 'Enter an email address.')
    .pipe(z.email('Enter an email address such as ada@example.com.')),
});

/** Checks the form before anything is sent; errors are keyed by field. */
export function validateNewUser(form: NewUserForm): FieldErrors {
  const parsed = schema.safeParse(form);
  if (parsed.success) return {};
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof NewUserForm;
    errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * Puts a server's refusal next to the field it concerns. W&B names the
 * field only in its detail text, so the text decides.
 */
export function fieldOfServerError(error: ScimError): keyof NewUserForm | null {
  const detail = error.detail.toLowerCase();
  if (/e-?mail/.test(detail)) return 'email';
  if (/user\s?name/.test(detail)) return 'userName';
  if (/seat/.test(detail)) return 'modelsSeat';
  if (/weave/.test(detail)) return 'weaveRole';
  if (/team/.test(detail)) return 'teams';
  return null;
}
