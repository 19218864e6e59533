import type { Database } from '@cunshe/db';
import { type UserRole, users } from '@cunshe/db/schema';
import { InputError } from '@cunshe/errors';
import type { AuthUser, PublicUser } from './auth-user';
import { toPublicUser } from './auth-user';
import { assertCan } from './can';
import { type AuthOptions, resolveAuthOptions } from './options';
import { hashPassword } from './password-hashing';
import { generateInitialPassword } from './password-policy';
import { recordAudit } from './record-audit';
import { checkIdentity, resolveScope, writingUser } from './user-record';

/** Who to invite, with which role and where. */
export interface InviteUserInput {
  username: string;
  displayName: string;
  role: UserRole;
  mobile?: string | null | undefined;
  townshipId?: string | null | undefined;
  villageId?: string | null | undefined;
}

/** The invited user and the initial password, to be shown once and never again. */
export interface InvitedUser {
  user: PublicUser;
  initialPassword: string;
}

/**
 * A county admin invites a user into the county: the role and its township or village are checked, a
 * random initial password is generated (only its hash is stored) and must be changed at first login. The
 * invitation is audited in the same transaction.
 * @throws NotAllowedError without `users:manage`
 * @throws InputError naming a bad field
 * @throws ConflictError when the login name or mobile number is taken
 */
export async function inviteUser(
  database: Database,
  input: { actor: AuthUser; requestId?: string | null | undefined; user: InviteUserInput },
  options?: AuthOptions,
): Promise<InvitedUser> {
  const { actor } = input;
  assertCan(actor, 'users:manage');
  const tenantId = actor.tenantId;
  if (tenantId === null) throw new InputError('The platform operator invites no county users.');
  const { passwordHashing } = resolveAuthOptions(options);
  const identity = checkIdentity(input.user);
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword, passwordHashing);
  const user = await writingUser(() =>
    database.withTenant(tenantId, async (tx) => {
      const scope = await resolveScope(tx, tenantId, input.user);
      const [row] = await tx
        .insert(users)
        .values({
          tenantId,
          ...identity,
          displayName: input.user.displayName.normalize('NFC').trim(),
          passwordHash,
          role: input.user.role,
          ...scope,
          mustChangePassword: true,
        })
        .returning();
      if (!row) throw new Error('inviteUser: the insert returned no row');
      const invited = toPublicUser(row);
      await recordAudit(tx, {
        tenantId,
        actor,
        action: 'user.invited',
        entity: 'user',
        entityId: row.id,
        after: invited,
        requestId: input.requestId,
      });
      return invited;
    }),
  );
  return { user, initialPassword };
}
