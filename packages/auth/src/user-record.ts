import type { Tx } from '@cunshe/db';
import { townships, type User, type UserRole, users, villages } from '@cunshe/db/schema';
import { ConflictError, InputError } from '@cunshe/errors';
import { eq } from 'drizzle-orm';
import { isMobileNumber, normalizeLoginName, USERNAME } from './login-name';

/** A role and where it applies, as asked for by an admin or a seed. */
export interface ScopeInput {
  role: UserRole;
  townshipId?: string | null | undefined;
  villageId?: string | null | undefined;
}

/** The geography stored for a user: a village user carries its village's township too. */
export interface ResolvedScope {
  townshipId: string | null;
  villageId: string | null;
}

function invalid(path: string, message: string): InputError {
  return new InputError(message, [{ path, message }]);
}

/**
 * Checks that a role and its geography fit together and exist in the county of `tx`: a county admin has
 * neither township nor village; a township admin exactly one township; a village admin and station staff
 * exactly one village; a viewer any one of county, township or village. The platform operator has no county.
 * @throws InputError naming the field (`role`, `townshipId` or `villageId`)
 */
export async function resolveScope(
  tx: Tx,
  tenantId: string | null,
  input: ScopeInput,
): Promise<ResolvedScope> {
  const townshipId = input.townshipId ?? null;
  const villageId = input.villageId ?? null;
  if (input.role === 'platform-operator') {
    if (tenantId !== null) throw invalid('role', 'A county cannot have a platform operator.');
    if (townshipId || villageId) throw invalid('role', 'The platform operator has no township or village.');
    return { townshipId: null, villageId: null };
  }
  if (tenantId === null) throw invalid('role', `A ${input.role} belongs to a county.`);
  if (input.role === 'county-admin') {
    if (townshipId) throw invalid('townshipId', 'A county admin has no township.');
    if (villageId) throw invalid('villageId', 'A county admin has no village.');
    return { townshipId: null, villageId: null };
  }
  if (input.role === 'township-admin') {
    if (!townshipId) throw invalid('townshipId', 'A township admin needs a township.');
    if (villageId) throw invalid('villageId', 'A township admin has no village.');
  }
  if ((input.role === 'village-admin' || input.role === 'station-staff') && !villageId) {
    throw invalid('villageId', `A ${input.role} needs a village.`);
  }
  if (villageId) {
    const [village] = await tx
      .select({ townshipId: villages.townshipId })
      .from(villages)
      .where(eq(villages.id, villageId));
    if (!village) throw invalid('villageId', 'No such village in this county.');
    if (townshipId && townshipId !== village.townshipId) {
      throw invalid('townshipId', 'The village is not in this township.');
    }
    return { townshipId: village.townshipId, villageId };
  }
  if (townshipId) {
    const [township] = await tx
      .select({ id: townships.id })
      .from(townships)
      .where(eq(townships.id, townshipId));
    if (!township) throw invalid('townshipId', 'No such township in this county.');
    return { townshipId, villageId: null };
  }
  return { townshipId: null, villageId: null };
}

/**
 * Normalizes and checks a login name and mobile number.
 * @throws InputError naming `username` or `mobile`
 */
export function checkIdentity(input: { username: string; mobile?: string | null | undefined }): {
  username: string;
  mobile: string | null;
} {
  const username = normalizeLoginName(input.username);
  if (!USERNAME.test(username)) {
    throw invalid(
      'username',
      'A login name has 2-32 lowercase letters, digits, ".", "_" or "-", and starts with a letter.',
    );
  }
  const mobile = input.mobile?.trim() || null;
  if (mobile !== null && !isMobileNumber(mobile)) {
    throw invalid('mobile', 'A mobile number has 11 digits and starts with 13-19.');
  }
  return { username, mobile };
}

function uniqueConstraintOf(error: unknown): string | null {
  for (
    let e = error as {
      code?: unknown;
      constraint_name?: unknown;
      constraint?: unknown;
      cause?: unknown;
    } | null;
    e;
  ) {
    if (e.code === '23505') return String(e.constraint_name ?? e.constraint ?? '');
    e = e.cause as typeof e;
  }
  return null;
}

/**
 * Runs a write of a user row, turning a duplicate login name or mobile number into a 409 naming the field.
 * Login names and mobile numbers are unique across the platform, since login happens before the county
 * is known.
 * @throws ConflictError for a taken login name or mobile number
 */
export async function writingUser<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const constraint = uniqueConstraintOf(error);
    if (constraint === null) throw error;
    const field = constraint.includes('mobile') ? 'mobile' : 'username';
    throw new ConflictError(
      field === 'mobile' ? 'This mobile number is already in use.' : 'This login name is taken.',
    );
  }
}

/** Reads one user of the county of `tx` (RLS hides every other county's users). */
export async function findUser(tx: Tx, userId: string): Promise<User | undefined> {
  const [row] = await tx.select().from(users).where(eq(users.id, userId));
  return row;
}
