import { cadrePosts, cadreSelections, villageCommitteeKinds } from '@cunshe/db/schema';
import { z } from '@hono/zod-openapi';

const date = z.iso.date();
const kind = z.enum(villageCommitteeKinds).openapi({ example: 'party-branch-committee' });

/** `GET /api/party/committees` query. */
export const committeesQuery = z.object({ villageId: z.guid() });

const cadreSchema = z.object({
  id: z.guid(),
  committeeId: z.guid(),
  memberId: z.guid().nullable(),
  name: z.string(),
  post: z.enum(cadrePosts),
  selection: z.enum(cadreSelections),
  isTwoRecommendationsOneElection: z.boolean(),
  startedOn: date,
  endedOn: date.nullable(),
  isCurrent: z.boolean(),
  isCrossAppointed: z.boolean(),
});

/** A village's two committees over the terms, with 一肩挑 and cross-appointments. */
export const villageCommitteesSchema = z
  .object({
    villageId: z.guid(),
    villageName: z.string(),
    asOf: date,
    committees: z.array(
      z.object({
        id: z.guid(),
        kind,
        termStartedOn: date,
        termEndsOn: date,
        isCurrent: z.boolean(),
        cadres: z.array(cadreSchema),
      }),
    ),
    secretaryName: z.string().nullable(),
    directorName: z.string().nullable(),
    isOneShoulder: z.boolean(),
    crossAppointedCount: z.number().int(),
  })
  .openapi('VillageCommittees');

/** `POST /api/party/committees` body. */
export const committeeCreateBody = z
  .object({ villageId: z.guid(), kind, termStartedOn: date, termEndsOn: date })
  .openapi('VillageCommitteeCreate');

/** A committee's term. */
export const committeeSchema = z
  .object({ id: z.guid(), villageId: z.guid(), kind, termStartedOn: date, termEndsOn: date })
  .openapi('VillageCommittee');

const cadreFields = {
  memberId: z.guid().nullable().optional(),
  name: z.string().max(50).nullable().optional(),
  post: z.enum(cadrePosts),
  selection: z
    .enum(cadreSelections)
    .openapi({ description: '选 elected, 聘 hired, 派 dispatched, 挂 seconded' }),
  isTwoRecommendationsOneElection: z.boolean().optional().openapi({ description: '两推一选' }),
  startedOn: date,
  endedOn: date.nullable().optional(),
};

/** `POST /api/party/committees/{id}/cadres` body. */
export const cadreCreateBody = z.object(cadreFields).openapi('CadreCreate');

/** `PATCH /api/party/cadres/{id}` body. */
export const cadrePatchBody = z.object(cadreFields).partial().openapi('CadrePatch');

/** A cadre as stored. */
export const cadreRowSchema = cadreSchema
  .omit({ isCurrent: true, isCrossAppointed: true })
  .extend({ villageId: z.guid() })
  .openapi('Cadre');

/** `GET /api/party/cadre-ratios` answer. */
export const cadreRatiosSchema = z
  .object({
    asOf: date,
    villageCount: z.number().int(),
    villagesWithBothHeads: z.number().int(),
    oneShoulderVillages: z.number().int(),
    oneShoulderRatio: z.number().nullable(),
    cadreCount: z.number().int(),
    crossAppointedCount: z.number().int(),
    crossAppointmentRatio: z.number().nullable(),
  })
  .openapi('CadreRatios');
