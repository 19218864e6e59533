import type { ResolvedSettings, SettingSource } from '../plugins-api';
import type { SettingField } from './settings-schema';

/**
 * The values a village sets itself while they are being edited, by key: text (as typed) for text and number
 * fields, the value itself for the others. A key that is absent is inherited.
 */
export type SettingsDraft = Record<string, unknown>;

/** Why a typed value cannot be sent. */
export type DraftError = 'notNumber' | 'notInteger';

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
 * The village's values to send (`PUT …/settings`), with numbers read from their text; a number that cannot
 * be read is an error at its field instead.
 */
export function valuesOf(
  fields: readonly SettingField[],
  draft: SettingsDraft,
): { values: Record<string, unknown>; errors: Record<string, DraftError> } {
  const values: Record<string, unknown> = {};
  const errors: Record<string, DraftError> = {};
  for (const [key, value] of Object.entries(draft)) {
    const field = fields.find((candidate) => candidate.key === key);
    if (!field || !isNumeric(field) || typeof value !== 'string') {
      values[key] = value;
      continue;
    }
    const text = value.trim();
    const number = Number(text);
    if (text === '' || !Number.isFinite(number)) errors[key] = 'notNumber';
    else if (field.kind === 'integer' && !Number.isInteger(number)) errors[key] = 'notInteger';
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
