export { countyNameStem } from './county-name-stem';
export {
  chinaDivisionDataset,
  DIVISION_FILES,
  type DivisionDataset,
  type DivisionFile,
} from './division-dataset';
export { CODE_LENGTHS, type DivisionLevel } from './division-level';
export {
  type ImportDivisionsOptions,
  type ImportDivisionsResult,
  type ImportProgress,
  importDivisions,
  type RejectedRecord,
} from './import-divisions';
export { type ImportFormerCodesResult, importFormerCodes } from './import-former-codes';
export { type ResolvedCounty, resolveCounty } from './resolve-county';
