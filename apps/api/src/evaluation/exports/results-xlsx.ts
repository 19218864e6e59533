import type { AssessmentStatus, EvaluationCriterion } from '@cunshe/db/schema';
import ExcelJS from 'exceljs';
import { neutralizeCell } from '../../ledgers/neutralize-cell';
import type { PeriodReport } from '../period-report';

/** The five goods as the organization department names them (五个好). */
export const CRITERION_NAMES: Record<EvaluationCriterion, string> = {
  leadership: '领导班子好',
  cadres: '党员干部队伍好',
  mechanism: '工作机制好',
  performance: '工作业绩好',
  feedback: '群众反映好',
};

/** An assessment's status as a results sheet shows it. */
export const ASSESSMENT_STATUS_NAMES: Record<AssessmentStatus, string> = {
  draft: '自评中',
  submitted: '已提交',
  reviewed: '乡镇已审核',
  approved: '县级已审定',
  returned: '已退回',
};

/** Weight in basis points as a percentage for a header: 2000 → `20%`, 1750 → `17.5%`. */
export function weightLabel(weightBp: number): string {
  return `${(weightBp / 100).toString()}%`;
}

/**
 * A period's results as .xlsx: one sheet 评估结果 with a row per assessed village (township, village, code,
 * status, total, county and township rank, then each criterion's score, its weight in the header), Chinese
 * headers, text cells neutralised against formulas (as the ledgers do). Scores stay exact decimal strings.
 */
export async function resultsXlsx(report: PeriodReport): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '村社';
  const sheet = workbook.addWorksheet('评估结果', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '乡镇', key: 'township', width: 12 },
    { header: '村', key: 'village', width: 12 },
    { header: '区划代码', key: 'code', width: 15, style: { numFmt: '@' } },
    { header: '状态', key: 'status', width: 12 },
    { header: '总分', key: 'total', width: 10, style: { numFmt: '@' } },
    { header: '全县排名', key: 'countyRank', width: 9 },
    { header: '乡镇内排名', key: 'townshipRank', width: 10 },
    ...report.rubric.map((c) => ({
      header: `${CRITERION_NAMES[c.criterion]}（${weightLabel(c.weightBp)}）`,
      key: c.criterion,
      width: 18,
      style: { numFmt: '@' },
    })),
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of report.villages) {
    sheet.addRow({
      township: neutralizeCell(row.townshipName),
      village: neutralizeCell(row.villageName),
      code: row.villageCode,
      status: ASSESSMENT_STATUS_NAMES[row.status],
      total: row.totalScore ?? '',
      countyRank: row.countyRank ?? '',
      townshipRank: row.townshipRank ?? '',
      ...Object.fromEntries(row.criteria.map((c) => [c.criterion, c.score ?? ''])),
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
