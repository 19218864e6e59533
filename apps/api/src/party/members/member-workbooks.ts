import ExcelJS from 'exceljs';
import { memberSheetColumns, memberSheetNames } from './member-sheet';
import type { PartyMemberListItem, PartyMemberView } from './member-view';

/** The media type of an .xlsx workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3E3E3' } };

/**
 * The member import template: the sheet 党员 with the header row (the columns of `memberSheetColumns`, text
 * format where Excel would mangle numbers, drop-downs for categories, statuses and management modes) and a
 * sheet 说明 explaining each column and each category's required fields. No example rows, so an unedited
 * template imports nothing.
 */
export async function memberTemplateWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cunshe 村社';
  const sheet = workbook.addWorksheet('党员', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = memberSheetColumns.map((column) => ({
    header: column.label,
    key: column.key,
    width: column.width,
    ...(column.isText ? { style: { numFmt: '@' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).eachCell((cell) => {
    cell.fill = headerFill;
  });
  memberSheetColumns.forEach((column, index) => {
    if (!column.choices) return;
    const letter = sheet.getColumn(index + 1).letter;
    // A range validation (exceljs's untyped `dataValidations`), so that no empty rows are created.
    (sheet as unknown as { dataValidations: DataValidations }).dataValidations.add(
      `${letter}2:${letter}1000`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [`"${column.choices.join(',')}"`],
      },
    );
  });
  const help = workbook.addWorksheet('说明');
  help.columns = [
    { header: '列', key: 'label', width: 18 },
    { header: '说明', key: 'hint', width: 60 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of memberSheetColumns) help.addRow({ label: column.label, hint: column.hint });
  help.addRow({});
  help.addRow({ label: '党员类别', hint: Object.values(memberSheetNames.categories).join('、') });
  help.addRow({
    label: '管理方式',
    hint: '直管（由本支部直接管理）、协管（与流入地党组织共同管理）、代管（由流入地党组织代为管理）',
  });
  help.addRow({
    label: '导入规则',
    hint: '逐行检查；默认只要有一行有错就不导入任何一行，也可选择“只导入无误的行”。',
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The member register for export: one row per member with the ID number and the phone masked (first 6 and
 * last 4 characters; 138****0000), never in plain, whoever exports.
 */
export async function memberExportWorkbook(
  members: (PartyMemberListItem & Partial<PartyMemberView>)[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cunshe 村社';
  const sheet = workbook.addWorksheet('党员名册', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '村', key: 'villageName', width: 12 },
    { header: '党组织', key: 'organizationName', width: 18 },
    { header: '党小组', key: 'groupName', width: 12 },
    { header: '姓名', key: 'name', width: 10 },
    { header: '性别', key: 'gender', width: 6 },
    { header: '公民身份号码', key: 'idNumberMasked', width: 22 },
    { header: '手机号码', key: 'phoneMasked', width: 14 },
    { header: '党员类别', key: 'category', width: 14 },
    { header: '党员状态', key: 'status', width: 10 },
    { header: '入党日期', key: 'joinedOn', width: 12 },
    { header: '工作单位', key: 'employerName', width: 18 },
    { header: '单位党组织', key: 'employerPartyOrganization', width: 18 },
    { header: '失业登记日期', key: 'registeredOn', width: 12 },
    { header: '流动党员活动证号', key: 'certificateNumber', width: 18 },
    { header: '活动证有效期止', key: 'certificateValidUntil', width: 14 },
    { header: '现在何处', key: 'currentLocation', width: 18 },
    { header: '管理方式', key: 'managementMode', width: 10 },
    { header: '管理党组织', key: 'managingOrganizationName', width: 20 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const member of members) {
    sheet.addRow({
      ...member,
      gender: member.gender === 'male' ? '男' : '女',
      category: memberSheetNames.categories[member.category],
      status: memberSheetNames.statuses[member.status],
      managementMode: member.managementMode ? memberSheetNames.modes[member.managementMode] : null,
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
