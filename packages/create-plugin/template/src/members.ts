import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The association's members, per village. Every plugin table carries `tenant_id` and `village_id` and is
 * named `<plugin id with _>_<name>`; the host fences it with forced row-level security.
 */
export const members = pgTable(
  '__table___members',
  {
    tenantId: uuid().notNull(),
    villageId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    name: text().notNull(),
    mobile: text().notNull(),
    joinedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/**
 * The SQL that creates {@link members}; applied once by the host and recorded, so never edit it once shipped.
 * Statements are separated by `--> statement-breakpoint`, as drizzle-kit writes them.
 */
export const createMembers = `
create table __table___members (
  tenant_id uuid not null,
  village_id uuid not null,
  id uuid not null default gen_random_uuid(),
  name text not null,
  mobile text not null,
  joined_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
--> statement-breakpoint
create index __table___members_village on __table___members (tenant_id, village_id, joined_at);
`;
