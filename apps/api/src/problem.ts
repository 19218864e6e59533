import { DomainError, type FieldError, InputError, TooManyRequestsError } from '@cunshe/errors';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import type { ZodError } from 'zod';

/** An RFC 9457 problem details body; `errors` lists invalid fields by path. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

/** Answers an RFC 9457 `application/problem+json` response. */
export function problem(c: Context, body: Omit<Problem, 'type'> & { type?: string }): Response {
  const full: Problem = { type: 'about:blank', ...body, instance: c.req.path };
  return c.body(JSON.stringify(full), body.status as ContentfulStatusCode, {
    'content-type': 'application/problem+json; charset=utf-8',
  });
}

/** Turns zod issues into field errors whose paths name the exact field (`villages.3.type`). */
export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** Raises a 400 naming the fields of a failed zod parse (used by every route's validation hook). */
export function invalidInput(error: ZodError): never {
  throw new InputError('The request has invalid fields.', fieldErrors(error));
}

/**
 * The one error handler: domain errors and HTTP exceptions become problem+json with their status;
 * anything else is logged with the request id and answered as a bare 500 (no stack trace ever leaves).
 */
export function handleError(logger: Logger) {
  return (error: Error, c: Context): Response => {
    if (error instanceof DomainError) {
      if (error instanceof TooManyRequestsError) c.header('retry-after', String(error.retryAfterSeconds));
      return problem(c, {
        title: error.title,
        status: error.status,
        detail: error.message,
        ...(error instanceof InputError && error.errors.length > 0 ? { errors: error.errors } : {}),
      });
    }
    if (error instanceof HTTPException) {
      return problem(c, { title: error.message || 'Error', status: error.status });
    }
    logger.error({ err: error, requestId: c.get('requestId') }, 'unhandled error');
    return problem(c, { title: 'Internal Server Error', status: 500 });
  };
}
