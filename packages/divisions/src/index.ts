export { type CountyDivision, countyDivisions } from './county-divisions';
export { countyNameStem } from './county-name-stem';
export { disableTenant } from './disable-tenant';
export {
  chinaDivisionDataset,
  DIVISION_FILES,
  type DivisionDataset,
  type DivisionFile,
} from './division-dataset';
export { CODE_LENGTHS, type DivisionLevel } from './division-level';
export { enableTenant } from './enable-tenant';
export {
  type ImportDivisionsOptions,
  type ImportDivisionsResult,
  type ImportProgress,
  importDivisions,
  type RejectedRecord,
} from './import-divisions';
export { type ImportFormerCodesResult, importFormerCodes } from './import-former-codes';
export {
  type OnboardCountyOptions,
  type OnboardCountyResult,
  type OnboardProgress,
  onboardCounty,
} from './onboard-county';
export { type PinyinKeys, pinyinKeys } from './pinyin-keys';
export { type ResolvedCounty, resolveCounty } from './resolve-county';
export type { TenantActivity } from './set-tenant-active';
export type { ChangeCounts } from './sync-county-divisions';
export { villageName } from './village-name';
