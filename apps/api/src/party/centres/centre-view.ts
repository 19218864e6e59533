import type { Tx } from '@cunshe/db';
import {
  type PartyCentreKind,
  type PartyCentreService,
  partyActivities,
  partyCentres,
  townships,
  villages,
} from '@cunshe/db/schema';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';

/** Where a centre is kept: by a village, or by a township for its villages. */
export type PartyCentreLevel = 'village' | 'township';

/**
 * A centre as the API shows it. `townshipId`/`townshipName` name the centre's township, or the village's
 * township for a village's centre; `activityCount` counts the party activities linked to it.
 */
export interface PartyCentreView {
  id: string;
  level: PartyCentreLevel;
  villageId: string | null;
  villageName: string | null;
  townshipId: string;
  townshipName: string;
  kind: PartyCentreKind;
  name: string;
  services: PartyCentreService[];
  address: string | null;
  openingHours: string | null;
  personInCharge: string | null;
  activityCount: number;
  version: number;
  updatedAt: string;
}

/** Centres matching `where`: by township (pinyin), the township's own first, then village, then kind. */
export async function centreViews(
  tx: Tx,
  where: SQL | undefined,
  page?: { limit: number; offset: number },
): Promise<PartyCentreView[]> {
  const a = partyActivities;
  const query = tx
    .select({
      id: partyCentres.id,
      villageId: partyCentres.villageId,
      villageName: villages.name,
      townshipId: townships.id,
      townshipName: townships.name,
      kind: partyCentres.kind,
      name: partyCentres.name,
      services: partyCentres.services,
      address: partyCentres.address,
      openingHours: partyCentres.openingHours,
      personInCharge: partyCentres.personInCharge,
      activityCount: sql<number>`(select count(*)::int from ${a} where ${a.tenantId} = ${partyCentres.tenantId} and ${a.centreId} = ${partyCentres.id})`,
      version: partyCentres.version,
      updatedAt: partyCentres.updatedAt,
    })
    .from(partyCentres)
    .leftJoin(
      villages,
      and(eq(villages.tenantId, partyCentres.tenantId), eq(villages.id, partyCentres.villageId)),
    )
    .innerJoin(
      townships,
      and(
        eq(townships.tenantId, partyCentres.tenantId),
        eq(townships.id, sql`coalesce(${partyCentres.townshipId}, ${villages.townshipId})`),
      ),
    )
    .where(where)
    .orderBy(
      asc(townships.sortKey),
      sql`${villages.sortKey} asc nulls first`,
      asc(
        sql`array_position(array['activity','service','education-training']::party_centre_kind[], ${partyCentres.kind})`,
      ),
      asc(partyCentres.id),
    );
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  return rows.map(({ townshipId, townshipName, updatedAt, ...row }) => ({
    ...row,
    level: row.villageId ? 'village' : 'township',
    townshipId: townshipId as string,
    townshipName: townshipName as string,
    updatedAt: updatedAt.toISOString(),
  }));
}
