import { describe, expect, it } from 'vitest';
import { localizeImportProblem } from './import-problems';

describe('localizeImportProblem', () => {
  it('knows the row problems the API reports', () => {
    expect(localizeImportProblem('code must be a 12-digit village code')).toEqual({
      key: 'villages.import.problem.badCode',
    });
    expect(
      localizeImportProblem(
        'unknown type "农业型" (industrial, industry-chain, suburban, market-town, none)',
      ),
    ).toEqual({ key: 'villages.import.problem.unknownType', args: { type: '农业型' } });
    expect(localizeImportProblem('no village with this code in your scope')?.key).toBe(
      'villages.import.problem.notInScope',
    );
    expect(localizeImportProblem('the code appears twice in the file')?.key).toBe(
      'villages.import.problem.duplicate',
    );
  });

  it('knows the file problems, and leaves anything else to the API', () => {
    expect(localizeImportProblem('missing header row "code,type"')?.key).toBe(
      'villages.import.problem.missingHeader',
    );
    expect(localizeImportProblem('not a readable .xlsx workbook')?.key).toBe(
      'villages.import.problem.badXlsx',
    );
    expect(localizeImportProblem('something new')).toBeUndefined();
  });
});
