import { randomUUID } from 'node:crypto';
import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { formAttachments, formSubmissions, serviceRequests, villagePlugins } from '@cunshe/db/schema';
import { ConflictError, type FieldError, InputError, NotFoundError } from '@cunshe/errors';
import { type FormLocale, type LocalizedText, validateFormData } from '@cunshe/forms';
import { type PersonalDataProtector, parseMobileNumber } from '@cunshe/personal-data';
import { and, eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { PluginRegistry } from '../plugin-host/plugin-registry';
import { scopedVillage } from '../plugin-host/scoped-village';
import { notifyFormStatusChanged } from '../service-requests/notify-form-status-changed';
import { openServiceRequest } from '../service-requests/open-service-request';
import type { VillageScope } from '../villages/village-scope';
import { ensureFormVersion } from './ensure-form-version';
import { findForm, stationId } from './form-catalogue';
import { protectFormData } from './protect-form-data';
import { type SubmissionView, submissionView } from './submission-view';

/** An invalid field of a submission: the message in the request's language, and in both. */
export interface LocalizedFieldError extends FieldError {
  code: string;
  messages: LocalizedText;
}

/** What a station's staff member sends when filling in a form for a villager. */
export interface SubmitFormInput {
  registry: PluginRegistry;
  protector: PersonalDataProtector;
  scope: VillageScope;
  actor: AuditActor;
  pluginId: string;
  formKey: string;
  villageId: string;
  idempotencyKey: string;
  villager: { name: string; phone?: string | undefined };
  data: Record<string, unknown>;
  locale: FormLocale;
  requestId?: string | undefined;
  logger: Logger;
  now?: Date | undefined;
}

const VILLAGER_NAME = { min: 1, max: 50 };

function villagerErrors(villager: SubmitFormInput['villager']): {
  name: string;
  phone: string | null;
  errors: Omit<LocalizedFieldError, 'message'>[];
} {
  const errors: Omit<LocalizedFieldError, 'message'>[] = [];
  const name = villager.name.normalize('NFC').trim();
  if (name.length < VILLAGER_NAME.min || name.length > VILLAGER_NAME.max) {
    errors.push({
      path: 'villager.name',
      code: name ? 'too_big' : 'required',
      messages: name
        ? { 'zh-CN': `最多 ${VILLAGER_NAME.max} 个字`, en: `At most ${VILLAGER_NAME.max} characters` }
        : { 'zh-CN': '请填写村民姓名', en: "Enter the villager's name" },
    });
  }
  let phone: string | null = null;
  if (villager.phone?.trim()) {
    const parsed = parseMobileNumber(villager.phone);
    if (parsed.isValid) phone = parsed.value;
    else {
      errors.push({
        path: 'villager.phone',
        code: 'mobile.format',
        messages: {
          'zh-CN': '请输入 11 位手机号码（以 13-19 开头，可带 +86）',
          en: 'Enter an 11-digit mainland mobile number starting with 13-19 (+86 allowed)',
        },
      });
    }
  }
  return { name, phone, errors };
}

async function existingSubmission(tx: Tx, tenantId: string, idempotencyKey: string) {
  const [row] = await tx
    .select()
    .from(formSubmissions)
    .where(and(eq(formSubmissions.tenantId, tenantId), eq(formSubmissions.idempotencyKey, idempotencyKey)));
  if (!row) return undefined;
  const [request] = await tx
    .select({
      status: serviceRequests.status,
      version: serviceRequests.version,
      dueAt: serviceRequests.dueAt,
    })
    .from(serviceRequests)
    .where(and(eq(serviceRequests.tenantId, tenantId), eq(serviceRequests.id, row.id)));
  return submissionView(row, request ?? null);
}

/**
 * Submits a form for a villager at a village of the caller's scope where the form's plugin is enabled, in
 * the caller's transaction. The villager's name and mobile number are checked (the number normalised), the
 * data with the form's schema (errors at `data.<field>` in the request's language and in both); ID numbers
 * are sealed and attachments stored apart. The form version's document is recorded for the county, a
 * service-request form opens its request, the plugin hears of the new status, and the submission is audited
 * (without personal data).
 *
 * The idempotency key makes a retry safe: a key already used answers the first submission (`isReplay`).
 * @throws NotFoundError for a form no plugin has, a village outside the scope, or a plugin not enabled there.
 * @throws ConflictError when the key was used for another form or village.
 * @throws InputError naming every invalid field.
 */
export async function submitForm(
  tx: Tx,
  input: SubmitFormInput,
): Promise<{ submission: SubmissionView; isReplay: boolean }> {
  const { scope, registry } = input;
  const { plugin, form, document } = findForm(registry, input.pluginId, input.formKey);
  const village = await scopedVillage(tx, scope, input.villageId);
  const [enabled] = await tx
    .select({ isEnabled: villagePlugins.isEnabled })
    .from(villagePlugins)
    .where(
      and(
        eq(villagePlugins.tenantId, scope.tenantId),
        eq(villagePlugins.villageId, village.id),
        eq(villagePlugins.pluginId, plugin.id),
      ),
    );
  if (!enabled?.isEnabled) throw new NotFoundError(`${plugin.id} is not enabled in ${village.name}.`);

  const replay = await existingSubmission(tx, scope.tenantId, input.idempotencyKey);
  if (replay) {
    if (replay.pluginId !== plugin.id || replay.formKey !== form.key || replay.villageId !== village.id) {
      throw new ConflictError('This idempotency key was used for another submission; send a new key.');
    }
    return { submission: replay, isReplay: true };
  }

  const villager = villagerErrors(input.villager);
  const validation = validateFormData(form, input.data);
  const errors = [
    ...villager.errors,
    ...(validation.isValid ? [] : validation.errors.map((e) => ({ ...e, path: `data.${e.path}` }))),
  ];
  if (errors.length > 0 || !validation.isValid) {
    throw new InputError(
      'The form has invalid fields.',
      errors.map((e) => ({ ...e, message: e.messages[input.locale] })),
    );
  }

  const now = input.now ?? new Date();
  const id = randomUUID();
  const stored = protectFormData({
    document,
    data: validation.data as Record<string, unknown>,
    tenantId: scope.tenantId,
    protector: input.protector,
  });
  const station = document.station ? stationId(plugin.id, document.station) : null;
  await ensureFormVersion(tx, { tenantId: scope.tenantId, pluginId: plugin.id, document });
  const [row] = await tx
    .insert(formSubmissions)
    .values({
      tenantId: scope.tenantId,
      id,
      villageId: village.id,
      pluginId: plugin.id,
      formKey: form.key,
      formVersion: form.version,
      station,
      villagerName: villager.name,
      villagerPhone: villager.phone,
      data: stored.data,
      sealedFields: stored.sealedFields,
      submittedBy: input.actor.id,
      submittedByName: input.actor.displayName,
      idempotencyKey: input.idempotencyKey,
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error('submitForm: the submission was not stored');
  for (const attachment of stored.attachments) {
    await tx.insert(formAttachments).values({ tenantId: scope.tenantId, submissionId: id, ...attachment });
  }
  if (document.isServiceRequest) {
    await openServiceRequest(tx, {
      tenantId: scope.tenantId,
      submissionId: id,
      villageId: village.id,
      station,
      dueInHours: document.dueInHours,
      actor: input.actor,
      now,
    });
  }
  await notifyFormStatusChanged(tx, {
    plugin,
    village,
    submissionId: id,
    formKey: form.key,
    from: null,
    to: 'submitted',
    logger: input.logger,
  });
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'form.submitted',
    entity: 'form-submission',
    entityId: id,
    after: {
      pluginId: plugin.id,
      formKey: form.key,
      formVersion: form.version,
      villageId: village.id,
      station,
    },
    requestId: input.requestId,
  });
  const request = document.isServiceRequest
    ? {
        status: 'submitted' as const,
        version: 1,
        dueAt:
          document.dueInHours === null ? null : new Date(now.getTime() + document.dueInHours * 3_600_000),
      }
    : null;
  return { submission: submissionView(row, request), isReplay: false };
}

/** Finds the submission an idempotency key made (after a concurrent retry lost the race to insert it). */
export async function submissionByIdempotencyKey(
  tx: Tx,
  tenantId: string,
  idempotencyKey: string,
): Promise<SubmissionView | undefined> {
  return existingSubmission(tx, tenantId, idempotencyKey);
}
