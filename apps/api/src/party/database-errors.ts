import type { Database, Tx } from '@cunshe/db';
import { ConflictError, DomainError, InputError, NotFoundError } from '@cunshe/errors';

interface PgError {
  code?: string;
  constraint?: string;
  constraint_name?: string;
}

function pgErrorOf(error: unknown): PgError | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as PgError & { cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/**
 * A database error as a domain error, with nothing of the query's parameters: a failed query's message
 * carries its parameters (names, phone numbers, sealed ID numbers), and the error handler logs the message
 * of anything that is not a domain error. Unique violations become 409, foreign keys 404, checks 400.
 */
export function toDomainError(error: unknown): Error {
  if (error instanceof DomainError) return error;
  const pg = pgErrorOf(error);
  if (!pg) return error instanceof Error ? error : new Error('party: unexpected error');
  const constraint = pg.constraint ?? pg.constraint_name ?? 'a constraint';
  switch (pg.code) {
    case '23505':
      return new ConflictError(`That already exists (${constraint}).`);
    case '23503':
      return new NotFoundError(`A referenced record does not exist in your county (${constraint}).`);
    case '23514':
      return new InputError(`The record breaks the rule ${constraint}.`);
    default:
      return new Error(`party: database error ${pg.code} (${constraint})`);
  }
}

/** `database.withTenant`, with database errors turned into domain errors free of personal data. */
export async function inCounty<T>(
  database: Database,
  tenantId: string,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  try {
    return await database.withTenant(tenantId, fn);
  } catch (error) {
    throw toDomainError(error);
  }
}
