import { DomainError, InputError } from '@cunshe/errors';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';

/** One error as GeoReport v2 answers it. */
export interface Open311Error {
  code: number;
  description: string;
}

/** Answers GeoReport v2 errors: a JSON array of `{ code, description }` with the HTTP status `status`. */
export function open311Error(c: Context, status: number, errors: Open311Error[]): Response {
  return c.json(errors, status as ContentfulStatusCode);
}

/**
 * The error handler of the `/open311` paths: the same domain errors as the rest of the API, answered in
 * GeoReport v2's shape instead of problem+json: one entry per invalid field, each description starting
 * with the field's name (`attribute[grade]: …`). Anything else is logged (never a request body, which may
 * carry an API key) and answered as a bare 500.
 */
export function handleOpen311Error(logger: Logger) {
  return (error: Error, c: Context): Response => {
    if (error instanceof InputError && error.errors.length > 0) {
      return open311Error(
        c,
        400,
        error.errors.map((e) => ({ code: 400, description: `${e.path}: ${e.message}` })),
      );
    }
    if (error instanceof DomainError) {
      return open311Error(c, error.status, [{ code: error.status, description: error.message }]);
    }
    if (error instanceof HTTPException) {
      return open311Error(c, error.status, [{ code: error.status, description: error.message || 'Error' }]);
    }
    logger.error({ err: error, requestId: c.get('requestId') }, 'unhandled error');
    return open311Error(c, 500, [{ code: 500, description: 'Internal Server Error' }]);
  };
}
