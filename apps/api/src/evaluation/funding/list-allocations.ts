import type { Tx } from '@cunshe/db';
import { equipmentAllocations, fundingAllocations, townships, villages } from '@cunshe/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import { type PartyScope, villageInScope } from '../../party/party-scope';
import { yuanOf } from './money';

/** The allocations of a scope, newest first, with per-village totals and the scope's total. */
export interface AllocationReport {
  funding: {
    id: string;
    villageId: string;
    villageName: string;
    townshipName: string;
    amountYuan: string;
    amountFen: number;
    purpose: string;
    source: string | null;
    allocatedOn: string;
    approver: string;
  }[];
  equipment: {
    id: string;
    villageId: string;
    villageName: string;
    item: string;
    quantity: number;
    sentOn: string;
    note: string | null;
  }[];
  villageTotals: {
    villageId: string;
    villageName: string;
    fundingFen: number;
    fundingYuan: string;
    equipmentQuantity: number;
  }[];
  totalFen: number;
  totalYuan: string;
  totalEquipmentQuantity: number;
}

/** Every funding and equipment allocation of the villages of a scope, and their totals (exact, in fen). */
export async function listAllocations(tx: Tx, scope: PartyScope): Promise<AllocationReport> {
  const { tenantId } = scope;
  const villageJoin = (column: typeof fundingAllocations.villageId | typeof equipmentAllocations.villageId) =>
    and(eq(villages.tenantId, tenantId), eq(villages.id, column));
  const funding = await tx
    .select({
      id: fundingAllocations.id,
      villageId: fundingAllocations.villageId,
      villageName: villages.name,
      townshipName: townships.name,
      amountFen: fundingAllocations.amountFen,
      purpose: fundingAllocations.purpose,
      source: fundingAllocations.source,
      allocatedOn: fundingAllocations.allocatedOn,
      approver: fundingAllocations.approver,
    })
    .from(fundingAllocations)
    .innerJoin(villages, villageJoin(fundingAllocations.villageId))
    .innerJoin(townships, and(eq(townships.tenantId, tenantId), eq(townships.id, villages.townshipId)))
    .where(
      and(eq(fundingAllocations.tenantId, tenantId), villageInScope(fundingAllocations.villageId, scope)),
    )
    .orderBy(desc(fundingAllocations.allocatedOn), desc(fundingAllocations.createdAt));
  const equipment = await tx
    .select({
      id: equipmentAllocations.id,
      villageId: equipmentAllocations.villageId,
      villageName: villages.name,
      item: equipmentAllocations.item,
      quantity: equipmentAllocations.quantity,
      sentOn: equipmentAllocations.sentOn,
      note: equipmentAllocations.note,
    })
    .from(equipmentAllocations)
    .innerJoin(villages, villageJoin(equipmentAllocations.villageId))
    .where(
      and(eq(equipmentAllocations.tenantId, tenantId), villageInScope(equipmentAllocations.villageId, scope)),
    )
    .orderBy(desc(equipmentAllocations.sentOn), desc(equipmentAllocations.createdAt));
  const totals = new Map<string, AllocationReport['villageTotals'][number]>();
  const totalOf = (villageId: string, villageName: string) => {
    const found = totals.get(villageId) ?? {
      villageId,
      villageName,
      fundingFen: 0,
      fundingYuan: '0.00',
      equipmentQuantity: 0,
    };
    totals.set(villageId, found);
    return found;
  };
  for (const row of funding) totalOf(row.villageId, row.villageName).fundingFen += row.amountFen;
  for (const row of equipment) totalOf(row.villageId, row.villageName).equipmentQuantity += row.quantity;
  const villageTotals = [...totals.values()].map((t) => ({ ...t, fundingYuan: yuanOf(t.fundingFen) }));
  const totalFen = funding.reduce((sum, row) => sum + row.amountFen, 0);
  return {
    funding: funding.map((row) => ({ ...row, amountYuan: yuanOf(row.amountFen) })),
    equipment,
    villageTotals,
    totalFen,
    totalYuan: yuanOf(totalFen),
    totalEquipmentQuantity: equipment.reduce((sum, row) => sum + row.quantity, 0),
  };
}
