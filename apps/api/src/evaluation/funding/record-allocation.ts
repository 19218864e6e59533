import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { equipmentAllocations, fundingAllocations } from '@cunshe/db/schema';
import type { AssessedVillage } from '../evaluation-scope';
import { fenOf } from './money';

/** A special allocation of money: yuan to the fen, purpose, source, date and approver. */
export interface FundingInput {
  amountYuan: string;
  purpose: string;
  source?: string | null | undefined;
  allocatedOn: string;
  approver: string;
}

/** Equipment sent: what, how many, when. */
export interface EquipmentInput {
  item: string;
  quantity: number;
  sentOn: string;
  note?: string | null | undefined;
}

/** Records money or equipment allocated to a village (audited `funding.allocated` / `equipment.sent`). */
export async function recordAllocation(
  tx: Tx,
  input: {
    tenantId: string;
    village: AssessedVillage;
    allocation: ({ kind: 'funding' } & FundingInput) | ({ kind: 'equipment' } & EquipmentInput);
    actor: AuditActor | null;
    requestId?: string | undefined;
  },
): Promise<string> {
  const { tenantId, village, allocation } = input;
  const [row] =
    allocation.kind === 'funding'
      ? await tx
          .insert(fundingAllocations)
          .values({
            tenantId,
            villageId: village.id,
            amountFen: fenOf(allocation.amountYuan),
            purpose: allocation.purpose,
            source: allocation.source ?? null,
            allocatedOn: allocation.allocatedOn,
            approver: allocation.approver,
          })
          .returning({ id: fundingAllocations.id })
      : await tx
          .insert(equipmentAllocations)
          .values({
            tenantId,
            villageId: village.id,
            item: allocation.item,
            quantity: allocation.quantity,
            sentOn: allocation.sentOn,
            note: allocation.note ?? null,
          })
          .returning({ id: equipmentAllocations.id });
  if (!row) throw new Error('insert returned no row');
  await recordAudit(tx, {
    tenantId,
    actor: input.actor,
    action: allocation.kind === 'funding' ? 'funding.allocated' : 'equipment.sent',
    entity: allocation.kind === 'funding' ? 'funding-allocation' : 'equipment-allocation',
    entityId: row.id,
    after: { village: village.name, ...allocation },
    requestId: input.requestId,
  });
  return row.id;
}
