import { index, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { tenants } from './tenants';

/**
 * The API keys a county admin issues so that other systems can file service requests through the county's
 * Open311 GeoReport v2 door (docs/open311.md). A key's scope is its county. Only the SHA-256 of the secret
 * is kept (the secret is shown once when issued), so a leaked row gives no usable key; a revoked key stays
 * listed with when it was revoked.
 */
export const open311ApiKeys = pgTable(
  'open311_api_keys',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    /** What the key is for, e.g. the 12345 hotline's system. */
    name: text().notNull(),
    /** SHA-256 of the secret, lowercase hex. */
    secretHash: text().notNull(),
    /** The secret's last four characters, so an admin can tell keys apart. */
    secretHint: text().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdByName: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.secretHash),
    index().on(t.tenantId, t.createdAt),
  ],
);

export type Open311ApiKey = typeof open311ApiKeys.$inferSelect;
export type NewOpen311ApiKey = typeof open311ApiKeys.$inferInsert;
