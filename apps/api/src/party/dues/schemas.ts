import { z } from '@hono/zod-openapi';
import { pageQuery } from '../../pagination';

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month, YYYY-MM')
  .openapi({ example: '2025-03' });
const fen = z
  .number()
  .int()
  .min(0)
  .max(10_000_000)
  .openapi({ description: 'integer fen (分)', example: 2000 });

/** `GET /api/party/dues` query. */
export const monthDuesQuery = pageQuery.extend({
  month,
  villageId: z.guid().optional(),
  organizationId: z.guid().optional(),
});

const record = z.object({ id: z.guid(), amountFen: fen, retainedFen: fen, paidOn: z.iso.date() });

/** The month's dues of the members on the books, a page of them, with the totals over the filter. */
export const monthDuesPage = z
  .object({
    month,
    retainedShareBasisPoints: z.number().int(),
    items: z.array(
      z.object({
        memberId: z.guid(),
        memberName: z.string(),
        villageName: z.string(),
        organizationName: z.string(),
        record: record.nullable(),
      }),
    ),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    totals: z.object({
      memberCount: z.number().int(),
      paidCount: z.number().int(),
      amountFen: z.number().int(),
      retainedFen: z.number().int(),
    }),
  })
  .openapi('PartyMonthDues');

/** `PUT /api/party/dues` body: one member's dues for one month. */
export const duesBody = z
  .object({ memberId: z.guid(), month, amountFen: fen, paidOn: z.iso.date() })
  .openapi('PartyDuesRecord');

/** A recorded month of dues. */
export const duesRecordSchema = z
  .object({ id: z.guid(), memberId: z.guid(), month, amountFen: fen, retainedFen: fen, paidOn: z.iso.date() })
  .openapi('PartyDues');

/** `GET /api/party/dues/summary` query. */
export const summaryQuery = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/, 'a year, YYYY')
    .openapi({ example: '2025' }),
});

/** A year of dues. */
export const duesSummarySchema = z
  .object({
    year: z.string(),
    retainedShareBasisPoints: z.number().int(),
    months: z.array(
      z.object({
        month,
        recordCount: z.number().int(),
        amountFen: z.number().int(),
        retainedFen: z.number().int(),
      }),
    ),
    totalAmountFen: z.number().int(),
    totalRetainedFen: z.number().int(),
  })
  .openapi('PartyDuesSummary');

/** The county's dues settings. */
export const duesSettingsSchema = z
  .object({
    retainedShareBasisPoints: z.number().int().min(0).max(10_000).openapi({
      description: 'the share the county retains (留存党费), in basis points: 2500 = 25%',
      example: 2500,
    }),
  })
  .openapi('PartyDuesSettings');
