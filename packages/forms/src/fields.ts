import {
  MAINLAND_MOBILE_NUMBER,
  normalizeMobileNumber,
  normalizeResidentIdNumber,
  parseResidentIdNumber,
} from '@cunshe/personal-data';
import { z } from 'zod';
import { FIELD_META_KEY, type FieldMeta } from './field-meta';
import type { LocalizedText } from './localized-text';

/**
 * The largest attachment a form may accept. A submission travels as one JSON body under the API's 1 MiB
 * limit, and base64 makes a file a third larger, so 700 KiB is the most one file can be.
 */
export const MAX_ATTACHMENT_BYTES = 700 * 1024;

const withMeta = <T extends z.ZodType>(schema: T, meta: FieldMeta): T =>
  schema.meta({ [FIELD_META_KEY]: meta }) as T;

const normalizeText = (text: string) => text.normalize('NFC').trim();

function decimalPlaces(value: number): number {
  const [mantissa = '', exponent] = String(value).toLowerCase().split('e');
  const places = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, places - Number(exponent ?? 0));
}

// The villages are in China (UTC+8): at 23:30 UTC it is already the next day there, whatever the
// server's own time zone. `en-CA` formats a date as `YYYY-MM-DD`.
const chinaDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar day in China (Asia/Shanghai) as `YYYY-MM-DD`, the day a date field's `today` means. */
export function todayInChina(now: Date = new Date()): string {
  return chinaDay.format(now);
}

const dateOf = (bound: string) => (bound === 'today' ? todayInChina() : bound);

/** Bytes of a base64 text once decoded (without decoding it). */
function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

function leadingBytes(base64: string, count: number): number[] {
  const chunk = base64.slice(0, Math.ceil(count / 3) * 4);
  try {
    return [...atob(chunk)].slice(0, count).map((char) => char.charCodeAt(0));
  } catch {
    return [];
  }
}

// The first bytes of each file type a form may take, so a renamed executable is not accepted as a photo.
const SIGNATURES: Record<string, (bytes: number[]) => boolean> = {
  'application/pdf': (b) => String.fromCharCode(...b.slice(0, 5)) === '%PDF-',
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.slice(0, 8).join() === '137,80,78,71,13,10,26,10',
  'image/webp': (b) =>
    String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP',
};

/** The media types an attachment may accept: those whose content can be checked by its first bytes. */
export const ATTACHMENT_TYPES = Object.keys(SIGNATURES) as readonly string[];

/**
 * The field builders. Each answers a zod schema that validates and normalises one kind of field, and
 * records the kind in the schema's metadata, so the admin renders the right widget from the JSON Schema.
 * Make a field optional with `.optional()`; give its label and hints in the form's `labels` and `hints`.
 * Chain no other zod method on a built field: zod forgets the metadata on the copy.
 * @example
 * const schema = z.object({
 *   name: fields.text({ maxLength: 20 }),
 *   idNumber: fields.residentId(),
 *   area: fields.decimal({ scale: 1, min: 0, unit: { 'zh-CN': '亩', en: 'mu' } }).optional(),
 * });
 */
export const fields = {
  /** One line of text, NFC and trimmed; at least `minLength` (1) and at most `maxLength` (100) characters. */
  text(options: { minLength?: number; maxLength?: number } = {}) {
    return withMeta(
      z
        .string()
        .overwrite(normalizeText)
        .min(options.minLength ?? 1)
        .max(options.maxLength ?? 100),
      { kind: 'text' },
    );
  },

  /** Several lines of text, NFC and trimmed; at most `maxLength` (2000) characters. */
  longText(options: { minLength?: number; maxLength?: number } = {}) {
    return withMeta(
      z
        .string()
        .overwrite(normalizeText)
        .min(options.minLength ?? 1)
        .max(options.maxLength ?? 2000),
      { kind: 'long-text' },
    );
  },

  /** A whole number between `min` and `max`, with an optional unit (人, 头, 间). */
  integer(options: { min?: number; max?: number; unit?: LocalizedText } = {}) {
    return withMeta(
      z
        .number()
        .int()
        .min(options.min ?? 0)
        .max(options.max ?? 1_000_000_000),
      { kind: 'integer', unit: options.unit },
    );
  },

  /**
   * A number with at most `scale` (2) digits after the point, between `min` and `max`, with an optional unit
   * (亩, 元). Money belongs in integer fen, not here.
   */
  decimal(options: { min?: number; max?: number; scale?: number; unit?: LocalizedText } = {}) {
    const scale = options.scale ?? 2;
    return withMeta(
      z
        .number()
        .min(options.min ?? 0)
        .max(options.max ?? 1_000_000_000)
        .refine((value) => decimalPlaces(value) <= scale, { params: { key: 'decimal.scale', scale } }),
      { kind: 'decimal', unit: options.unit, scale },
    );
  },

  /**
   * A calendar date `YYYY-MM-DD`, between `min` and `max` when given (`today` means the day of submitting in
   * China, see {@link todayInChina}).
   */
  date(options: { min?: string; max?: string } = {}) {
    const { min, max } = options;
    return withMeta(
      z.iso
        .date()
        .refine((value) => min === undefined || value >= dateOf(min), {
          params: { key: 'date.min', min: min ?? '' },
        })
        .refine((value) => max === undefined || value <= dateOf(max), {
          params: { key: 'date.max', max: max ?? '' },
        }),
      { kind: 'date', min, max },
    );
  },

  /** One of the options; the stored value is the option's `value`. */
  choice<const V extends string>(options: readonly { value: V; label: LocalizedText }[]) {
    const values = options.map((option) => option.value) as [V, ...V[]];
    return withMeta(z.enum(values), { kind: 'choice', options: [...options] });
  },

  /** Some of the options, each once: at least `minItems` (1), at most `maxItems` (all). */
  multipleChoice<const V extends string>(
    options: readonly { value: V; label: LocalizedText }[],
    limits: { minItems?: number; maxItems?: number } = {},
  ) {
    const values = options.map((option) => option.value) as [V, ...V[]];
    return withMeta(
      z
        .array(z.enum(values))
        .min(limits.minItems ?? 1)
        .max(limits.maxItems ?? values.length)
        .refine((chosen) => new Set(chosen).size === chosen.length, { params: { key: 'choice.unique' } }),
      { kind: 'multiple-choice', options: [...options] },
    );
  },

  /** Yes or no. */
  yesNo() {
    return withMeta(z.boolean(), { kind: 'yes-no' });
  },

  /**
   * A mainland mobile number, stored as 11 digits: full-width digits, `+86`, spaces and dashes are accepted
   * and removed (`@cunshe/personal-data`).
   */
  mobile() {
    return withMeta(
      z
        .string()
        .overwrite(normalizeMobileNumber)
        .refine((value) => MAINLAND_MOBILE_NUMBER.test(value), { params: { key: 'mobile.format' } }),
      { kind: 'mobile' },
    );
  },

  /**
   * A resident ID number (公民身份号码) by GB 11643-1999: 18 characters, a real birth date, the check
   * character; a lower-case `x` is accepted and stored upper-case (`@cunshe/personal-data`). The API seals it
   * and shows it masked to whoever may not see it whole.
   */
  residentId() {
    return withMeta(
      z
        .string()
        .overwrite(normalizeResidentIdNumber)
        .superRefine((value, ctx) => {
          const result = parseResidentIdNumber(value);
          if (!result.isValid) {
            ctx.addIssue({ code: 'custom', input: value, params: { key: `resident-id.${result.problem}` } });
          }
        }),
      { kind: 'resident-id' },
    );
  },

  /**
   * An address within the village of the submission: the group (村民小组), one of `groups` when the form
   * lists them, and the rest (house number, lane) as text.
   */
  address(options: { groups?: readonly string[] } = {}) {
    const groups = options.groups ? [...options.groups] : undefined;
    const group =
      groups && groups.length > 0
        ? z.enum(groups as [string, ...string[]])
        : z.string().overwrite(normalizeText).min(1).max(40);
    return withMeta(
      z.object({ group: group.optional(), detail: z.string().overwrite(normalizeText).min(1).max(200) }),
      { kind: 'address', groups },
    );
  },

  /**
   * Files attached to the submission, each `{ name, type, contentBase64 }`: at most `maxFiles` (1) of the
   * `accept`ed types (checked by their first bytes too), each at most `maxBytes`. The API stores the files
   * with the submission and keeps `{ id, name, type, size }` in its data.
   * @throws RangeError when `maxBytes` passes {@link MAX_ATTACHMENT_BYTES} or a type cannot be checked.
   */
  attachment(options: {
    accept: readonly string[];
    maxBytes?: number;
    minFiles?: number;
    maxFiles?: number;
  }) {
    const maxBytes = options.maxBytes ?? 512 * 1024;
    if (maxBytes > MAX_ATTACHMENT_BYTES) {
      throw new RangeError(`fields.attachment: maxBytes may be at most ${MAX_ATTACHMENT_BYTES}`);
    }
    const unknown = options.accept.filter((type) => !ATTACHMENT_TYPES.includes(type));
    if (options.accept.length === 0 || unknown.length > 0) {
      throw new RangeError(`fields.attachment: accept must list some of ${ATTACHMENT_TYPES.join(', ')}`);
    }
    const accept = [...options.accept] as [string, ...string[]];
    const file = z
      .object({
        name: z.string().overwrite(normalizeText).min(1).max(200),
        type: z.string(),
        contentBase64: z.base64(),
      })
      .superRefine((value, ctx) => {
        if (!accept.includes(value.type)) {
          ctx.addIssue({
            code: 'custom',
            input: value.type,
            path: ['type'],
            params: { key: 'attachment.type' },
          });
          return;
        }
        const size = decodedLength(value.contentBase64);
        if (size > maxBytes) {
          ctx.addIssue({ code: 'custom', input: size, params: { key: 'attachment.size', maxBytes } });
        } else if (!SIGNATURES[value.type]?.(leadingBytes(value.contentBase64, 16))) {
          ctx.addIssue({ code: 'custom', input: value.type, params: { key: 'attachment.content' } });
        }
      });
    const maxFiles = options.maxFiles ?? 1;
    return withMeta(
      z
        .array(file)
        .min(options.minFiles ?? 1)
        .max(maxFiles),
      { kind: 'attachment', accept, maxBytes, maxFiles },
    );
  },

  /** A repeating group (e.g. household members): a list of `minItems` (1) to `maxItems` (50) entries of `shape`. */
  group<Shape extends z.ZodRawShape>(shape: Shape, limits: { minItems?: number; maxItems?: number } = {}) {
    return withMeta(
      z
        .array(z.object(shape))
        .min(limits.minItems ?? 1)
        .max(limits.maxItems ?? 50),
      { kind: 'group' },
    );
  },
};
