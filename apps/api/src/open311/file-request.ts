import { randomUUID } from 'node:crypto';
import type { Tx } from '@cunshe/db';
import { serviceRequestEvents, villages } from '@cunshe/db/schema';
import { InputError, NotFoundError } from '@cunshe/errors';
import type { FormLocale } from '@cunshe/forms';
import type { PersonalDataProtector } from '@cunshe/personal-data';
import { and, eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { SubmissionView } from '../forms/submission-view';
import { submissionByIdempotencyKey, submitForm } from '../forms/submit-form';
import type { PluginRegistry } from '../plugin-host/plugin-registry';
import { authenticateApiKey } from './authenticate-api-key';
import { formDataOfAttributes } from './service-attributes';
import { agencyOf, findCountyService } from './service-catalogue';

/** A `POST requests.json`, its fields as GeoReport v2 names them (read from the form or JSON body). */
export interface Open311Filing {
  apiKey?: string | undefined;
  serviceCode?: string | undefined;
  /** `attribute[code]` values by code. */
  attributes: Record<string, unknown>;
  firstName?: string | undefined;
  lastName?: string | undefined;
  phone?: string | undefined;
  description?: string | undefined;
  /** The village's 12-digit division code. */
  addressId?: string | undefined;
  lat?: string | undefined;
  long?: string | undefined;
  /** The client's token that makes a retry safe (`Idempotency-Key` header or `idempotency_key`). */
  idempotencyKey?: string | undefined;
}

/** GeoReport v2's answer to a filing. */
export interface Open311FilingReceipt {
  service_request_id: string;
  service_notice: string;
  account_id: null;
}

const VILLAGE_CODE = /^\d{12}$/;
const HAN = /^[\p{Script=Han}·]+$/u;

/** A villager's name from GeoReport's parts: family name first with no space for a Chinese name (张 + 三). */
export function villagerNameOf(firstName = '', lastName = ''): string {
  const first = firstName.normalize('NFC').trim();
  const last = lastName.normalize('NFC').trim();
  if (HAN.test(first) && HAN.test(last)) return `${last}${first}`;
  return [first, last].filter(Boolean).join(' ');
}

/** The idempotency key a filing's submission gets: per API key, so no other key can replay into it. */
export function filingKeyOf(apiKeyId: string, clientToken: string | undefined): string {
  return `open311:${apiKeyId}:${clientToken ?? randomUUID()}`;
}

/** A submission's field paths as GeoReport v2 names them. */
function open311PathOf(path: string): string {
  if (path.startsWith('data.')) return `attribute[${path.slice('data.'.length)}]`;
  if (path === 'villager.name') return 'last_name';
  if (path === 'villager.phone') return 'phone';
  return path;
}

const chinaMinute = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant as `YYYY-MM-DD HH:mm` in China (Asia/Shanghai), the time a villager reads in a notice. */
function inChina(iso: string): string {
  return chinaMinute.format(new Date(iso));
}

function receiptOf(
  submission: SubmissionView,
  registry: PluginRegistry,
  locale: FormLocale,
): Open311FilingReceipt {
  const agency = agencyOf(registry, submission.station, locale) ?? '';
  const dueAt = submission.serviceRequest?.dueAt;
  const due = dueAt ? inChina(dueAt) : null;
  const notice =
    locale === 'en'
      ? `Received${agency ? ` by ${agency}` : ''}${due ? `; due by ${due} (Beijing time)` : ''}.`
      : `已受理${agency ? `，由${agency}办理` : ''}${due ? `，应于 ${due}（北京时间）前办结` : ''}。`;
  return { service_request_id: submission.id, service_notice: notice, account_id: null };
}

/**
 * Files a service request through a county's Open311 door, in the caller's transaction: the API key is
 * checked first (403 otherwise), then the village (`address_id`; `lat`/`long` are not supported), the
 * service, and the attributes with the form's own schema; the submission then goes the admin's way
 * (`submitForm`: service request, timeline, plugin hook, audit row), made by the key on behalf of the admin
 * who issued it. The filer's `description` becomes the first comment on the request's timeline.
 * A retry with the same client token answers the first filing (`isReplay`).
 * @throws NotAllowedError for a missing, unknown or revoked key.
 * @throws InputError naming the GeoReport field (`address_id`, `service_code`, `attribute[code]`, `last_name`, `phone`).
 */
export async function fileOpen311Request(
  tx: Tx,
  input: {
    tenantId: string;
    filing: Open311Filing;
    registry: PluginRegistry;
    protector: PersonalDataProtector;
    locale: FormLocale;
    requestId?: string | undefined;
    logger: Logger;
    now?: Date | undefined;
  },
): Promise<{ receipt: Open311FilingReceipt; isReplay: boolean }> {
  const { tenantId, filing, registry, locale } = input;
  const now = input.now ?? new Date();
  const key = await authenticateApiKey(tx, { tenantId, secret: filing.apiKey, now });

  if (!filing.addressId && (filing.lat || filing.long)) {
    throw new InputError('Locations are not supported.', [
      {
        path: 'lat',
        message: "lat/long are not supported: send address_id, the village's 12-digit division code",
      },
    ]);
  }
  if (!filing.addressId || !VILLAGE_CODE.test(filing.addressId)) {
    throw new InputError('The village is missing.', [
      { path: 'address_id', message: "required: the village's 12-digit division code" },
    ]);
  }
  const [village] = await tx
    .select({ id: villages.id })
    .from(villages)
    .where(and(eq(villages.tenantId, tenantId), eq(villages.code, filing.addressId)));
  if (!village) {
    throw new InputError('No such village.', [
      { path: 'address_id', message: `no village ${filing.addressId} in this jurisdiction` },
    ]);
  }
  if (!filing.serviceCode) {
    throw new InputError('The service is missing.', [{ path: 'service_code', message: 'required' }]);
  }
  let service: Awaited<ReturnType<typeof findCountyService>>;
  try {
    service = await findCountyService(tx, { tenantId, registry, serviceCode: filing.serviceCode });
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    throw new InputError('No such service.', [
      { path: 'service_code', message: `the jurisdiction offers no service ${filing.serviceCode}` },
    ]);
  }
  const { data, unknownCodes } = formDataOfAttributes(service.document, filing.attributes);
  if (unknownCodes.length > 0) {
    throw new InputError(
      'Unknown attributes.',
      unknownCodes.map((code) => ({
        path: `attribute[${code}]`,
        message: 'the service has no such attribute',
      })),
    );
  }

  const actor = { id: key.createdBy, displayName: `Open311 · ${key.name}` };
  let result: Awaited<ReturnType<typeof submitForm>>;
  try {
    result = await submitForm(tx, {
      registry,
      protector: input.protector,
      scope: { tenantId },
      actor,
      pluginId: service.plugin.id,
      formKey: service.form.key,
      villageId: village.id,
      idempotencyKey: filingKeyOf(key.id, filing.idempotencyKey),
      villager: { name: villagerNameOf(filing.firstName, filing.lastName), phone: filing.phone },
      data,
      locale,
      requestId: input.requestId,
      logger: input.logger,
      now,
    });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      error.message,
      error.errors.map((e) => ({ ...e, path: open311PathOf(e.path) })),
    );
  }
  const description = filing.description?.normalize('NFC').trim().slice(0, 2000);
  if (description && !result.isReplay) {
    // The timeline is append-only, so the filer's words follow the submission as its first comment (a
    // millisecond later, so the timeline, ordered by time, shows them after it).
    await tx.insert(serviceRequestEvents).values({
      tenantId,
      requestId: result.submission.id,
      kind: 'comment',
      note: description,
      actorId: actor.id,
      actorName: actor.displayName,
      at: new Date(now.getTime() + 1),
    });
  }
  return { receipt: receiptOf(result.submission, registry, locale), isReplay: result.isReplay };
}

/**
 * The receipt of the filing a client token already made with this key, after a concurrent retry lost the
 * race to insert it; undefined without a token or when nothing was filed with it.
 * @throws NotAllowedError for a missing, unknown or revoked key.
 */
export async function replayedOpen311Filing(
  tx: Tx,
  input: { tenantId: string; filing: Open311Filing; registry: PluginRegistry; locale: FormLocale },
): Promise<Open311FilingReceipt | undefined> {
  if (!input.filing.idempotencyKey) return undefined;
  const key = await authenticateApiKey(tx, {
    tenantId: input.tenantId,
    secret: input.filing.apiKey,
    now: new Date(),
  });
  const first = await submissionByIdempotencyKey(
    tx,
    input.tenantId,
    filingKeyOf(key.id, input.filing.idempotencyKey),
  );
  return first && receiptOf(first, input.registry, input.locale);
}
