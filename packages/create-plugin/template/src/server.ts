import { defineForm, definePlugin, fields, InputError } from '@cunshe/plugin-sdk';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { createMembers, members } from './members';

/** The membership application (入会申请): one zod schema validates it and renders it. */
export const joinForm = defineForm({
  key: 'join',
  version: 1,
  title: { 'zh-CN': '入会申请', en: 'Membership application' },
  station: '__id__',
  schema: z.object({ name: fields.text({ minLength: 1, maxLength: 40 }), mobile: fields.mobile() }),
  labels: { name: { 'zh-CN': '姓名', en: 'Name' }, mobile: { 'zh-CN': '手机号', en: 'Mobile' } },
});

/** __name_zh__ (__name_en__): an association with its own party branch, its members and a join form. */
export const __camel__Plugin = definePlugin({
  id: '__id__',
  version: '0.1.0',
  name: { 'zh-CN': '__name_zh__', en: '__name_en__' },
  villageTypes: 'any',
  hostApi: '^1.0.0',
  settings: z.object({ meetingDay: z.string().min(1).default('每月1日') }),
  serviceStations: [
    {
      key: '__id__-desk',
      name: { 'zh-CN': '__name_zh__服务点', en: '__name_en__ desk' },
      category: 'convenience-point',
      services: [{ key: 'advice', name: { 'zh-CN': '技术咨询', en: 'Technical advice' } }],
    },
  ],
  associations: [
    {
      key: '__id__',
      name: { 'zh-CN': '__name_zh__', en: '__name_en__' },
      hasPartyBranch: true,
      services: [{ key: 'training', name: { 'zh-CN': '技术培训', en: 'Training' } }],
    },
  ],
  forms: [joinForm],
  permissions: [
    {
      action: 'manage-members',
      description: { 'zh-CN': '管理会员', en: 'Manage members' },
      roles: ['village-admin', 'station-staff'],
    },
  ],
  tables: { tables: [members], migrations: [{ name: '0001_members', sql: createMembers }] },
  navigation: [{ path: '/', label: { 'zh-CN': '__name_zh__', en: '__name_en__' } }],
  routes: (app) => {
    app.get('/villages/:villageId/members', async (c) => {
      const villageId = c.req.param('villageId');
      const settings = await c.var.cunshe.settingsFor(villageId);
      const items = await c.var.cunshe.withTenant((tx) =>
        tx
          .select({ id: members.id, name: members.name, joinedAt: members.joinedAt })
          .from(members)
          .where(eq(members.villageId, villageId))
          .orderBy(desc(members.joinedAt)),
      );
      return c.json({ meetingDay: settings.meetingDay, items });
    });
    app.post('/villages/:villageId/members', async (c) => {
      const villageId = c.req.param('villageId');
      await c.var.cunshe.settingsFor(villageId);
      if (!c.var.cunshe.can('manage-members')) return c.json({ title: 'Forbidden', status: 403 }, 403);
      const parsed = joinForm.schema.safeParse(await c.req.json());
      if (!parsed.success) {
        throw new InputError(
          'The application has invalid fields.',
          parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
        );
      }
      const { tenantId } = c.var.cunshe.user;
      const member = await c.var.cunshe.withTenant(async (tx) => {
        const [row] = await tx
          .insert(members)
          .values({ tenantId, villageId, ...parsed.data })
          .returning({ id: members.id, name: members.name });
        await c.var.cunshe.audit(tx, {
          action: 'member.joined',
          entity: 'member',
          entityId: row?.id,
          after: row,
        });
        return row;
      });
      return c.json(member, 201);
    });
  },
});

export default __camel__Plugin;
