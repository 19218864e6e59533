/**
 * Personal data under PIPL (个人信息保护法), for any module that keeps it (party members, forms):
 *
 * - resident ID numbers (公民身份号码) validated by GB 11643-1999 — 18 characters, a real birth date, the
 *   ISO 7064 MOD 11-2 check character; `x` accepted and stored as `X` — and masked as first 6 + last 4;
 * - mainland mobile numbers normalised (full-width digits, `+86`/`0086`, spaces and dashes) and validated;
 * - a {@link PersonalDataProtector}: AES-256-GCM encryption and an HMAC-SHA-256 keyed hash for exact search,
 *   through Node's crypto under one 32-byte key from configuration.
 *
 * Storing an ID number: keep `encrypt()` for showing it to those allowed, `hash()` for finding and
 * de-duplicating it, and `maskResidentIdNumber()` for everybody else; never the plain number. Neither the
 * number nor a mobile number belongs in a URL or a log line: send them in request bodies.
 */
export { toHalfWidth } from './half-width';
export { readOrCreateKeyFile } from './key-file';
export {
  MAINLAND_MOBILE_NUMBER,
  type MobileNumberProblem,
  type MobileNumberResult,
  maskMobileNumber,
  normalizeMobileNumber,
  parseMobileNumber,
} from './mobile-number';
export {
  createPersonalDataProtector,
  derivePersonalDataKey,
  generatePersonalDataKey,
  PersonalDataDecryptionError,
  PersonalDataKeyError,
  type PersonalDataProtector,
  parsePersonalDataKey,
} from './protector';
export {
  isResidentIdNumber,
  maskResidentIdNumber,
  normalizeResidentIdNumber,
  parseResidentIdNumber,
  type ResidentIdNumber,
  type ResidentIdNumberProblem,
  type ResidentIdNumberResult,
  residentIdCheckCharacter,
} from './resident-id-number';
