// A 嘎查 is the village of Inner Mongolia's pastoral areas; its committee is named like a village's.
const GACHA_COMMITTEE = /^(.+嘎查)(?:村民委员会|村委员会|人民委员会|委员会)$/u;
const VILLAGE_COMMITTEE = /^(.+?)(?:村民委员会|村民委会|村委员会|村委会)$/u;
const COMMUNITY_COMMITTEE = /^(.+?社区)(?:居民委员会|居民管理委员会|居委员会|居委会|委员会)$/u;

/**
 * The name a village goes by, from the name of its committee in the statistics bureau's data: under the
 * Organic Law of the Villagers' Committees (村民委员会组织法) and of the Urban Residents' Committees a 村民委员会
 * is the body of a village (村, in Inner Mongolia 嘎查) and a 居民委员会 that of a community (社区). So
 * 潭江村委会 -> 潭江村, 牌坊村村民委员会 -> 牌坊村, 多福巷社区居委会 -> 多福巷社区, 巴彦芒哈嘎查委员会 -> 巴彦芒哈嘎查.
 * Any other name (a bare 居委会, a 生活区) is kept as it is. Returns NFC.
 */
export function villageName(committeeName: string): string {
  const name = committeeName.trim().normalize('NFC');
  const gacha = GACHA_COMMITTEE.exec(name);
  if (gacha?.[1]) return gacha[1];
  const village = VILLAGE_COMMITTEE.exec(name);
  if (village?.[1]) return village[1].endsWith('村') ? village[1] : `${village[1]}村`;
  const community = COMMUNITY_COMMITTEE.exec(name);
  return community?.[1] ?? name;
}
