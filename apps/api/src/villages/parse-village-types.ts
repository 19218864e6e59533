import { type VillageType, villageTypes } from '@cunshe/db/schema';
import { InputError } from '@cunshe/errors';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** One data row of an uploaded `code,type` sheet; `line` is its 1-based line in the file (header is 1). */
export interface VillageTypeRow {
  line: number;
  code: string;
  type: VillageType | null;
}

/** A row of the upload that cannot be applied, and why. */
export interface VillageTypeRowError {
  line: number;
  code: string;
  message: string;
}

/** Type names a county may write in its sheet: the code names and the seed's Chinese names. */
const TYPE_ALIASES: Record<string, VillageType | null> = {
  ...Object.fromEntries(villageTypes.map((type) => [type, type])),
  工业型: 'industrial',
  产业型: 'industry-chain',
  城郊型: 'suburban',
  集镇型: 'market-town',
  none: null,
  无: null,
  '': null,
};

function rowsFromTable(table: string[][]): { rows: VillageTypeRow[]; errors: VillageTypeRowError[] } {
  const [header, ...body] = table;
  const columns = (header ?? []).map((cell) => cell.trim().toLowerCase());
  const codeAt = columns.indexOf('code');
  const typeAt = columns.indexOf('type');
  if (codeAt < 0 || typeAt < 0) {
    throw new InputError('The first row must name the columns code and type.', [
      { path: 'file', message: 'missing header row "code,type"' },
    ]);
  }
  const rows: VillageTypeRow[] = [];
  const errors: VillageTypeRowError[] = [];
  body.forEach((cells, index) => {
    const line = index + 2;
    const code = (cells[codeAt] ?? '').trim();
    const typeText = (cells[typeAt] ?? '').trim();
    if (!code && !typeText) return;
    if (!/^\d{12}$/.test(code)) {
      errors.push({ line, code, message: 'code must be a 12-digit village code' });
      return;
    }
    const type = TYPE_ALIASES[typeText.toLowerCase()];
    if (type === undefined) {
      errors.push({ line, code, message: `unknown type "${typeText}" (${villageTypes.join(', ')}, none)` });
      return;
    }
    rows.push({ line, code, type });
  });
  return { rows, errors };
}

/**
 * Reads an uploaded sheet of `code,type` rows, CSV (UTF-8, with or without BOM) or .xlsx (first sheet).
 * Types may be the code names or the seed's names (工业型 …); `none`/empty clears the type.
 * @returns the valid rows and a row-by-row list of the invalid ones.
 * @throws InputError (field `file`) when the file cannot be read or has no `code,type` header.
 */
export async function parseVillageTypes(file: {
  name: string;
  content: Buffer;
}): Promise<{ rows: VillageTypeRow[]; errors: VillageTypeRowError[] }> {
  if (file.name.toLowerCase().endsWith('.xlsx')) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(file.content as unknown as ArrayBuffer);
    } catch {
      throw new InputError('The file is not a readable .xlsx workbook.', [
        { path: 'file', message: 'not a readable .xlsx workbook' },
      ]);
    }
    const sheet = workbook.worksheets[0];
    const table: string[][] = [];
    sheet?.eachRow({ includeEmpty: true }, (row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      table.push(values.map((value) => (value === null || value === undefined ? '' : String(value))));
    });
    return rowsFromTable(table);
  }
  try {
    const table = parse(file.content, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
    return rowsFromTable(table);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('The file is not readable CSV.', [{ path: 'file', message: String(error) }]);
  }
}
