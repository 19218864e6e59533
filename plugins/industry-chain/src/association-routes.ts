import { NotFoundError, type PluginApp } from '@cunshe/plugin-sdk';
import { z } from 'zod';
import {
  addBranchMember,
  branchMemberChange,
  branchMemberInput,
  changeBranchMember,
  listBranchMembers,
  removeBranchMember,
} from './branch-members';
import {
  ASSOCIATIONS,
  type AssociationKey,
  associationOf,
  BRANCH_KEYS,
  type BranchKey,
  type ChainAssociation,
} from './catalogue';
import { industryChainForms } from './forms';
import {
  addMember,
  changeMember,
  listMembers,
  memberChange,
  memberCounts,
  memberInput,
  memberOverview,
  officers,
} from './members';
import { assertCan, idOf, jsonBody, pageQuery, parseInput, villageOf } from './route-kit';
import type { IndustryChainSettings } from './settings';

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const memberQuery = pageQuery.extend({ isOfficer: flag.optional(), hasLeft: flag.optional() });

/**
 * The association of the path.
 * @throws NotFoundError for a key that names no association.
 */
function associationParam(raw: string): ChainAssociation & { key: AssociationKey } {
  const association = associationOf(raw);
  if (!association) throw new NotFoundError(`No association ${raw}.`);
  return association;
}
/**
 * The association of the path, which must have its own party branch.
 * @throws NotFoundError otherwise (实用技术人才协会 has none).
 */
function branchParam(raw: string): BranchKey {
  const key = BRANCH_KEYS.find((branch) => branch === raw);
  if (!key) throw new NotFoundError(`The association ${raw} has no party branch of its own.`);
  return key;
}
const audited = (
  row: { id: string; name: string; associationKey: string },
  extra: Record<string, unknown>,
) => ({
  id: row.id,
  name: row.name,
  associationKey: row.associationKey,
  ...extra,
});

/** The associations, their members and officers, and their party branches (`/villages/:villageId/associations…`). */
export function associationRoutes(app: PluginApp<IndustryChainSettings>): void {
  app.get('/villages/:villageId/associations', async (c) => {
    const { cunshe } = c.var;
    const { villageId, settings } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const scope = { tenantId: cunshe.user.tenantId, villageId };
    const { counts, leaders, branch } = await cunshe.withTenant(async (tx) => ({
      counts: await memberCounts(tx, scope),
      leaders: await officers(tx, scope),
      branch: await listBranchMembers(tx, scope),
    }));
    const items = ASSOCIATIONS.map((association) => ({
      ...association,
      memberCount: counts.get(association.key) ?? 0,
      officers: leaders.filter((m) => m.associationKey === association.key).map(memberOverview),
      branchMembers: association.hasPartyBranch
        ? branch.items
            .filter((m) => m.associationKey === association.key)
            .map(({ id, name, post }) => ({ id, name, post }))
        : [],
      forms: industryChainForms
        .filter((form) => form.station === association.key)
        .map(({ key, version, title }) => ({ key, version, title })),
    }));
    return c.json({
      items,
      meetingDay: settings.meetingDay,
      helpDesk: settings.helpDesk,
      annualFeeFen: settings.annualFeeFen,
    });
  });

  app.get('/villages/:villageId/associations/:associationKey/members', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const association = associationParam(c.req.param('associationKey'));
    const query = parseInput(memberQuery, c.req.query());
    const result = await cunshe.withTenant((tx) =>
      listMembers(tx, {
        tenantId: cunshe.user.tenantId,
        villageId,
        associationKey: association.key,
        ...query,
      }),
    );
    return c.json({ ...result, page: query.page, pageSize: query.pageSize });
  });

  app.post('/villages/:villageId/associations/:associationKey/members', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-members');
    const association = associationParam(c.req.param('associationKey'));
    const member = parseInput(memberInput, await jsonBody(c.req));
    const row = await cunshe.withTenant(async (tx) => {
      const added = await addMember(tx, {
        tenantId: cunshe.user.tenantId,
        villageId,
        associationKey: association.key,
        member,
      });
      await cunshe.audit(tx, {
        action: 'member.joined',
        entity: 'association-member',
        entityId: added.id,
        after: audited(added, { officerTitle: added.officerTitle, joinedOn: added.joinedOn }),
      });
      return added;
    });
    return c.json(row, 201);
  });

  app.patch('/villages/:villageId/members/:memberId', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-members');
    const id = idOf(c.req.param('memberId'), 'member');
    const change = parseInput(memberChange, await jsonBody(c.req));
    const row = await cunshe.withTenant(async (tx) => {
      const result = await changeMember(tx, { tenantId: cunshe.user.tenantId, villageId, id, change });
      if (!result) throw new NotFoundError(`No member ${id} in this village.`);
      const { before, after } = result;
      await cunshe.audit(tx, {
        action: after.leftOn && !before.leftOn ? 'member.left' : 'member.changed',
        entity: 'association-member',
        entityId: id,
        before: audited(before, { officerTitle: before.officerTitle, leftOn: before.leftOn }),
        after: audited(after, { officerTitle: after.officerTitle, leftOn: after.leftOn }),
      });
      return after;
    });
    return c.json(row);
  });

  app.get('/villages/:villageId/associations/:associationKey/branch-members', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const associationKey = branchParam(c.req.param('associationKey'));
    const result = await cunshe.withTenant((tx) =>
      listBranchMembers(tx, { tenantId: cunshe.user.tenantId, villageId, associationKey }),
    );
    return c.json({ ...result, page: 1, pageSize: result.total });
  });

  app.post('/villages/:villageId/associations/:associationKey/branch-members', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-branches');
    const associationKey = branchParam(c.req.param('associationKey'));
    const member = parseInput(branchMemberInput, await jsonBody(c.req));
    const row = await cunshe.withTenant(async (tx) => {
      const added = await addBranchMember(tx, {
        tenantId: cunshe.user.tenantId,
        villageId,
        associationKey,
        member,
      });
      await cunshe.audit(tx, {
        action: 'branch-member.added',
        entity: 'association-branch-member',
        entityId: added.id,
        after: audited(added, { post: added.post }),
      });
      return added;
    });
    return c.json(row, 201);
  });

  app.patch('/villages/:villageId/branch-members/:branchMemberId', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-branches');
    const id = idOf(c.req.param('branchMemberId'), 'branch member');
    const change = parseInput(branchMemberChange, await jsonBody(c.req));
    const row = await cunshe.withTenant(async (tx) => {
      const changed = await changeBranchMember(tx, { tenantId: cunshe.user.tenantId, villageId, id, change });
      if (!changed) throw new NotFoundError(`No branch member ${id} in this village.`);
      await cunshe.audit(tx, {
        action: 'branch-member.changed',
        entity: 'association-branch-member',
        entityId: id,
        after: audited(changed, { post: changed.post }),
      });
      return changed;
    });
    return c.json(row);
  });

  app.delete('/villages/:villageId/branch-members/:branchMemberId', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-branches');
    const id = idOf(c.req.param('branchMemberId'), 'branch member');
    await cunshe.withTenant(async (tx) => {
      const removed = await removeBranchMember(tx, { tenantId: cunshe.user.tenantId, villageId, id });
      if (!removed) throw new NotFoundError(`No branch member ${id} in this village.`);
      await cunshe.audit(tx, {
        action: 'branch-member.removed',
        entity: 'association-branch-member',
        entityId: id,
        before: audited(removed, { post: removed.post }),
      });
    });
    return c.body(null, 204);
  });
}
