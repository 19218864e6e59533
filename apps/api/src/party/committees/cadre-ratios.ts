import type { Tx } from '@cunshe/db';
import { cadres } from '@cunshe/db/schema';
import { and, eq } from 'drizzle-orm';
import { todayInChina } from '../dates';
import { type PartyScope, villageInScope } from '../party-scope';
import { committeeFacts } from './cadre-facts';
import { cadreFacts } from './committee-views';

/**
 * The ratios the seed asks the county to raise (逐步推行“一肩挑”，加大“两委”成员交叉任职比例), over the
 * villages of a scope on one day:
 * - `oneShoulderRatio`: villages whose branch secretary also directs the villagers' committee, among the
 *   villages that have both a secretary and a director;
 * - `crossAppointmentRatio`: people sitting on both committees, among all the people on either (a person
 *   counted once however many posts they hold). A ratio is null when its denominator is 0.
 */
export interface CadreRatios {
  asOf: string;
  villageCount: number;
  villagesWithBothHeads: number;
  oneShoulderVillages: number;
  oneShoulderRatio: number | null;
  cadreCount: number;
  crossAppointedCount: number;
  crossAppointmentRatio: number | null;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** The county's (or a township's, or a village's) 一肩挑 and cross-appointment ratios; see {@link CadreRatios}. */
export async function cadreRatios(
  tx: Tx,
  scope: PartyScope,
  today: string = todayInChina(),
): Promise<CadreRatios> {
  const rows = await cadreFacts(
    tx,
    and(eq(cadres.tenantId, scope.tenantId), villageInScope(cadres.villageId, scope)),
  );
  const byVillage = new Map<string, typeof rows>();
  for (const row of rows) byVillage.set(row.villageId, [...(byVillage.get(row.villageId) ?? []), row]);
  const totals = {
    villageCount: 0,
    villagesWithBothHeads: 0,
    oneShoulderVillages: 0,
    cadreCount: 0,
    crossAppointedCount: 0,
  };
  for (const villageRows of byVillage.values()) {
    const facts = committeeFacts(villageRows, today);
    if (facts.personCount === 0) continue;
    totals.villageCount++;
    if (facts.hasBothHeads) totals.villagesWithBothHeads++;
    if (facts.isOneShoulder) totals.oneShoulderVillages++;
    totals.cadreCount += facts.personCount;
    totals.crossAppointedCount += facts.crossAppointed.size;
  }
  return {
    asOf: today,
    ...totals,
    oneShoulderRatio: ratio(totals.oneShoulderVillages, totals.villagesWithBothHeads),
    crossAppointmentRatio: ratio(totals.crossAppointedCount, totals.cadreCount),
  };
}
