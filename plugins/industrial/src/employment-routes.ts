import { NotFoundError, type PluginApp, todayInChina } from '@cunshe/plugin-sdk';
import { z } from 'zod';
import {
  changeOpening,
  changeSeeker,
  findOpening,
  findSeeker,
  type JobOpening,
  type JobSeeker,
  listOpenings,
  listSeekers,
  openingChange,
  openingInput,
  openOpenings,
  postOpening,
  registerSeeker,
  removeSeeker,
  seekerChange,
  seekerInput,
  seekingSeekers,
} from './employment';
import { matchSeeker } from './matching';
import { assertCan, idOf, jsonBody, pageQuery, parseInput, villageOf } from './route-kit';
import type { IndustrialSettings } from './settings';

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const seekerQuery = pageQuery.extend({ isSeeking: flag.optional() });
const openingQuery = pageQuery.extend({ isOpen: flag.optional() });

/** The year in China, for ages. */
const currentYear = () => Number(todayInChina().slice(0, 4));

/** What an audit entry keeps of a seeker: no mobile number. */
const auditedSeeker = ({ id, name, desiredWork, isSeeking }: JobSeeker) => ({
  id,
  name,
  desiredWork,
  isSeeking,
});
const auditedOpening = ({ id, employer, title, headcount, isOpen }: JobOpening) => ({
  id,
  employer,
  title,
  headcount,
  isOpen,
});

/**
 * The employment point: job seekers (求职登记), openings posted by staff, and matches between them
 * (`/villages/:villageId/job-seekers`, `/villages/:villageId/job-openings`, `…/:id/matches`).
 */
export function employmentRoutes(app: PluginApp<IndustrialSettings>): void {
  app.get('/villages/:villageId/job-seekers', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const query = parseInput(seekerQuery, c.req.query());
    const result = await cunshe.withTenant((tx) =>
      listSeekers(tx, { tenantId: cunshe.user.tenantId, villageId, ...query }),
    );
    return c.json({ ...result, page: query.page, pageSize: query.pageSize });
  });

  app.post('/villages/:villageId/job-seekers', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-employment');
    const seeker = parseInput(seekerInput, await jsonBody(c.req));
    const row = await cunshe.withTenant(async (tx) => {
      const added = await registerSeeker(tx, { tenantId: cunshe.user.tenantId, villageId, seeker });
      await cunshe.audit(tx, {
        action: 'job-seeker.registered',
        entity: 'job-seeker',
        entityId: added.id,
        after: auditedSeeker(added),
      });
      return added;
    });
    return c.json(row, 201);
  });

  app.patch('/villages/:villageId/job-seekers/:seekerId', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-employment');
    const id = idOf(c.req.param('seekerId'), 'job seeker');
    const change = parseInput(seekerChange, await jsonBody(c.req));
    const row = await cunshe.withTenant(async (tx) => {
      const changed = await changeSeeker(tx, { tenantId: cunshe.user.tenantId, villageId, id, change });
      if (!changed) throw new NotFoundError(`No job seeker ${id} in this village.`);
      await cunshe.audit(tx, {
        action: 'job-seeker.changed',
        entity: 'job-seeker',
        entityId: id,
        after: auditedSeeker(changed),
      });
      return changed;
    });
    return c.json(row);
  });

  app.delete('/villages/:villageId/job-seekers/:seekerId', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-employment');
    const id = idOf(c.req.param('seekerId'), 'job seeker');
    await cunshe.withTenant(async (tx) => {
      const removed = await removeSeeker(tx, { tenantId: cunshe.user.tenantId, villageId, id });
      if (!removed) throw new NotFoundError(`No job seeker ${id} in this village.`);
      await cunshe.audit(tx, {
        action: 'job-seeker.removed',
        entity: 'job-seeker',
        entityId: id,
        before: auditedSeeker(removed),
      });
    });
    return c.body(null, 204);
  });

  app.get('/villages/:villageId/job-seekers/:seekerId/matches', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const id = idOf(c.req.param('seekerId'), 'job seeker');
    const scope = { tenantId: cunshe.user.tenantId, villageId };
    const { seeker, openings } = await cunshe.withTenant(async (tx) => ({
      seeker: await findSeeker(tx, { ...scope, id }),
      openings: await openOpenings(tx, scope),
    }));
    if (!seeker) throw new NotFoundError(`No job seeker ${id} in this village.`);
    const year = currentYear();
    const items = openings
      .map((opening) => ({ opening, ...matchSeeker(seeker, opening, year) }))
      .filter((match) => match.isMatch)
      .sort((a, b) => b.score - a.score)
      .map(({ opening, score, reasons }) => ({ opening, score, reasons }));
    return c.json({ seeker, items });
  });

  app.get('/villages/:villageId/job-openings', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const query = parseInput(openingQuery, c.req.query());
    const result = await cunshe.withTenant((tx) =>
      listOpenings(tx, { tenantId: cunshe.user.tenantId, villageId, ...query }),
    );
    return c.json({ ...result, page: query.page, pageSize: query.pageSize });
  });

  app.post('/villages/:villageId/job-openings', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-employment');
    const opening = parseInput(openingInput, await jsonBody(c.req));
    const row = await cunshe.withTenant(async (tx) => {
      const posted = await postOpening(tx, {
        tenantId: cunshe.user.tenantId,
        villageId,
        opening,
        postedBy: cunshe.user,
      });
      await cunshe.audit(tx, {
        action: 'job-opening.posted',
        entity: 'job-opening',
        entityId: posted.id,
        after: auditedOpening(posted),
      });
      return posted;
    });
    return c.json(row, 201);
  });

  app.patch('/villages/:villageId/job-openings/:openingId', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-employment');
    const id = idOf(c.req.param('openingId'), 'job opening');
    const change = parseInput(openingChange, await jsonBody(c.req));
    const scope = { tenantId: cunshe.user.tenantId, villageId };
    const row = await cunshe.withTenant(async (tx) => {
      const before = await findOpening(tx, { ...scope, id });
      if (!before) throw new NotFoundError(`No job opening ${id} in this village.`);
      // The ranges are checked against the stored values the change leaves as they are.
      parseInput(openingInput, { ...before, ...change });
      const after = await changeOpening(tx, { ...scope, id, change });
      if (!after) throw new NotFoundError(`No job opening ${id} in this village.`);
      await cunshe.audit(tx, {
        action: 'job-opening.changed',
        entity: 'job-opening',
        entityId: id,
        before: auditedOpening(before),
        after: auditedOpening(after),
      });
      return after;
    });
    return c.json(row);
  });

  app.get('/villages/:villageId/job-openings/:openingId/matches', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const id = idOf(c.req.param('openingId'), 'job opening');
    const scope = { tenantId: cunshe.user.tenantId, villageId };
    const { opening, seekers } = await cunshe.withTenant(async (tx) => ({
      opening: await findOpening(tx, { ...scope, id }),
      seekers: await seekingSeekers(tx, scope),
    }));
    if (!opening) throw new NotFoundError(`No job opening ${id} in this village.`);
    const year = currentYear();
    const items = seekers
      .map((seeker) => ({ seeker, ...matchSeeker(seeker, opening, year) }))
      .filter((match) => match.isMatch)
      .sort((a, b) => b.score - a.score)
      .map(({ seeker, score, reasons }) => ({ seeker, score, reasons }));
    return c.json({ opening, items });
  });
}
