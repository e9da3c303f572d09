import {
  type NewTeam,
  ScimError,
  STORAGE_PROVIDERS,
  type Team,
  type User,
} from '@/scim';

/** What the admin typed into `Create team`; kept as is across errors. */
export interface TeamDraft {
  name: string;
  admin: User | null;
  others: User[];
  useBucket: boolean;
  bucket: BucketDraft;
}

export interface BucketDraft {
  name: string;
  provider: string;
  path: string;
  kmsKeyId: string;
  awsExternalId: string;
  azureTenantId: string;
  azureClientId: string;
}

export const EMPTY_DRAFT: TeamDraft = {
  name: '',
  admin: null,
  others: [],
  useBucket: false,
  bucket: {
    name: '',
    provider: '',
    path: '',
    kmsKeyId: '',
    awsExternalId: '',
    azureTenantId: '',
    azureClientId: '',
  },
};

export type TeamField = 'name' | 'admin' | 'others' | 'bucketName' | 'provider';
export type TeamErrors = Partial<Record<TeamField | 'form', string>>;

// W&B team names become URL path segments (wandb.ai/<team>/<project>).
const TEAM_NAME = /^[A-Za-z0-9_-]+$/;

/** What is wrong before anything is sent; empty when the draft can go. */
export function validateDraft(
  draft: TeamDraft,
  teams: readonly Team[],
): TeamErrors {
  const errors: TeamErrors = {};
  const name = draft.name.trim();
  if (!name) errors.name = 'Give the team a name.';
  else if (!TEAM_NAME.test(name)) {
    errors.name = 'Use only letters, digits, hyphens and underscores.';
  } else if (teams.some((t) => t.name.toLowerCase() === name.toLowerCase())) {
    errors.name = `A team named ${name} already exists.`;
  }
  if (!draft.admin) errors.admin = 'Choose the team’s first admin.';
  if (draft.useBucket) {
    if (!draft.bucket.name.trim()) errors.bucketName = 'Name the bucket.';
    if (!draft.bucket.provider.trim()) {
      errors.provider = `Choose a provider: ${STORAGE_PROVIDERS.join(', ')}.`;
    }
  }
  return errors;
}

/** The request for a valid draft: the admin first, then the others. */
export function toNewTeam(draft: TeamDraft): NewTeam {
  const adminId = draft.admin?.id;
  const others = draft.others
    .map((user) => user.id)
    .filter((id) => id !== adminId);
  const { bucket } = draft;
  const optional = (value: string) => value.trim() || undefined;

  return {
    name: draft.name.trim(),
    members: adminId ? [adminId, ...others] : others,
    ...(draft.useBucket
      ? {
          storageBucket: stripEmpty({
            name: bucket.name.trim(),
            // A known provider in any case is sent as the server spells it
            // (it compares exactly); anything else is sent as typed, for
            // the server to decide on.
            provider: canonicalProvider(bucket.provider.trim()),
            path: optional(bucket.path),
            kmsKeyId: optional(bucket.kmsKeyId),
            awsExternalId: optional(bucket.awsExternalId),
            azureTenantId: optional(bucket.azureTenantId),
            azureClientId: optional(bucket.azureClientId),
          }),
        }
      : {}),
  };
}

function stripEmpty<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, item]) => item !== undefined),
  ) as T;
}

/**
 * Puts a server refusal next to the field it concerns, read from the status
 * and the detail's words; anything else goes above the form.
 */
export function errorsFromServer(error: unknown): TeamErrors {
  const detail = error instanceof Error ? error.message : String(error);
  if (!(error instanceof ScimError)) return { form: detail };
  if (error.status === 409) return { name: detail };
  if (error.status !== 400) return { form: detail };
  if (/provider/i.test(detail)) return { provider: detail };
  if (/storageBucket|bucket/i.test(detail)) return { bucketName: detail };
  if (/displayName|team name/i.test(detail)) return { name: detail };
  if (/member|user/i.test(detail)) return { others: detail };
  return { form: detail };
}

function canonicalProvider(typed: string): string {
  const known = STORAGE_PROVIDERS.find(
    (provider) => provider.toLowerCase() === typed.toLowerCase(),
  );
  return known ?? typed;
}
