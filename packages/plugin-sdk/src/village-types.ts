/**
 * The seed's four pilot village types (工业型、产业型、城郊型、集镇型), as the host stores them. A plugin
 * targets some of them, or `'any'`.
 */
export const VILLAGE_TYPES = ['industrial', 'industry-chain', 'suburban', 'market-town'] as const;

/** One of {@link VILLAGE_TYPES}. */
export type VillageType = (typeof VILLAGE_TYPES)[number];

/** Bilingual text: Chinese first (the UI's first language), English beside it. */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}
