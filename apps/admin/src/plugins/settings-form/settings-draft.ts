import type { ResolvedSettings, SettingSource } from '../plugins-api';
import type { SettingField } from './settings-schema';

/**
 * The values a village sets itself while they are being edited, by key: text (as typed) for text and number
 * fields, the value itself for the others. A key that is absent is inherited.
 */
export type SettingsDraft = Record<string, unknown>;

/**
 * Why a typed value cannot be sent, checked against the schema's bounds so the message is in the user's
 * language; the server checks again and answers anything else.
 */
export interface DraftError {
  code: 'notNumber' | 'notInteger' | 'required' | 'tooShort' | 'tooLong' | 'tooSmall' | 'tooLarge';
  limit?: number;
}

function textError(field: SettingField, value: string): DraftError | undefined {
  // Plugins' settings trim their text (`z.string().trim()`), so the bounds apply to the trimmed text.
  const length = [...value.trim()].length;
  if (field.minLength !== undefined && length < field.minLength) {
    return field.minLength === 1 ? { code: 'required' } : { code: 'tooShort', limit: field.minLength };
  }
  if (field.maxLength !== undefined && length > field.maxLength)
    return { code: 'tooLong', limit: field.maxLength };
  return undefined;
}

function numberError(field: SettingField, value: number): DraftError | undefined {
  if (field.kind === 'integer' && !Number.isInteger(value)) return { code: 'notInteger' };
  if (field.minimum !== undefined && value < field.minimum) return { code: 'tooSmall', limit: field.minimum };
  if (field.maximum !== undefined && value > field.maximum) return { code: 'tooLarge', limit: field.maximum };
  return undefined;
}

const isNumeric = (field: SettingField) => field.kind === 'number' || field.kind === 'integer';

/** The draft of a village's saved values: number values become the text their input shows. */
export function draftOf(
  fields: readonly SettingField[],
  villageValues: Record<string, unknown>,
): SettingsDraft {
  const draft: SettingsDraft = {};
  for (const [key, value] of Object.entries(villageValues)) {
    const field = fields.find((candidate) => candidate.key === key);
    draft[key] = field && isNumeric(field) && typeof value === 'number' ? String(value) : value;
  }
  return draft;
}

/** What a setting would be without the village's own value, and where that comes from. */
export function inheritedOf(
  field: SettingField,
  settings: ResolvedSettings,
): { value: unknown; source: SettingSource } {
  const { levels } = settings;
  if (field.key in levels.township) return { value: levels.township[field.key], source: 'township' };
  if (field.key in levels.county) return { value: levels.county[field.key], source: 'county' };
  const value = 'default' in field ? field.default : settings.values[field.key];
  return { value, source: 'default' };
}

/** Where a setting's value comes from, as the draft stands. */
export function sourceOf(
  field: SettingField,
  draft: SettingsDraft,
  settings: ResolvedSettings,
): SettingSource {
  return field.key in draft ? 'village' : inheritedOf(field, settings).source;
}

/** The value a setting has, as the draft stands: the village's own, or the inherited one. */
export function currentValueOf(
  field: SettingField,
  draft: SettingsDraft,
  settings: ResolvedSettings,
): unknown {
  return field.key in draft ? draft[field.key] : inheritedOf(field, settings).value;
}

/**
 * The village's values to send (`PUT …/settings`), with numbers read from their text; a value that cannot be
 * read, or is outside the schema's bounds, is an error at its field instead.
 */
export function valuesOf(
  fields: readonly SettingField[],
  draft: SettingsDraft,
): { values: Record<string, unknown>; errors: Record<string, DraftError> } {
  const values: Record<string, unknown> = {};
  const errors: Record<string, DraftError> = {};
  for (const [key, value] of Object.entries(draft)) {
    const field = fields.find((candidate) => candidate.key === key);
    if (field?.kind === 'text' && typeof value === 'string') {
      const error = textError(field, value);
      if (error) errors[key] = error;
      else values[key] = value;
      continue;
    }
    if (!field || !isNumeric(field) || typeof value !== 'string') {
      values[key] = value;
      continue;
    }
    const text = value.trim();
    const number = Number(text);
    const error =
      text === '' || !Number.isFinite(number) ? { code: 'notNumber' as const } : numberError(field, number);
    if (error) errors[key] = error;
    else values[key] = number;
  }
  return { values, errors };
}

const canonical = (values: Record<string, unknown>) =>
  JSON.stringify(
    Object.keys(values)
      .sort()
      .map((key) => [key, values[key]]),
  );

/** Whether the draft differs from what the village has saved. */
export function isDraftChanged(
  fields: readonly SettingField[],
  draft: SettingsDraft,
  settings: ResolvedSettings,
): boolean {
  return canonical(draftOf(fields, settings.levels.village)) !== canonical(draft);
}
