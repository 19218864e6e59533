import { PassThrough, Readable } from 'node:stream';
import { fieldsOf } from '@cunshe/forms';
import ExcelJS from 'exceljs';
import type { Logger } from 'pino';
import { LEDGER_COLUMNS, type LedgerEntry } from './ledger-entries';
import { neutralizeCell } from './neutralize-cell';

const WIDTHS: Partial<Record<(typeof LEDGER_COLUMNS)[number][0], number>> = {
  number: 11,
  village: 12,
  form: 22,
  formVersion: 9,
  villagerName: 10,
  villagerPhone: 14,
  submittedAt: 17,
  dueAt: 17,
  closedAt: 17,
  rejectionReason: 20,
  summary: 60,
};

const cell = (value: string | number) => (typeof value === 'number' ? value : neutralizeCell(value));

/** A worksheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique in the book. */
function sheetName(title: string, version: number, taken: Set<string>): string {
  const base = `${title.replace(/[[\]:*?/\\]/g, ' ')}`.slice(0, 24);
  let name = `${base} v${version}`;
  for (let n = 2; taken.has(name); n++) name = `${base} v${version}-${n}`;
  taken.add(name);
  return name;
}

/**
 * A ledger as .xlsx: a sheet 台账 with one row per request (Chinese headers, text cells neutralised against
 * formulas), then one sheet per form version with its own fields as columns, read with that version's labels,
 * so an old version's requests export as they were filed. Every text cell is a string cell, so an ID number
 * stays 18 characters of text. Streams as the entries come (exceljs's streaming writer).
 */
export function ledgerXlsx(
  entries: AsyncIterable<LedgerEntry[]>,
  logger: Logger,
): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  workbook.creator = '村社';
  const main = workbook.addWorksheet('台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  main.columns = LEDGER_COLUMNS.map(([key, header]) => ({ key, header, width: WIDTHS[key] ?? 12 }));
  main.getRow(1).font = { bold: true };
  main.getRow(1).commit();
  const formSheets = new Map<string, ExcelJS.Worksheet>();
  const taken = new Set(['台账']);

  const write = async () => {
    for await (const batch of entries) {
      for (const entry of batch) {
        const row = main.addRow(LEDGER_COLUMNS.map(([key]) => cell(entry.cells[key])));
        row.getCell('summary').alignment = { wrapText: true, vertical: 'top' };
        row.commit();
        let sheet = formSheets.get(entry.formVersionKey);
        if (!sheet) {
          const { document } = entry;
          sheet = workbook.addWorksheet(sheetName(document.title['zh-CN'], document.version, taken));
          sheet.columns = [
            { header: '受理编号', key: 'number', width: 11 },
            { header: '村', key: 'village', width: 12 },
            { header: '村民姓名', key: 'villagerName', width: 10 },
            { header: '状态', key: 'status', width: 8 },
            { header: '提交时间', key: 'submittedAt', width: 17 },
            ...fieldColumns(entry),
          ];
          sheet.getRow(1).font = { bold: true };
          sheet.getRow(1).commit();
          formSheets.set(entry.formVersionKey, sheet);
        }
        const values: Record<string, string | number> = {
          number: entry.cells.number,
          village: entry.cells.village,
          villagerName: cell(entry.cells.villagerName),
          status: entry.cells.status,
          submittedAt: entry.cells.submittedAt,
        };
        for (const { field, text } of entry.fields) values[`field:${field.path}`] = cell(text);
        sheet.addRow(values).commit();
      }
    }
    await workbook.commit();
  };
  write().catch((error: unknown) => {
    logger.error({ err: error }, 'ledger export failed');
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

/** The columns of a form version's own fields, text-formatted so a number-like answer stays as typed. */
function fieldColumns(entry: LedgerEntry): Partial<ExcelJS.Column>[] {
  return fieldsOf(entry.document, entry.document.jsonSchema).map((field) => ({
    header: field.label['zh-CN'],
    key: `field:${field.path}`,
    width: field.meta?.kind === 'resident-id' ? 20 : field.meta?.kind === 'group' ? 40 : 14,
    style: { numFmt: '@' },
  }));
}
