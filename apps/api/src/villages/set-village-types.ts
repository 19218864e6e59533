import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { type VillageType, villages } from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import { and, eq, inArray } from 'drizzle-orm';
import type { VillageScope } from './village-scope';

/** Which villages to type: by id (the admin's selection) or by 12-digit code (an uploaded sheet). */
export type VillageTypeChange =
  | { by: 'id'; keys: string[]; type: VillageType | null }
  | { by: 'code'; changes: { code: string; type: VillageType | null }[] };

/** What happened to each village: its type before and after, and whether that changed anything. */
export interface VillageTypeOutcome {
  id: string;
  code: string;
  name: string;
  before: VillageType | null;
  after: VillageType | null;
  isChanged: boolean;
}

/**
 * Sets the type of one or many villages of a scope in the caller's transaction, with one audit entry
 * (`village.type-changed`, old and new type) per village whose type changes; unchanged ones are reported
 * and not audited.
 * @throws NotFoundError naming the keys that are not villages of the scope (then nothing is changed,
 * because the caller's transaction rolls back).
 */
export async function setVillageTypes(
  tx: Tx,
  input: {
    scope: VillageScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    change: VillageTypeChange;
  },
): Promise<VillageTypeOutcome[]> {
  const { scope, change } = input;
  const keys = change.by === 'id' ? change.keys : change.changes.map((c) => c.code);
  const column = change.by === 'id' ? villages.id : villages.code;
  const found = await tx
    .select({ id: villages.id, code: villages.code, name: villages.name, type: villages.type })
    .from(villages)
    .where(
      and(
        eq(villages.tenantId, scope.tenantId),
        inArray(column, keys),
        scope.townshipId ? eq(villages.townshipId, scope.townshipId) : undefined,
        scope.villageId ? eq(villages.id, scope.villageId) : undefined,
      ),
    )
    .for('update');
  const byKey = new Map(found.map((v) => [change.by === 'id' ? v.id : v.code, v]));
  const missing = keys.filter((key) => !byKey.has(key));
  if (missing.length > 0) throw new NotFoundError(`No such village in your scope: ${missing.join(', ')}`);
  const wanted = new Map(
    change.by === 'id' ? keys.map((key) => [key, change.type]) : change.changes.map((c) => [c.code, c.type]),
  );
  const outcomes: VillageTypeOutcome[] = [];
  for (const [key, after] of wanted) {
    const village = byKey.get(key);
    if (!village) continue;
    const isChanged = village.type !== after;
    if (isChanged) {
      await tx
        .update(villages)
        .set({ type: after, updatedAt: new Date() })
        .where(and(eq(villages.tenantId, scope.tenantId), eq(villages.id, village.id)));
      await recordAudit(tx, {
        tenantId: scope.tenantId,
        actor: input.actor,
        action: 'village.type-changed',
        entity: 'village',
        entityId: village.id,
        before: { code: village.code, name: village.name, type: village.type },
        after: { code: village.code, name: village.name, type: after },
        requestId: input.requestId,
      });
    }
    outcomes.push({
      id: village.id,
      code: village.code,
      name: village.name,
      before: village.type,
      after,
      isChanged,
    });
  }
  return outcomes;
}
