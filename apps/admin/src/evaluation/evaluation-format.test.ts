import { describe, expect, it } from 'vitest';
import {
  bpOfPercent,
  fenOfYuan,
  formatYuan,
  isScore,
  percentOfBp,
  townshipTotals,
} from './evaluation-format';

describe('evaluation formats', () => {
  it('turns percentages into basis points by their digits and back', () => {
    expect(bpOfPercent('17.5')).toBe(1750);
    expect(bpOfPercent('33.33')).toBe(3333);
    expect(bpOfPercent('100')).toBe(10_000);
    expect(bpOfPercent('100.01')).toBeUndefined();
    expect(bpOfPercent('1.234')).toBeUndefined();
    expect(bpOfPercent('-5')).toBeUndefined();
    expect(percentOfBp(1750)).toBe('17.5');
    expect(percentOfBp(3333)).toBe('33.33');
    expect(percentOfBp(2000)).toBe('20');
  });

  it('counts yuan in integer fen with no float drift', () => {
    expect((fenOfYuan('0.1') ?? 0) + (fenOfYuan('0.2') ?? 0)).toBe(30);
    expect(fenOfYuan('20000.07')).toBe(2_000_007);
    expect(fenOfYuan(' 5 ')).toBe(500);
    expect(fenOfYuan('1.234')).toBeUndefined();
    expect(fenOfYuan('-1')).toBeUndefined();
    expect(formatYuan(5_780_049)).toBe('57,800.49');
    expect(formatYuan(7)).toBe('0.07');
  });

  it('accepts scores of 0–100 with at most two decimals', () => {
    expect(isScore('87.5')).toBe(true);
    expect(isScore('100.00')).toBe(true);
    expect(isScore('100.5')).toBe(false);
    expect(isScore('8.125')).toBe(false);
  });

  it('sums funding by township in fen', () => {
    const funding = [
      { townshipName: '孝岗镇', amountFen: 10 },
      { townshipName: '黎圩镇', amountFen: 20 },
      { townshipName: '孝岗镇', amountFen: 2_000_007 },
    ];
    expect(townshipTotals(funding)).toEqual([
      { townshipName: '孝岗镇', fen: 2_000_017 },
      { townshipName: '黎圩镇', fen: 20 },
    ]);
  });
});
