import { villageTypes } from '@cunshe/db/schema';
import { z } from '@hono/zod-openapi';
import { pageOf, pageQuery } from '../pagination';

const villageType = z.enum(villageTypes).openapi({ example: 'industry-chain' });

/** `GET /api/villages` query: search, filters and page. */
export const villageListQuery = pageQuery.extend({
  q: z.string().max(50).optional().openapi({ description: 'name, code prefix, or pinyin (tj, tanjiang)' }),
  type: z.enum([...villageTypes, 'none']).optional(),
  townshipCode: z
    .string()
    .regex(/^\d{9}$/, 'must be a 9-digit township code')
    .optional(),
});

/** A village as lists show it. */
export const villageSchema = z
  .object({
    id: z.guid(),
    code: z.string().openapi({ example: '361003107207' }),
    name: z.string().openapi({ example: '潭江村' }),
    type: villageType.nullable(),
    townshipCode: z.string().openapi({ example: '361003107' }),
    townshipName: z.string().openapi({ example: '黎圩镇' }),
    isRetired: z.boolean(),
  })
  .openapi('Village');

/** A page of villages. */
export const villagePage = pageOf(villageSchema).openapi('VillagePage');

/** `/api/villages/{id}` path parameters. */
export const villageParams = z.object({ id: z.guid().openapi({ param: { name: 'id', in: 'path' } }) });

/** `PATCH /api/villages/{id}` body. */
export const villagePatchBody = z.object({ type: villageType.nullable() }).openapi('VillagePatch');

/** `POST /api/villages/types` body: the selected villages and their new type (null clears it). */
export const bulkTypeBody = z
  .object({ ids: z.array(z.guid()).min(1).max(500), type: villageType.nullable() })
  .openapi('VillageTypesChange');

const outcome = z.object({
  id: z.guid(),
  code: z.string(),
  name: z.string(),
  before: villageType.nullable(),
  after: villageType.nullable(),
  isChanged: z.boolean(),
});

/** What a bulk change did, village by village. */
export const bulkTypeResult = z.object({ items: z.array(outcome) }).openapi('VillageTypesChanged');

/** `POST /api/villages/types/import` body: a CSV or .xlsx of `code,type`, base64-encoded. */
export const importTypesBody = z
  .object({
    fileName: z.string().min(1).max(200).openapi({ example: 'types.csv' }),
    contentBase64: z.base64().max(900_000),
    dryRun: z.boolean().default(true),
  })
  .openapi('VillageTypesImport');

/** The row-by-row report of an import; `applied` is false for a dry run or when any row is invalid. */
export const importTypesReport = z
  .object({
    applied: z.boolean(),
    rows: z.array(outcome.omit({ id: true }).extend({ line: z.number().int() })),
    errors: z.array(z.object({ line: z.number().int(), code: z.string(), message: z.string() })),
  })
  .openapi('VillageTypesImportReport');

/** A township with its village counts, in total and by type. */
export const townshipSchema = z
  .object({
    id: z.guid(),
    code: z.string().openapi({ example: '361003107' }),
    name: z.string().openapi({ example: '黎圩镇' }),
    villageCount: z.number().int(),
    villagesByType: z.record(z.enum([...villageTypes, 'none']), z.number().int()),
  })
  .openapi('Township');

/** `GET /api/townships` response. */
export const townshipList = z
  .object({ items: z.array(townshipSchema), total: z.number().int() })
  .openapi('TownshipList');
