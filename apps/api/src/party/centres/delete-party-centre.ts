import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { partyActivities, partyCentres } from '@cunshe/db/schema';
import { and, eq } from 'drizzle-orm';
import type { PartyScope } from '../party-scope';
import { centreRowToChange } from './centre-scope';
import { assertCentreVersion } from './update-party-centre';

/**
 * Deletes a centre of the scope, audited (`party-centre.deleted`, with what it was). Its activities stay,
 * no longer linked to it. `version` must still be the centre's: nobody deletes what they have not seen.
 * @throws NotFoundError outside the scope; NotAllowedError for a village's user and its township's centre;
 * ConflictError for a stale `version`.
 */
export async function deletePartyCentre(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    id: string;
    version: number;
  },
): Promise<void> {
  const { scope } = input;
  const before = await centreRowToChange(tx, scope, input.id, { forUpdate: true });
  assertCentreVersion(before, input.version);
  await tx
    .update(partyActivities)
    .set({ centreId: null, updatedAt: new Date() })
    .where(and(eq(partyActivities.tenantId, scope.tenantId), eq(partyActivities.centreId, before.id)));
  await tx
    .delete(partyCentres)
    .where(and(eq(partyCentres.tenantId, scope.tenantId), eq(partyCentres.id, before.id)));
  const { createdAt: _c, updatedAt: _u, tenantId: _t, ...snapshot } = before;
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-centre.deleted',
    entity: 'party-centre',
    entityId: before.id,
    before: snapshot,
    requestId: input.requestId,
  });
}
