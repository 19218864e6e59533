import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenants } from './tenants';
import { townships, villages } from './villages';

/*
 * The three party-member centres (三大中心) of the seed: 党员活动中心, 便民服务中心 and 教育培训中心, each
 * kept by a village or by a township of the county, with the services gathered in it. Tenant-owned:
 * `tenant_id` first in every key, composite foreign keys into the county's own villages and townships.
 */

/** 党员活动中心 (activity), 便民服务中心 (service), 教育培训中心 (education and training). */
export const partyCentreKind = pgEnum('party_centre_kind', ['activity', 'service', 'education-training']);
/** Values of {@link partyCentreKind}. */
export const partyCentreKinds = partyCentreKind.enumValues;
/** One of the three centres. */
export type PartyCentreKind = (typeof partyCentreKinds)[number];

/** The services a centre gathers: 党员服务, 民政, 就业, 法律咨询, 家政. */
export const partyCentreService = pgEnum('party_centre_service', [
  'party-member-services',
  'civil-affairs',
  'employment',
  'legal-advice',
  'housekeeping',
]);
/** Values of {@link partyCentreService}. */
export const partyCentreServices = partyCentreService.enumValues;
/** One service of a centre. */
export type PartyCentreService = (typeof partyCentreServices)[number];

/**
 * A centre of a village or of a township (exactly one of `villageId`, `townshipId`), at most one of each kind
 * per place. `version` grows by one with every change, so an edit made on a stale copy is refused.
 */
export const partyCentres = pgTable(
  'party_centres',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    villageId: uuid(),
    townshipId: uuid(),
    kind: partyCentreKind().notNull(),
    name: text().notNull(),
    services: partyCentreService().array().notNull().default(sql`'{}'`),
    address: text(),
    openingHours: text(),
    personInCharge: text(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.villageId, t.kind),
    unique().on(t.tenantId, t.townshipId, t.kind),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    foreignKey({
      columns: [t.tenantId, t.townshipId],
      foreignColumns: [townships.tenantId, townships.id],
    }),
    index().on(t.tenantId, t.kind),
    check('party_centres_one_place', sql`(${t.villageId} is null) <> (${t.townshipId} is null)`),
  ],
);

/** A stored centre. */
export type PartyCentre = typeof partyCentres.$inferSelect;
