import type { Database } from '@cunshe/db';
import {
  partyActivities,
  partyCentres,
  partyMembers,
  partyOrganizations,
  villageCommittees,
} from '@cunshe/db/schema';
import { createTestDatabase } from '@cunshe/db/testing';
import { importDivisions, onboardCounty } from '@cunshe/divisions';
import {
  createPersonalDataProtector,
  generatePersonalDataKey,
  parseResidentIdNumber,
} from '@cunshe/personal-data';
import { isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cadreRatios } from '../committees/cadre-ratios';
import { meetingStatus } from '../meetings/meeting-status';
import { idNumberContext } from '../personal-data';
import { seedPartyDemo } from './seed-party-demo';

let database: Database;
let tenantId: string;
const protector = createPersonalDataProtector(generatePersonalDataKey());
const lines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  await importDivisions(database, { prefixes: ['3610'] });
  tenantId = (await onboardCounty(database, { code: '361003' })).tenantId;
  await seedPartyDemo(database, { tenantId, protector, report: (line) => lines.push(line) });
}, 300_000);

afterAll(() => database.close());

describe('the party demo of the four pilot villages', () => {
  it('gives each pilot a branch, both committees and members of every category with checksum-valid fictional IDs', async () => {
    expect(lines[0]).toBe('party organization seeded in 新建村、潭江村、上杨村、陈桥村');
    expect(lines[1]).toMatch(/^party centres seeded in (\S+村、){3}\S+村(、\S+)+$/);
    const { organizations, committees, members } = await database.withTenant(tenantId, async (tx) => ({
      organizations: await tx.select().from(partyOrganizations),
      committees: await tx.select().from(villageCommittees),
      members: await tx.select().from(partyMembers),
    }));
    const villageIds = new Set(organizations.filter((o) => o.kind === 'branch').map((o) => o.villageId));
    expect(villageIds.size).toBe(4);
    expect(
      organizations
        .filter((o) => o.kind === 'association-branch')
        .map((o) => o.name)
        .sort(),
    ).toEqual(['民营经济协会党支部', '生猪协会党支部', '蚕桑协会党支部'].sort());
    expect(committees).toHaveLength(8);
    for (const villageId of villageIds) {
      const categories = new Set(members.filter((m) => m.villageId === villageId).map((m) => m.category));
      expect([...categories].sort()).toEqual(['floating', 'in-service', 'resident', 'unemployed']);
    }
    for (const member of members) {
      const idNumber = protector.decrypt(member.idNumberSealed, idNumberContext(tenantId));
      expect(parseResidentIdNumber(idNumber).isValid, member.name).toBe(true);
    }
    expect(new Set(members.map((m) => m.idNumberHash)).size).toBe(members.length);
  });

  it('shows 一肩挑 in two villages, cross-appointments, and an overdue meeting', async () => {
    const ratios = await database.withTenant(tenantId, (tx) => cadreRatios(tx, { tenantId }));
    expect(ratios).toMatchObject({ villagesWithBothHeads: 4, oneShoulderVillages: 2, oneShoulderRatio: 0.5 });
    expect(ratios.crossAppointedCount).toBeGreaterThanOrEqual(4);
    const status = await database.withTenant(tenantId, (tx) => meetingStatus(tx, { tenantId }));
    expect(status.some((s) => s.isOverdue)).toBe(true);
  });

  it('gives each pilot its activity and service centres, and each pilot’s township its education centre', async () => {
    const { centres, linked } = await database.withTenant(tenantId, async (tx) => ({
      centres: await tx.select().from(partyCentres),
      linked: await tx.select().from(partyActivities).where(isNotNull(partyActivities.centreId)),
    }));
    const ofVillages = centres.filter((c) => c.villageId);
    expect(new Set(ofVillages.map((c) => c.villageId)).size).toBe(4);
    expect(ofVillages.map((c) => c.kind).sort()).toEqual([
      ...Array(4).fill('activity'),
      ...Array(4).fill('service'),
    ]);
    const ofTownships = centres.filter((c) => c.townshipId);
    expect(ofTownships.length).toBeGreaterThanOrEqual(1);
    expect(ofTownships.every((c) => c.kind === 'education-training')).toBe(true);
    expect(centres.find((c) => c.kind === 'service')?.services).toEqual([
      'civil-affairs',
      'employment',
      'legal-advice',
      'housekeeping',
    ]);
    expect(linked).toHaveLength(4);
  });

  it('changes nothing when run again', async () => {
    const count = () =>
      database.withTenant(tenantId, async (tx) => (await tx.select().from(partyMembers)).length);
    const before = await count();
    await seedPartyDemo(database, { tenantId, protector, report: (line) => lines.push(line) });
    expect(await count()).toBe(before);
    const centres = await database.withTenant(
      tenantId,
      async (tx) => (await tx.select().from(partyCentres)).length,
    );
    expect(centres).toBeGreaterThanOrEqual(9);
    expect(lines).toHaveLength(2);
  });
});
