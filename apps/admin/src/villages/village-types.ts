/** The four pilot models of the seed a village can follow (工业型、产业型、城郊型、集镇型). */
export type VillageType = 'industrial' | 'industry-chain' | 'suburban' | 'market-town';

/** The village types in the seed's order. */
export const villageTypes: readonly VillageType[] = [
  'industrial',
  'industry-chain',
  'suburban',
  'market-town',
];

/** A type filter or count: a type, or `none` for villages without one (未分类). */
export type VillageTypeOrNone = VillageType | 'none';

/** The types and `none`, as the filter and the per-type counts list them. */
export const villageTypesOrNone: readonly VillageTypeOrNone[] = [...villageTypes, 'none'];

/** Whether a string names a village type. */
export function isVillageType(value: unknown): value is VillageType {
  return villageTypes.some((type) => type === value);
}

/** The catalog key of a type's name; `null` (no type) reads as 未分类. */
export function villageTypeKey(type: VillageType | null | 'none') {
  return `villages.type.${type ?? 'none'}` as const;
}
