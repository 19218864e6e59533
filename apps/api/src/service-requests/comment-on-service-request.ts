import { type AuthUser, assertCan } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { serviceRequestEvents } from '@cunshe/db/schema';
import { InputError } from '@cunshe/errors';
import type { VillageScope } from '../villages/village-scope';
import { resourceOf, serviceRequestInScope } from './service-request-scope';

/** The longest comment, in characters. */
export const MAX_COMMENT_LENGTH = 1000;

/**
 * Adds a comment to a service request's timeline. A comment does not change the request, so it takes no
 * version: two people may comment at once.
 * @throws NotFoundError when the request is not in the scope; NotAllowedError without `service-requests:handle` there.
 * @throws InputError (path `text`) for an empty or too long comment.
 */
export async function commentOnServiceRequest(
  tx: Tx,
  input: { scope: VillageScope; user: AuthUser; id: string; text: string; now?: Date | undefined },
): Promise<void> {
  const found = await serviceRequestInScope(tx, input.scope, input.id);
  assertCan(input.user, 'service-requests:handle', resourceOf(found));
  const text = input.text.normalize('NFC').trim();
  if (text.length === 0 || text.length > MAX_COMMENT_LENGTH) {
    const message = text
      ? `A comment has at most ${MAX_COMMENT_LENGTH} characters.`
      : 'Write the comment first.';
    throw new InputError(message, [{ path: 'text', message }]);
  }
  await tx.insert(serviceRequestEvents).values({
    tenantId: found.request.tenantId,
    requestId: found.request.id,
    kind: 'comment',
    note: text,
    actorId: input.user.id,
    actorName: input.user.displayName,
    at: input.now ?? new Date(),
  });
}
