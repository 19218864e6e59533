import {
  boolean,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenants } from './tenants';
import { townships, villages } from './villages';

/**
 * Roles scoped to the geography. `platform-operator` has no county; `township-admin` one township;
 * `village-admin` and `station-staff` one village; `viewer` reads its scope only.
 */
export const userRole = pgEnum('user_role', [
  'platform-operator',
  'county-admin',
  'township-admin',
  'village-admin',
  'station-staff',
  'viewer',
]);

/** Values of {@link userRole}. */
export const userRoles = userRole.enumValues;
/** One of the scoped roles. */
export type UserRole = (typeof userRoles)[number];

/**
 * Accounts. `tenantId` is null only for platform operators. Login names are unique across the platform,
 * so the login lookup runs in the platform scope (see `withPlatform`) before any tenant is known.
 */
export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid().references(() => tenants.id),
    username: text().notNull().unique(),
    mobile: text().unique(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    role: userRole().notNull(),
    townshipId: uuid(),
    villageId: uuid(),
    mustChangePassword: boolean().notNull().default(false),
    isDisabled: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.tenantId),
    foreignKey({
      columns: [t.tenantId, t.townshipId],
      foreignColumns: [townships.tenantId, townships.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.villageId],
      foreignColumns: [villages.tenantId, villages.id],
    }),
  ],
);

/**
 * Sessions the Lucia way: `id` is the hex SHA-256 of the token in the cookie, never the token itself.
 * `expiresAt` slides with use; `absoluteExpiresAt` never moves.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tenantId: uuid().references(() => tenants.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    absoluteExpiresAt: timestamp({ withTimezone: true }).notNull(),
    userAgent: text(),
    ipAddress: text(),
  },
  (t) => [index().on(t.userId)],
);

/** Failed-login counters per account or per client address, for growing delays. Platform table. */
export const loginThrottles = pgTable('login_throttles', {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  lockedUntil: timestamp({ withTimezone: true }).notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Permissions (e.g. plugin permissions `<plugin-id>:<action>`) granted by a county admin to a role. */
export const rolePermissions = pgTable(
  'role_permissions',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    role: userRole().notNull(),
    permission: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.role, t.permission] })],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;
