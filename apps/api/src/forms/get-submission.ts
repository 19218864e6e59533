import { type AuditActor, type AuthUser, can, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { serviceRequests } from '@cunshe/db/schema';
import { NotAllowedError } from '@cunshe/errors';
import { type FormDocument, visitFields } from '@cunshe/forms';
import type { PersonalDataProtector } from '@cunshe/personal-data';
import { and, eq } from 'drizzle-orm';
import type { VillageScope } from '../villages/village-scope';
import { formVersionDocument } from './form-version-document';
import { revealFormData } from './protect-form-data';
import { submissionInScope } from './submission-scope';
import { type SubmissionView, submissionView } from './submission-view';

/** A submission with the document of the form version it was made with, and what the caller may do. */
export interface SubmissionDetail {
  submission: SubmissionView;
  villageName: string;
  document: FormDocument;
  canRevealIdNumbers: boolean;
}

/**
 * One submission of the scope, readable with its own form version's labels even after the form changed.
 * ID numbers are masked; {@link revealSubmissionIdNumbers} shows them whole.
 * @throws NotFoundError when it is not in the scope.
 */
export async function getSubmission(
  tx: Tx,
  input: { scope: VillageScope; user: AuthUser; id: string },
): Promise<SubmissionDetail> {
  const { row, village } = await submissionInScope(tx, input.scope, input.id);
  const [request] = await tx
    .select({
      status: serviceRequests.status,
      version: serviceRequests.version,
      dueAt: serviceRequests.dueAt,
    })
    .from(serviceRequests)
    .where(and(eq(serviceRequests.tenantId, row.tenantId), eq(serviceRequests.id, row.id)));
  const document = await formVersionDocument(tx, row.tenantId, {
    pluginId: row.pluginId,
    formKey: row.formKey,
    version: row.formVersion,
  });
  return {
    submission: submissionView(row, request ?? null),
    villageName: village.name,
    document,
    canRevealIdNumbers: can(input.user, 'service-requests:reveal-id', {
      tenantId: row.tenantId,
      townshipId: village.townshipId,
      villageId: village.id,
    }),
  };
}

/**
 * The whole ID numbers of a submission, by their path in its data, for a user allowed to see them
 * (`service-requests:reveal-id` where the submission's village is); every reveal is audited.
 * @throws NotFoundError when it is not in the scope; NotAllowedError without the permission there.
 */
export async function revealSubmissionIdNumbers(
  tx: Tx,
  input: {
    scope: VillageScope;
    user: AuthUser;
    actor: AuditActor;
    id: string;
    protector: PersonalDataProtector;
    requestId?: string | undefined;
  },
): Promise<{ path: string; value: string }[]> {
  const { row, village } = await submissionInScope(tx, input.scope, input.id);
  const resource = { tenantId: row.tenantId, townshipId: village.townshipId, villageId: village.id };
  if (!can(input.user, 'service-requests:reveal-id', resource)) {
    throw new NotAllowedError('You may not see whole ID numbers here.');
  }
  const document = await formVersionDocument(tx, row.tenantId, {
    pluginId: row.pluginId,
    formKey: row.formKey,
    version: row.formVersion,
  });
  const data = revealFormData({
    document,
    data: row.data,
    sealedFields: row.sealedFields,
    tenantId: row.tenantId,
    protector: input.protector,
  });
  const idNumbers = visitFields(document.jsonSchema, data)
    .filter((field) => field.meta.kind === 'resident-id' && typeof field.value === 'string')
    .map((field) => ({ path: field.path, value: field.value as string }));
  await recordAudit(tx, {
    tenantId: row.tenantId,
    actor: input.actor,
    action: 'form-submission.id-numbers-revealed',
    entity: 'form-submission',
    entityId: row.id,
    after: { paths: idNumbers.map((n) => n.path) },
    requestId: input.requestId,
  });
  return idNumbers;
}
