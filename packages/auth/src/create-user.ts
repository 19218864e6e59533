import type { Database } from '@cunshe/db';
import { type UserRole, users } from '@cunshe/db/schema';
import { type PublicUser, toPublicUser } from './auth-user';
import { type AuthOptions, resolveAuthOptions } from './options';
import { hashPassword } from './password-hashing';
import { assertPasswordPolicy } from './password-policy';
import { checkIdentity, resolveScope, writingUser } from './user-record';
import { withUserScope } from './user-scope';

/** A user to create directly (seeding, onboarding): the password is given, not generated. */
export interface CreateUserInput {
  /** The county; null only for a platform operator. */
  tenantId: string | null;
  username: string;
  password: string;
  role: UserRole;
  displayName: string;
  mobile?: string | null | undefined;
  townshipId?: string | null | undefined;
  villageId?: string | null | undefined;
  /** Force a password change at first login; false by default. */
  mustChangePassword?: boolean | undefined;
}

/**
 * Creates a user with a given password, in the user's county (or the platform scope for a platform
 * operator). For seeding and onboarding; an admin's invitation goes through `inviteUser`, which audits.
 * @throws InputError naming a bad field (login name, mobile, password, role, township or village)
 * @throws ConflictError when the login name or mobile number is taken
 * @example
 * await createUser(database, { tenantId, username: 'demo', password, role: 'county-admin', displayName: '演示管理员' });
 */
export async function createUser(
  database: Database,
  input: CreateUserInput,
  options?: AuthOptions,
): Promise<PublicUser> {
  const { passwordHashing } = resolveAuthOptions(options);
  const identity = checkIdentity(input);
  assertPasswordPolicy(input.password, { path: 'password', ...identity });
  const passwordHash = await hashPassword(input.password, passwordHashing);
  return writingUser(() =>
    withUserScope(database, input.tenantId, async (tx) => {
      const scope = await resolveScope(tx, input.tenantId, input);
      const [row] = await tx
        .insert(users)
        .values({
          tenantId: input.tenantId,
          ...identity,
          displayName: input.displayName.normalize('NFC').trim(),
          passwordHash,
          role: input.role,
          ...scope,
          mustChangePassword: input.mustChangePassword ?? false,
        })
        .returning();
      if (!row) throw new Error('createUser: the insert returned no row');
      return toPublicUser(row);
    }),
  );
}
