import { describe, expect, it } from 'vitest';
import { villageName } from './village-name';

describe('villageName', () => {
  it.each([
    ['潭江村委会', '潭江村'],
    ['新建村委会', '新建村'],
    ['小红门村民委员会', '小红门村'],
    ['牌坊村村民委员会', '牌坊村'],
    ['肖村村民委员会', '肖村'],
    ['沟口子村村民委会', '沟口子村'],
    ['中巷村委员会', '中巷村'],
    ['多福巷社区居委会', '多福巷社区'],
    ['大北家园社区居民委员会', '大北家园社区'],
    ['巴彦芒哈嘎查委员会', '巴彦芒哈嘎查'],
    ['第一嘎查村民委员会', '第一嘎查'],
  ])('calls the committee %s the village %s', (committee, village) => {
    expect(villageName(committee)).toBe(village);
  });

  it.each(['四道口居民委员会', '新兴里居委会', '四分场生活区', '翠林一里社区', '四台子村'])(
    'keeps %s as it is',
    (name) => {
      expect(villageName(name)).toBe(name);
    },
  );
});
