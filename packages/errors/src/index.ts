/**
 * Domain errors thrown by business code and turned into RFC 9457 problem+json in one place (the API's
 * `onError`). Each carries the HTTP status it maps to and, for invalid input, the exact field paths.
 */

/** One invalid field: `path` is the field's path in the input (e.g. `villages.3.type`). */
export interface FieldError {
  path: string;
  message: string;
}

/** Base of the domain errors; `status` is the HTTP status, `title` a short summary in English. */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly title: string;
}

/** A resource does not exist in the caller's scope (HTTP 404). Also used where 403 would leak existence. */
export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly title = 'Not Found';
  override name = 'NotFoundError';
}

/** Input is invalid; `errors` name the fields (HTTP 400). */
export class InputError extends DomainError {
  readonly status = 400;
  readonly title = 'Invalid input';
  override name = 'InputError';
  constructor(
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
  }
}

/** The caller is signed in but may not do this (HTTP 403). */
export class NotAllowedError extends DomainError {
  readonly status = 403;
  readonly title = 'Forbidden';
  override name = 'NotAllowedError';
}

/** The caller is not signed in, or the session is over (HTTP 401). */
export class NotSignedInError extends DomainError {
  readonly status = 401;
  readonly title = 'Unauthorized';
  override name = 'NotSignedInError';
}

/** The change conflicts with the stored state, e.g. a stale version or a duplicate (HTTP 409). */
export class ConflictError extends DomainError {
  readonly status = 409;
  readonly title = 'Conflict';
  override name = 'ConflictError';
}

/** Too many attempts; `retryAfterSeconds` says when to try again (HTTP 429). */
export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  readonly title = 'Too Many Requests';
  override name = 'TooManyRequestsError';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
