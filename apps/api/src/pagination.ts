import { z } from '@hono/zod-openapi';

/** Query parameters of every list (DESIGN.md API conventions): `page` from 1, `pageSize` 1-100, default 20. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1).openapi({ example: 1 }),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).openapi({ example: 20 }),
});

/** A page of a list: `{ items, total, page, pageSize }`. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** The SQL offset of a page. */
export function offsetOf({ page, pageSize }: { page: number; pageSize: number }): number {
  return (page - 1) * pageSize;
}
