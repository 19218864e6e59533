import type { FloatingManagementMode, PartyMemberCategory, PartyMemberStatus } from '@cunshe/db/schema';
import type { FieldError } from '@cunshe/errors';
import { InputError } from '@cunshe/errors';
import ExcelJS from 'exceljs';
import type { PartyMemberFields } from './member-fields';

/** A column of the member sheet: the field it fills and its header in the template. */
export interface MemberSheetColumn {
  key: keyof PartyMemberFields | 'organization' | 'group';
  label: string;
  hint: string;
  width: number;
  /** Kept as text in Excel (an 18-digit number would lose its last digits as a number). */
  isText?: boolean;
  /** The values Excel offers in a drop-down. */
  choices?: string[];
}

const CATEGORY_NAMES: Record<PartyMemberCategory, string> = {
  resident: '社区居民党员',
  'in-service': '在职党员',
  unemployed: '下岗失业党员',
  floating: '流动党员',
};
const STATUS_NAMES: Record<PartyMemberStatus, string> = {
  full: '正式党员',
  probationary: '预备党员',
  'transferred-out': '已转出',
  deceased: '已去世',
};
const IMPORTED_STATUS_NAMES = { full: STATUS_NAMES.full, probationary: STATUS_NAMES.probationary };
const MODE_NAMES: Record<FloatingManagementMode, string> = { direct: '直管', joint: '协管', proxy: '代管' };

/** The columns of the member template, in order; the Chinese label or the key may head a column. */
export const memberSheetColumns: MemberSheetColumn[] = [
  {
    key: 'organization',
    label: '党组织',
    hint: '村里的党支部名称；村里只有一个党支部（总支）时可留空',
    width: 18,
  },
  { key: 'group', label: '党小组', hint: '可留空', width: 12 },
  { key: 'name', label: '姓名', hint: '必填', width: 10 },
  { key: 'idNumber', label: '公民身份号码', hint: '必填，18 位，按文本填写', width: 22, isText: true },
  { key: 'phone', label: '手机号码', hint: '可留空；可带 +86、空格或横线', width: 16, isText: true },
  { key: 'category', label: '党员类别', hint: '必填', width: 14, choices: Object.values(CATEGORY_NAMES) },
  {
    key: 'status',
    label: '党员状态',
    hint: '留空为正式党员',
    width: 10,
    choices: Object.values(IMPORTED_STATUS_NAMES),
  },
  { key: 'joinedOn', label: '入党日期', hint: '必填，如 2005-07-01', width: 12 },
  { key: 'employerName', label: '工作单位', hint: '在职党员必填', width: 18 },
  { key: 'employerPartyOrganization', label: '单位党组织', hint: '在职党员必填', width: 18 },
  { key: 'registeredOn', label: '失业登记日期', hint: '下岗失业党员必填', width: 12 },
  { key: 'certificateNumber', label: '流动党员活动证号', hint: '流动党员必填', width: 18, isText: true },
  { key: 'certificateValidFrom', label: '活动证有效期起', hint: '流动党员必填', width: 14 },
  { key: 'certificateValidUntil', label: '活动证有效期止', hint: '流动党员必填', width: 14 },
  { key: 'currentLocation', label: '现在何处', hint: '流动党员必填', width: 18 },
  {
    key: 'managementMode',
    label: '管理方式',
    hint: '流动党员必填',
    width: 10,
    choices: Object.values(MODE_NAMES),
  },
  { key: 'managingOrganizationName', label: '管理党组织', hint: '协管、代管时必填', width: 20 },
];

function aliases<T extends string>(names: Record<T, string>, extra: Record<string, T>): Map<string, T> {
  const map = new Map<string, T>(Object.entries(extra) as [string, T][]);
  for (const [value, name] of Object.entries(names) as [T, string][]) {
    map.set(value, value);
    map.set(name, value);
  }
  return map;
}

const categories = aliases(CATEGORY_NAMES, {
  居民党员: 'resident',
  居民: 'resident',
  在职: 'in-service',
  下岗失业: 'unemployed',
  失业党员: 'unemployed',
  流动: 'floating',
});
const statuses = aliases(IMPORTED_STATUS_NAMES, { 正式: 'full', 预备: 'probationary' });
const modes = aliases(MODE_NAMES, {});

/** One data row of an uploaded member sheet: its line (the header is line 1), fields, and what is wrong. */
export interface MemberSheetRow {
  line: number;
  organization: string;
  group: string;
  fields: PartyMemberFields;
  errors: FieldError[];
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

function dateOf(text: string): string | null {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const iso = `${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/**
 * Reads an uploaded member sheet (.xlsx, first sheet, header in row 1 with the template's labels or the
 * field keys). Each row's values are turned into member fields (Chinese names of categories, statuses and
 * management modes accepted; dates as Excel dates or `2005-07-01`, `2005/7/1`, `2005年7月1日`); what
 * cannot be read is reported per row and field. The fields' own rules are checked later.
 * @throws InputError (field `file`) when the file is not a readable workbook or has no header row.
 */
export async function readMemberSheet(content: Buffer): Promise<MemberSheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new InputError('The file is not a readable .xlsx workbook.', [
      { path: 'file', message: 'not a readable .xlsx workbook' },
    ]);
  }
  const sheet = workbook.worksheets[0];
  const header = sheet?.getRow(1);
  const columnOf = new Map<string, number>();
  header?.eachCell((cell, column) => {
    const text = cellText(cell.value).trim();
    const found = memberSheetColumns.find(
      (c) => c.label === text || c.key.toLowerCase() === text.toLowerCase(),
    );
    if (found) columnOf.set(found.key, column);
  });
  const missing = ['name', 'idNumber', 'category', 'joinedOn'].filter((key) => !columnOf.has(key));
  if (!sheet || missing.length > 0) {
    throw new InputError('The first row must be the template’s header.', [
      {
        path: 'file',
        message: `the header row lacks ${missing.map((k) => memberSheetColumns.find((c) => c.key === k)?.label).join('、')}`,
      },
    ]);
  }
  const rows: MemberSheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    const raw = (key: string) => {
      const column = columnOf.get(key);
      return column ? row.getCell(column).value : null;
    };
    const text = (key: string) => cellText(raw(key)).normalize('NFC').trim();
    if (memberSheetColumns.every((c) => text(c.key) === '')) return;
    const errors: FieldError[] = [];
    const idValue = raw('idNumber');
    if (typeof idValue === 'number') {
      errors.push({
        path: 'idNumber',
        message: 'the ID number was stored as a number and lost digits: format the column as text',
      });
    }
    const date = (key: string) => {
      const value = raw(key);
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      const t = text(key);
      if (!t) return null;
      const iso = dateOf(t);
      if (!iso) errors.push({ path: key, message: `“${t}” is not a date such as 2005-07-01` });
      return iso;
    };
    const choice = <T extends string>(key: string, map: Map<string, T>): T | null => {
      const t = text(key);
      if (!t) return null;
      const value = map.get(t) ?? map.get(t.toLowerCase());
      if (!value)
        errors.push({
          path: key,
          message: `“${t}” is not one of ${[...new Set(map.keys())].filter((k) => /[^ -~]/.test(k)).join('、')}`,
        });
      return value ?? null;
    };
    const category = choice('category', categories);
    if (!category && !errors.some((e) => e.path === 'category')) {
      errors.push({ path: 'category', message: 'the category is required' });
    }
    const joinedOn = date('joinedOn');
    if (!joinedOn && !errors.some((e) => e.path === 'joinedOn')) {
      errors.push({ path: 'joinedOn', message: 'the joining date is required' });
    }
    const fields: PartyMemberFields = {
      name: text('name'),
      idNumber: typeof idValue === 'number' ? '' : text('idNumber'),
      phone: text('phone') || null,
      category: category ?? 'resident',
      status: choice('status', statuses) ?? 'full',
      joinedOn: joinedOn ?? '',
      employerName: text('employerName') || null,
      employerPartyOrganization: text('employerPartyOrganization') || null,
      registeredOn: date('registeredOn'),
      certificateNumber: text('certificateNumber') || null,
      certificateValidFrom: date('certificateValidFrom'),
      certificateValidUntil: date('certificateValidUntil'),
      currentLocation: text('currentLocation') || null,
      managementMode: choice('managementMode', modes),
      managingOrganizationName: text('managingOrganizationName') || null,
    };
    rows.push({ line, organization: text('organization'), group: text('group'), fields, errors });
  });
  return rows;
}

/** The Chinese names the sheet and the export use for categories, statuses and management modes. */
export const memberSheetNames = { categories: CATEGORY_NAMES, statuses: STATUS_NAMES, modes: MODE_NAMES };
