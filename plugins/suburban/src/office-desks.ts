import { fields, type PluginTx } from '@cunshe/plugin-sdk';
import { and, eq } from 'drizzle-orm';
import { pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { OFFICE_KEYS, type OfficeKey } from './catalogue';

/** Where each office of the committee building sits in a village, and who is on duty there. */
export const officeDesks = pgTable(
  'suburban_office_desks',
  {
    tenantId: uuid().notNull(),
    villageId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    officeKey: text({ enum: OFFICE_KEYS }).notNull(),
    room: text().notNull(),
    onDuty: text().notNull(),
    phone: text(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), unique().on(t.tenantId, t.villageId, t.officeKey)],
);

/** An office's room and person on duty. */
export const deskInput = z.object({
  room: fields.text({ maxLength: 40 }),
  onDuty: fields.text({ maxLength: 40 }),
  phone: fields.text({ maxLength: 20 }).nullable().optional(),
});

/** The desks of the village's offices. */
export function desksOf(tx: PluginTx, scope: { tenantId: string; villageId: string }) {
  return tx
    .select({
      officeKey: officeDesks.officeKey,
      room: officeDesks.room,
      onDuty: officeDesks.onDuty,
      phone: officeDesks.phone,
    })
    .from(officeDesks)
    .where(and(eq(officeDesks.tenantId, scope.tenantId), eq(officeDesks.villageId, scope.villageId)));
}

/** Sets an office's room and person on duty in the village (one desk per office). */
export async function setDesk(
  tx: PluginTx,
  input: { tenantId: string; villageId: string; officeKey: OfficeKey; desk: z.output<typeof deskInput> },
) {
  const values = { ...input.desk, phone: input.desk.phone ?? null, updatedAt: new Date() };
  const [row] = await tx
    .insert(officeDesks)
    .values({ tenantId: input.tenantId, villageId: input.villageId, officeKey: input.officeKey, ...values })
    .onConflictDoUpdate({
      target: [officeDesks.tenantId, officeDesks.villageId, officeDesks.officeKey],
      set: values,
    })
    .returning({
      officeKey: officeDesks.officeKey,
      room: officeDesks.room,
      onDuty: officeDesks.onDuty,
      phone: officeDesks.phone,
    });
  if (!row) throw new Error('setDesk: no row');
  return row;
}
