import { InputError } from '@cunshe/errors';
import type { Context } from 'hono';
import type { Open311Filing } from './file-request';

/** The longest client token accepted (a UUID or a hotline's ticket number fits many times over). */
const MAX_TOKEN = 200;
const ATTRIBUTE = /^attribute\[([^\]]+)\](\[\])?$/;

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function fromEntries(entries: Iterable<[string, unknown]>): {
  fields: Record<string, unknown>;
  attributes: Record<string, unknown>;
} {
  const fields: Record<string, unknown> = {};
  const attributes: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    const match = ATTRIBUTE.exec(name);
    if (!match?.[1]) {
      if (name === 'attribute' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        Object.assign(attributes, value);
      } else fields[name] = value;
    } else if (match[2]) {
      const list = attributes[match[1]];
      attributes[match[1]] = [...(Array.isArray(list) ? list : []), value];
    } else attributes[match[1]] = value;
  }
  return { fields, attributes };
}

/**
 * Reads a `POST requests.json` body the way GeoReport v2 sends it, `application/x-www-form-urlencoded`
 * with `attribute[code]=value` (and `attribute[code][]=value` per value of a multiple choice), or as JSON
 * with the same names (attributes also as an `attribute` object). The client token is the
 * `Idempotency-Key` header or the `idempotency_key` field.
 * @throws InputError for another media type or a body that does not parse.
 */
export async function readFiling(
  c: Context,
): Promise<{ jurisdictionId: string | undefined; filing: Open311Filing }> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  let parsed: ReturnType<typeof fromEntries>;
  if (type === 'application/x-www-form-urlencoded') {
    parsed = fromEntries(new URLSearchParams(await c.req.text()).entries());
  } else if (type === 'application/json') {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new InputError('The body is not JSON.', [{ path: 'body', message: 'is not valid JSON' }]);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new InputError('The body is not an object.', [
        { path: 'body', message: 'must be a JSON object' },
      ]);
    }
    parsed = fromEntries(Object.entries(body));
  } else {
    throw new InputError('Unsupported media type.', [
      { path: 'content-type', message: 'send application/x-www-form-urlencoded or application/json' },
    ]);
  }
  const { fields, attributes } = parsed;
  const idempotencyKey = c.req.header('idempotency-key') ?? text(fields.idempotency_key);
  if (idempotencyKey !== undefined && (idempotencyKey.length === 0 || idempotencyKey.length > MAX_TOKEN)) {
    throw new InputError('The client token is empty or too long.', [
      { path: 'idempotency_key', message: `1 to ${MAX_TOKEN} characters` },
    ]);
  }
  return {
    jurisdictionId: text(fields.jurisdiction_id),
    filing: {
      apiKey: text(fields.api_key),
      serviceCode: text(fields.service_code),
      attributes,
      firstName: text(fields.first_name),
      lastName: text(fields.last_name),
      phone: text(fields.phone),
      description: text(fields.description),
      addressId: text(fields.address_id),
      lat: text(fields.lat),
      long: text(fields.long),
      idempotencyKey,
    },
  };
}
