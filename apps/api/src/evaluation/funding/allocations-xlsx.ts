import ExcelJS from 'exceljs';
import { neutralizeCell } from '../../ledgers/neutralize-cell';
import type { AllocationReport } from './list-allocations';

const text = (value: string | null) => neutralizeCell(value ?? '');

/**
 * Allocations as .xlsx: a sheet 资金 (one row per allocation, amounts in yuan as exact two-decimal text,
 * ending with the total), a sheet 设备 (one row per shipment with its total quantity) and a sheet 按村汇总 (the
 * per-village totals). Chinese headers; text cells neutralised against formulas, as the ledgers do.
 */
export async function allocationsXlsx(report: AllocationReport): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '村社';
  const frozen = { views: [{ state: 'frozen' as const, ySplit: 1 }] };
  const funding = workbook.addWorksheet('资金', frozen);
  funding.columns = [
    { header: '拨付日期', key: 'allocatedOn', width: 12 },
    { header: '乡镇', key: 'township', width: 12 },
    { header: '村', key: 'village', width: 12 },
    {
      header: '金额（元）',
      key: 'amount',
      width: 14,
      style: { numFmt: '@', alignment: { horizontal: 'right' } },
    },
    { header: '用途', key: 'purpose', width: 30 },
    { header: '资金来源', key: 'source', width: 14 },
    { header: '审批人', key: 'approver', width: 12 },
  ];
  for (const row of report.funding)
    funding.addRow({
      allocatedOn: row.allocatedOn,
      township: text(row.townshipName),
      village: text(row.villageName),
      amount: row.amountYuan,
      purpose: text(row.purpose),
      source: text(row.source),
      approver: text(row.approver),
    });
  funding.addRow({ allocatedOn: '合计', amount: report.totalYuan }).font = { bold: true };

  const equipment = workbook.addWorksheet('设备', frozen);
  equipment.columns = [
    { header: '发放日期', key: 'sentOn', width: 12 },
    { header: '村', key: 'village', width: 12 },
    { header: '设备', key: 'item', width: 20 },
    { header: '数量', key: 'quantity', width: 8 },
    { header: '备注', key: 'note', width: 30 },
  ];
  for (const row of report.equipment)
    equipment.addRow({
      sentOn: row.sentOn,
      village: text(row.villageName),
      item: text(row.item),
      quantity: row.quantity,
      note: text(row.note),
    });
  equipment.addRow({ sentOn: '合计', quantity: report.totalEquipmentQuantity }).font = { bold: true };

  const totals = workbook.addWorksheet('按村汇总', frozen);
  totals.columns = [
    { header: '村', key: 'village', width: 12 },
    { header: '资金合计（元）', key: 'funding', width: 16, style: { numFmt: '@' } },
    { header: '设备数量', key: 'quantity', width: 10 },
  ];
  for (const row of report.villageTotals)
    totals.addRow({
      village: text(row.villageName),
      funding: row.fundingYuan,
      quantity: row.equipmentQuantity,
    });
  for (const sheet of [funding, equipment, totals]) sheet.getRow(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
