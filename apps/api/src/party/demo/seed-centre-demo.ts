import type { Tx } from '@cunshe/db';
import {
  type PartyCentreService,
  partyActivities,
  partyCentres,
  townships,
  villages,
} from '@cunshe/db/schema';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { updatePartyActivity } from '../activities/save-party-activity';
import { createPartyCentre } from '../centres/create-party-centre';
import type { PartyScope } from '../party-scope';

const VILLAGE_CENTRES: {
  kind: 'activity' | 'service';
  suffix: string;
  services: PartyCentreService[];
  openingHours: string;
}[] = [
  {
    kind: 'activity',
    suffix: '党员活动中心',
    services: ['party-member-services'],
    openingHours: '周一至周五 8:30-17:30，周六 9:00-12:00',
  },
  {
    kind: 'service',
    suffix: '便民服务中心',
    services: ['civil-affairs', 'employment', 'legal-advice', 'housekeeping'],
    openingHours: '周一至周日 8:00-18:00',
  },
];

const PEOPLE_IN_CHARGE = ['王建华', '李秀英', '张国强', '刘桂兰', '陈志明', '杨玉梅', '黄立新', '吴春燕'];

/**
 * Gives the demo's pilot villages their 党员活动中心 and 便民服务中心, and each pilot's township its
 * 教育培训中心 (the seed gathers the three centres per village or per township), linking each village's
 * first activity to its activity centre. A place that already has any centre is left as it is, so a second
 * run changes nothing; older demo data gets its centres on the next start.
 * @returns the names of the places that got centres.
 */
export async function seedCentreDemo(
  tx: Tx,
  input: { scope: PartyScope; villageCodes: string[] },
): Promise<string[]> {
  const { scope } = input;
  const pilots = await tx
    .select({
      id: villages.id,
      name: villages.name,
      townshipId: villages.townshipId,
      sortKey: villages.sortKey,
    })
    .from(villages)
    .where(and(eq(villages.tenantId, scope.tenantId), inArray(villages.code, input.villageCodes)))
    .orderBy(asc(villages.sortKey));
  if (pilots.length === 0) return [];
  const held = await tx
    .select({ villageId: partyCentres.villageId, townshipId: partyCentres.townshipId })
    .from(partyCentres)
    .where(eq(partyCentres.tenantId, scope.tenantId));
  const hasCentre = new Set(held.map((h) => h.villageId ?? h.townshipId));
  const seeded: string[] = [];
  let person = 0;
  const nextPerson = () => PEOPLE_IN_CHARGE[person++ % PEOPLE_IN_CHARGE.length] ?? null;
  for (const village of pilots) {
    if (hasCentre.has(village.id)) continue;
    let activityCentreId: string | undefined;
    for (const centre of VILLAGE_CENTRES) {
      const created = await createPartyCentre(tx, {
        scope,
        actor: null,
        centre: {
          villageId: village.id,
          kind: centre.kind,
          name: `${village.name}${centre.suffix}`,
          services: centre.services,
          address: `${village.name}村委会${centre.kind === 'activity' ? '二楼' : '一楼'}`,
          openingHours: centre.openingHours,
          personInCharge: nextPerson(),
        },
      });
      if (centre.kind === 'activity') activityCentreId = created.id;
    }
    const [first] = await tx
      .select({ id: partyActivities.id })
      .from(partyActivities)
      .where(
        and(
          eq(partyActivities.tenantId, scope.tenantId),
          eq(partyActivities.villageId, village.id),
          isNull(partyActivities.centreId),
        ),
      )
      .orderBy(asc(partyActivities.startedOn))
      .limit(1);
    if (first && activityCentreId) {
      await updatePartyActivity(tx, {
        scope,
        actor: null,
        id: first.id,
        changes: { centreId: activityCentreId },
      });
    }
    seeded.push(village.name);
  }
  const townshipIds = [...new Set(pilots.map((p) => p.townshipId))].filter((id) => !hasCentre.has(id));
  const places = townshipIds.length
    ? await tx
        .select({ id: townships.id, name: townships.name })
        .from(townships)
        .where(and(eq(townships.tenantId, scope.tenantId), inArray(townships.id, townshipIds)))
        .orderBy(asc(townships.sortKey))
    : [];
  for (const township of places) {
    await createPartyCentre(tx, {
      scope,
      actor: null,
      centre: {
        townshipId: township.id,
        kind: 'education-training',
        name: `${township.name}党员教育培训中心`,
        services: ['party-member-services', 'employment', 'legal-advice'],
        address: `${township.name}人民政府党群服务楼`,
        openingHours: '周一至周五 9:00-17:00',
        personInCharge: nextPerson(),
      },
    });
    seeded.push(township.name);
  }
  return seeded;
}
