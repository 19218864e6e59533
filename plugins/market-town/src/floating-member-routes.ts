import { NotFoundError, type PluginApp, todayInChina } from '@cunshe/plugin-sdk';
import { z } from 'zod';
import {
  addFloatingRecord,
  changeFloatingMember,
  findFloatingMember,
  floatingMemberChange,
  floatingMemberInput,
  floatingRecordInput,
  listFloatingMembers,
  listFloatingRecords,
  registerFloatingMember,
} from './floating-members';
import { assertCan, idOf, jsonBody, pageQuery, parseInput, villageOf } from './route-kit';
import type { MarketTownSettings } from './settings';

const memberQuery = pageQuery.extend({
  isAway: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .default(true),
});
/** Today in China, for the check-in deadline. */
const audited = (m: {
  id: string;
  name: string;
  destination: string;
  management: string;
  returnedOn: string | null;
}) => ({
  id: m.id,
  name: m.name,
  destination: m.destination,
  management: m.management,
  returnedOn: m.returnedOn,
});

/**
 * The floating party member service point: members registering, checking in from elsewhere, and their
 * activity records (`/villages/:villageId/floating-members`, `…/:memberId/records`).
 */
export function floatingMemberRoutes(app: PluginApp<MarketTownSettings>): void {
  app.get('/villages/:villageId/floating-members', async (c) => {
    const { cunshe } = c.var;
    const { villageId, settings } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const query = parseInput(memberQuery, c.req.query());
    const result = await cunshe.withTenant((tx) =>
      listFloatingMembers(tx, {
        tenantId: cunshe.user.tenantId,
        villageId,
        today: todayInChina(),
        intervalDays: settings.checkInIntervalDays,
        ...query,
      }),
    );
    return c.json({
      ...result,
      page: query.page,
      pageSize: query.pageSize,
      checkInIntervalDays: settings.checkInIntervalDays,
    });
  });

  app.post('/villages/:villageId/floating-members', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-floating-members');
    const member = parseInput(floatingMemberInput, await jsonBody(c.req));
    const row = await cunshe.withTenant(async (tx) => {
      const added = await registerFloatingMember(tx, { tenantId: cunshe.user.tenantId, villageId, member });
      await cunshe.audit(tx, {
        action: 'floating-member.registered',
        entity: 'floating-member',
        entityId: added.id,
        after: audited(added),
      });
      return added;
    });
    return c.json(row, 201);
  });

  app.patch('/villages/:villageId/floating-members/:memberId', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-floating-members');
    const id = idOf(c.req.param('memberId'), 'floating member');
    const change = parseInput(floatingMemberChange, await jsonBody(c.req));
    const row = await cunshe.withTenant(async (tx) => {
      const changed = await changeFloatingMember(tx, {
        tenantId: cunshe.user.tenantId,
        villageId,
        id,
        change,
      });
      if (!changed) throw new NotFoundError(`No floating member ${id} in this village.`);
      await cunshe.audit(tx, {
        action: 'floating-member.changed',
        entity: 'floating-member',
        entityId: id,
        after: audited(changed),
      });
      return changed;
    });
    return c.json(row);
  });

  app.get('/villages/:villageId/floating-members/:memberId/records', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const id = idOf(c.req.param('memberId'), 'floating member');
    const query = parseInput(pageQuery, c.req.query());
    const scope = { tenantId: cunshe.user.tenantId, villageId };
    const result = await cunshe.withTenant(async (tx) => {
      if (!(await findFloatingMember(tx, { ...scope, id })))
        throw new NotFoundError(`No floating member ${id} in this village.`);
      return listFloatingRecords(tx, { ...scope, memberId: id, ...query });
    });
    return c.json({ ...result, page: query.page, pageSize: query.pageSize });
  });

  app.post('/villages/:villageId/floating-members/:memberId/records', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-floating-members');
    const id = idOf(c.req.param('memberId'), 'floating member');
    const record = parseInput(floatingRecordInput, await jsonBody(c.req));
    const scope = { tenantId: cunshe.user.tenantId, villageId };
    const row = await cunshe.withTenant(async (tx) => {
      if (!(await findFloatingMember(tx, { ...scope, id })))
        throw new NotFoundError(`No floating member ${id} in this village.`);
      const added = await addFloatingRecord(tx, {
        ...scope,
        memberId: id,
        record,
        by: cunshe.user.displayName,
      });
      await cunshe.audit(tx, {
        action: `floating-member.${record.kind}`,
        entity: 'floating-member',
        entityId: id,
        after: { kind: added.kind, happenedOn: added.happenedOn, place: added.place },
      });
      return added;
    });
    return c.json(row, 201);
  });
}
