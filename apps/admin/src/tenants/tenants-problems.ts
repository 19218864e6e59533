import type { MessageArgs, MessageKey } from '../i18n/catalogs';

type Translate = (key: MessageKey, args?: MessageArgs) => string;

// The API explains a county code it cannot onboard in English (@cunshe/divisions `resolveCounty`): the main
// sentence, then a hint listing counties ("361003 东乡区, 361002 临川区"). Both are read back into the
// catalog here, so an operator reads them in the chosen language; the county lists pass through as they are.
const sentences: [RegExp, (match: RegExpExecArray, t: Translate) => string][] = [
  [
    /^"(.*)" is not a county code: a GB\/T 2260 county code is 6 digits\./,
    (m, t) => t('tenants.problems.notSixDigits', { code: m[1] ?? '' }),
  ],
  [/^No county has the code (\d+)\./, (m, t) => t('tenants.problems.unknownCode', { code: m[1] ?? '' })],
  [
    /^(\d+) is the (province|city)-level code of (.*), not a county: a tenant is one county-level division\./,
    (m, t) =>
      t('tenants.problems.notACounty', {
        code: m[1] ?? '',
        name: m[3] ?? '',
        level: t(m[2] === 'province' ? 'tenants.problems.levelProvince' : 'tenants.problems.levelCity'),
      }),
  ],
  [
    /^(\d+) is the former code of (.*) \(GB\/T 2260, last listed in (.*)\), which matches no single current county\./,
    (m, t) =>
      t('tenants.problems.formerAmbiguous', { code: m[1] ?? '', name: m[2] ?? '', revision: m[3] ?? '' }),
  ],
  [
    /^(\d+) is the former code of (.*) \(GB\/T 2260, last listed in (.*)\); no current county carries it on\./,
    (m, t) =>
      t('tenants.problems.formerRetired', { code: m[1] ?? '', name: m[2] ?? '', revision: m[3] ?? '' }),
  ],
];

const hints: [RegExp, MessageKey][] = [
  [/ Counties with that name: (.*)\.$/, 'tenants.problems.sameName'],
  [/ Closest counties by code: (.*)\.$/, 'tenants.problems.closestByCode'],
  [/ Its counties include (.*)\.$/, 'tenants.problems.includes'],
  [/ Choose one of: (.*)\.$/, 'tenants.problems.chooseOne'],
];

/**
 * An onboarding error about a county code (the API's `errors[]` message at path `code`) in the user's language:
 * its sentence and its list of suggested counties. A message it does not know is returned unchanged.
 */
export function localizeCountyCodeProblem(message: string, t: Translate): string {
  const sentence = sentences
    .map(([pattern, render]) => {
      const match = pattern.exec(message);
      return match ? render(match, t) : undefined;
    })
    .find((text) => text !== undefined);
  if (sentence === undefined) return message;
  const hint = hints
    .map(([pattern, key]) => {
      const match = pattern.exec(message);
      return match ? t(key, { counties: match[1] ?? '' }) : undefined;
    })
    .find((text) => text !== undefined);
  return hint === undefined ? sentence : `${sentence}${hint}`;
}
