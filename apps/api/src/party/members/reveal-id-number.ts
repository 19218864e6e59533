import { type AuditActor, type AuthUser, can, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { villages } from '@cunshe/db/schema';
import { NotAllowedError } from '@cunshe/errors';
import type { PersonalDataProtector } from '@cunshe/personal-data';
import { and, eq } from 'drizzle-orm';
import type { PartyScope } from '../party-scope';
import { idNumberContext } from '../personal-data';
import { memberRowOfScope } from './member-of-scope';

/**
 * The whole ID number of a member of the scope, for a user holding `party:reveal-id` where the member is.
 * Every reveal is audited (`party-member.id-revealed`: who, whose, when; never the number itself), in the
 * same transaction, so there is no reveal without its entry.
 * @throws NotFoundError outside the scope; NotAllowedError without `party:reveal-id` for the member's village.
 */
export async function revealIdNumber(
  tx: Tx,
  input: {
    scope: PartyScope;
    user: AuthUser;
    actor?: AuditActor | undefined;
    requestId?: string | undefined;
    protector: PersonalDataProtector;
    id: string;
  },
): Promise<{ idNumber: string }> {
  const { scope } = input;
  const member = await memberRowOfScope(tx, scope, input.id);
  const [village] = await tx
    .select({ townshipId: villages.townshipId })
    .from(villages)
    .where(and(eq(villages.tenantId, scope.tenantId), eq(villages.id, member.villageId)));
  const resource = { tenantId: scope.tenantId, townshipId: village?.townshipId, villageId: member.villageId };
  if (!can(input.user, 'party:reveal-id', resource)) {
    throw new NotAllowedError('You do not have the permission party:reveal-id here.');
  }
  const idNumber = input.protector.decrypt(member.idNumberSealed, idNumberContext(scope.tenantId));
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor ?? input.user,
    action: 'party-member.id-revealed',
    entity: 'party-member',
    entityId: member.id,
    after: { name: member.name, idNumberMasked: member.idNumberMasked },
    requestId: input.requestId,
  });
  return { idNumber };
}
