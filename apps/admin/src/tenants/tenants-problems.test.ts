import { describe, expect, it } from 'vitest';
import { catalogs, type Locale, type MessageArgs, type MessageKey } from '../i18n/catalogs';
import { localizeCountyCodeProblem } from './tenants-problems';

function translator(locale: Locale) {
  return (key: MessageKey, args: MessageArgs = {}) => {
    const template = key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogs[locale]) as string;
    return template.replace(/\{\{ (\w+) \}\}/g, (_, name: string) => String(args[name]));
  };
}

// The API's own sentences (@cunshe/divisions resolveCounty), as the onboarding form receives them.
const fromApi = {
  malformed:
    '"36100x" is not a county code: a GB/T 2260 county code is 6 digits. Closest counties by code: 361002 临川区, 361003 东乡区.',
  byName:
    '"东乡" is not a county code: a GB/T 2260 county code is 6 digits. Counties with that name: 361003 东乡区.',
  unknown: 'No county has the code 999999.',
  province:
    '110000 is the province-level code of 北京市, not a county: a tenant is one county-level division. Its counties include 110101 东城区.',
  ambiguous:
    '110103 is the former code of 崇文区 (GB/T 2260, last listed in 2010), which matches no single current county. Choose one of: 110101 东城区.',
};

describe('localizeCountyCodeProblem', () => {
  it('reads each onboarding error back into zh-CN with its suggested counties', () => {
    const t = translator('zh-CN');
    expect(localizeCountyCodeProblem(fromApi.malformed, t)).toBe(
      '“36100x”不是县级代码：GB/T 2260 县级代码为 6 位数字。代码相近的县（区）：361002 临川区, 361003 东乡区。',
    );
    expect(localizeCountyCodeProblem(fromApi.byName, t)).toContain('同名的县（区）：361003 东乡区。');
    expect(localizeCountyCodeProblem(fromApi.unknown, t)).toBe('没有代码为 999999 的县（区）。');
    expect(localizeCountyCodeProblem(fromApi.province, t)).toBe(
      '110000 是北京市的省级代码，不是县级：一个租户就是一个县级行政区。其下的县（区）有：110101 东城区。',
    );
    expect(localizeCountyCodeProblem(fromApi.ambiguous, t)).toBe(
      '110103 是崇文区的旧代码（GB/T 2260，最后见于 2010），不对应唯一的现行县（区）。请从中选择：110101 东城区。',
    );
  });

  it('gives the English catalog the same sentences the API wrote', () => {
    const t = translator('en');
    for (const message of Object.values(fromApi)) {
      expect(localizeCountyCodeProblem(message, t)).toBe(message);
    }
  });

  it('leaves a message it does not know as it is', () => {
    expect(
      localizeCountyCodeProblem('The tenants 361003, 361029 all stand for 361003', translator('zh-CN')),
    ).toBe('The tenants 361003, 361029 all stand for 361003');
  });
});
