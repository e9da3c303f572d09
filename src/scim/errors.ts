/**
 * The one error type for anything a SCIM server answers with a failure, and for
 * answers the console cannot read. `status` is 0 when no answer arrived at all.
 */
export class ScimError extends Error {
  override readonly name = 'ScimError';
  readonly status: number;
  readonly scimType: string | undefined;
  readonly detail: string;

  constructor(status: number, detail: string, scimType?: string) {
    super(detail);
    this.status = status;
    this.detail = detail;
    this.scimType = scimType;
  }

  get isConflict(): boolean {
    return this.status === 409;
  }

  get isStale(): boolean {
    return this.status === 412;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

const REASONS: Record<number, string> = {
  400: 'The server refused the request as invalid.',
  401: 'The server did not accept the credentials.',
  403: 'These credentials are not allowed to do this.',
  404: 'The server has no such resource.',
  409: 'That already exists on the server.',
  412: 'Someone else changed this since it was loaded.',
  500: 'The server failed while handling the request.',
};

/**
 * Builds a ScimError from a failed response body. Reads the SCIM error shape
 * (`status` as a string, as W&B sends it, or a number) and falls back to the
 * HTTP status and a plain reason when the body is not SCIM.
 */
export function scimErrorFromBody(
  httpStatus: number,
  body: unknown,
): ScimError {
  const fields = isRecord(body) ? body : {};
  const declared = Number(fields.status);
  const status =
    Number.isInteger(declared) && declared > 0 ? declared : httpStatus;
  const detail =
    typeof fields.detail === 'string' && fields.detail.trim() !== ''
      ? fields.detail
      : (REASONS[status] ?? `The server answered with status ${status}.`);
  const scimType =
    typeof fields.scimType === 'string' ? fields.scimType : undefined;

  return new ScimError(status, detail, scimType);
}

/** Words for an admin, for any error the console may meet. */
export function describeError(error: unknown): string {
  if (error instanceof ScimError) return error.detail;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
