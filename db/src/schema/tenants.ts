import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A tenant is a county-level division (DESIGN.md tenancy rule 1): its current 6-digit GB/T 2260 code
 * and the codes it had before (东乡县 361029 became 东乡区 361003). Platform table.
 */
export const tenants = pgTable('tenants', {
  id: uuid().primaryKey().defaultRandom(),
  code: text().notNull().unique(),
  formerCodes: text().array().notNull().default([]),
  name: text().notNull(),
  isActive: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Tenant = typeof tenants.$inferSelect;
export type NewTenant = typeof tenants.$inferInsert;
