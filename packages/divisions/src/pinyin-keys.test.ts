import { describe, expect, it } from 'vitest';
import { pinyinKeys } from './pinyin-keys';

describe('pinyinKeys', () => {
  it('gives the toneless full pinyin and the initials', () => {
    expect(pinyinKeys('潭江村')).toEqual({ sortKey: 'tanjiangcun', pinyinInitials: 'tjc' });
  });

  it('reads polyphonic characters in context and writes ü as v', () => {
    expect(pinyinKeys('银行村').sortKey).toBe('yinhangcun');
    expect(pinyinKeys('绿洲村')).toEqual({ sortKey: 'lvzhoucun', pinyinInitials: 'lzc' });
  });

  it('keeps digits and drops punctuation', () => {
    expect(pinyinKeys('第1村（东）')).toEqual({ sortKey: 'di1cundong', pinyinInitials: 'd1cd' });
  });
});
