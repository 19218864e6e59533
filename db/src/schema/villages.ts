import {
  boolean,
  foreignKey,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenants } from './tenants';

/** The seed's four pilot models (工业型、产业型、城郊型、集镇型); a village without a type has `null`. */
export const villageType = pgEnum('village_type', [
  'industrial',
  'industry-chain',
  'suburban',
  'market-town',
]);

/** Values of {@link villageType}. */
export const villageTypes = villageType.enumValues;
/** One of the four pilot village types. */
export type VillageType = (typeof villageTypes)[number];

/** Township-level divisions (乡、镇、街道) of a tenant, by 9-digit statistics code. Tenant-owned. */
export const townships = pgTable(
  'townships',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    code: text().notNull(),
    name: text().notNull(),
    sortKey: text().notNull(),
    isRetired: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), unique().on(t.tenantId, t.code)],
);

/**
 * Villages (村委会、社区) of a tenant, by 12-digit statistics code. Tenant-owned; the township is
 * referenced through a composite `(tenant_id, township_id)` key so no row can point into another county.
 * `sortKey` is the pinyin of the name (PGlite has no zh collation); `pinyinInitials` serves search (`tj`).
 */
export const villages = pgTable(
  'villages',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    townshipId: uuid().notNull(),
    code: text().notNull(),
    name: text().notNull(),
    type: villageType(),
    sortKey: text().notNull(),
    pinyinInitials: text().notNull(),
    isRetired: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.code),
    foreignKey({
      columns: [t.tenantId, t.townshipId],
      foreignColumns: [townships.tenantId, townships.id],
    }),
    index().on(t.tenantId, t.townshipId, t.sortKey),
    index().on(t.tenantId, t.sortKey),
  ],
);

export type Township = typeof townships.$inferSelect;
export type NewTownship = typeof townships.$inferInsert;
export type Village = typeof villages.$inferSelect;
export type NewVillage = typeof villages.$inferInsert;
