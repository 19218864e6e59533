import type { Tx } from '@cunshe/db';
import { formVersions } from '@cunshe/db/schema';
import type { FormDocument } from '@cunshe/forms';

/**
 * Records a form version's document for the county the first time it is used, so its submissions stay
 * readable and exportable with the labels they were made with after the plugin changes the form.
 */
export async function ensureFormVersion(
  tx: Tx,
  input: { tenantId: string; pluginId: string; document: FormDocument },
): Promise<void> {
  await tx
    .insert(formVersions)
    .values({
      tenantId: input.tenantId,
      pluginId: input.pluginId,
      formKey: input.document.key,
      version: input.document.version,
      document: input.document as unknown as Record<string, unknown>,
    })
    .onConflictDoNothing();
}
