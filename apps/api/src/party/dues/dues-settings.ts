import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { partyDuesSettings } from '@cunshe/db/schema';
import { eq, sql } from 'drizzle-orm';
import { assertCountyScope, type PartyScope } from '../party-scope';

/** A county's party-dues settings. */
export interface DuesSettings {
  /** The share of each month's dues the county retains (留存党费), in basis points: 2500 is 25%. */
  retainedShareBasisPoints: number;
}

/** The county's dues settings; a county that set none retains nothing. */
export async function getDuesSettings(tx: Tx, tenantId: string): Promise<DuesSettings> {
  const [row] = await tx
    .select({ retainedShareBasisPoints: partyDuesSettings.retainedShareBasisPoints })
    .from(partyDuesSettings)
    .where(eq(partyDuesSettings.tenantId, tenantId));
  return { retainedShareBasisPoints: row?.retainedShareBasisPoints ?? 0 };
}

/**
 * Sets the share of dues the county retains, for dues recorded from now on (what was recorded keeps its
 * share). County scope only; audited (`party-dues-settings.updated`).
 * @throws NotAllowedError for a township's or a village's user.
 */
export async function setDuesSettings(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    settings: DuesSettings;
  },
): Promise<DuesSettings> {
  const { scope } = input;
  assertCountyScope(scope);
  const before = await getDuesSettings(tx, scope.tenantId);
  await tx
    .insert(partyDuesSettings)
    .values({ tenantId: scope.tenantId, retainedShareBasisPoints: input.settings.retainedShareBasisPoints })
    .onConflictDoUpdate({
      target: [partyDuesSettings.tenantId],
      set: { retainedShareBasisPoints: input.settings.retainedShareBasisPoints, updatedAt: sql`now()` },
    });
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-dues-settings.updated',
    entity: 'party-dues-settings',
    entityId: scope.tenantId,
    before,
    after: input.settings,
    requestId: input.requestId,
  });
  return input.settings;
}

/**
 * The retained share of an amount, in whole fen, rounded half up: exact integer arithmetic, never a float.
 * @example retainedFen(2050, 2500) // 513 (25% of 20.50 yuan is 5.125 yuan)
 */
export function retainedFen(amountFen: number, basisPoints: number): number {
  return Math.floor((amountFen * basisPoints + 5000) / 10_000);
}
