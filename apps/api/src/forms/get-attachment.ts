import type { Tx } from '@cunshe/db';
import { formAttachments } from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import type { VillageScope } from '../villages/village-scope';
import { submissionInScope } from './submission-scope';

/** A stored file of a submission, ready to send. */
export interface AttachmentFile {
  name: string;
  contentType: string;
  content: Uint8Array;
}

/**
 * A file attached to a submission of the scope.
 * @throws NotFoundError when the submission is not in the scope or has no such file.
 */
export async function getAttachment(
  tx: Tx,
  input: { scope: VillageScope; submissionId: string; attachmentId: string },
): Promise<AttachmentFile> {
  const { row } = await submissionInScope(tx, input.scope, input.submissionId);
  const [file] = await tx
    .select({
      name: formAttachments.name,
      contentType: formAttachments.contentType,
      content: formAttachments.content,
    })
    .from(formAttachments)
    .where(
      and(
        eq(formAttachments.tenantId, row.tenantId),
        eq(formAttachments.submissionId, row.id),
        eq(formAttachments.id, input.attachmentId),
      ),
    );
  if (!file) throw new NotFoundError(`No file ${input.attachmentId} in this submission.`);
  return file;
}
