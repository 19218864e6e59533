import { z } from '@hono/zod-openapi';
import { pageOf, pageQuery } from '../pagination';

/** A tenant (county) as the platform operator sees it. */
export const tenantSchema = z
  .object({
    id: z.guid(),
    code: z.string().openapi({ example: '361003' }),
    name: z.string().openapi({ example: '东乡区' }),
    formerCodes: z.array(z.string()).openapi({ example: ['361029'] }),
    isActive: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .openapi('Tenant');

/** `GET /api/tenants` query. */
export const tenantListQuery = pageQuery.extend({ q: z.string().max(50).optional() });

/** A page of tenants. */
export const tenantPage = pageOf(tenantSchema).openapi('TenantPage');

/** `POST /api/tenants` body: the county's 6-digit GB/T 2260 code, current or former. */
export const onboardBody = z
  .object({ code: z.string().min(1).max(12).openapi({ example: '361003' }) })
  .openapi('OnboardCounty');

const counts = z.object({
  added: z.number().int(),
  renamed: z.number().int(),
  retired: z.number().int(),
  restored: z.number().int(),
  unchanged: z.number().int(),
});

/** What an onboarding did; `status` is `unchanged` when a second run found nothing to do. */
export const onboardResult = z
  .object({
    status: z.enum(['created', 'updated', 'unchanged']),
    tenantId: z.guid(),
    code: z.string(),
    name: z.string(),
    formerCodes: z.array(z.string()),
    townships: counts,
    villages: counts,
  })
  .openapi('OnboardResult');

/** `/api/tenants/{code}/...` path parameters. */
export const tenantParams = z.object({
  code: z
    .string()
    .regex(/^\d{6}$/, 'must be a 6-digit county code')
    .openapi({ param: { name: 'code', in: 'path' }, example: '361003' }),
});

/** `GET /api/divisions` query: children of `parentCode` (provinces without it), or counties matching `q`. */
export const divisionQuery = z.object({
  parentCode: z
    .string()
    .regex(/^\d{2}(\d{2})?$/, 'must be a 2-digit province or 4-digit city code')
    .optional(),
  q: z.string().max(30).optional(),
});

/** Divisions for the province -> city -> county picker. */
export const divisionList = z
  .object({
    items: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        level: z.enum(['province', 'city', 'county', 'township', 'village']),
        parentCode: z.string().nullable(),
      }),
    ),
  })
  .openapi('DivisionList');
