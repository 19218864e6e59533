import type { Tx } from '@cunshe/db';
import { formVersions } from '@cunshe/db/schema';
import type { FormDocument } from '@cunshe/forms';
import { and, eq, inArray, or } from 'drizzle-orm';

/** Identifies one version of one plugin's form. */
export interface FormVersionKey {
  pluginId: string;
  formKey: string;
  version: number;
}

const keyOf = (k: FormVersionKey) => `${k.pluginId}/${k.formKey}@${k.version}`;

/**
 * The documents of the form versions a county's submissions were made with, as recorded when each was
 * first used (so an old version reads with its own labels after the plugin changed the form).
 */
export async function formVersionDocuments(
  tx: Tx,
  tenantId: string,
  keys: FormVersionKey[],
): Promise<Map<string, FormDocument>> {
  const unique = [...new Map(keys.map((k) => [keyOf(k), k])).values()];
  if (unique.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(formVersions)
    .where(
      and(
        eq(formVersions.tenantId, tenantId),
        inArray(formVersions.pluginId, [...new Set(unique.map((k) => k.pluginId))]),
        or(
          ...unique.map((k) => and(eq(formVersions.formKey, k.formKey), eq(formVersions.version, k.version))),
        ),
      ),
    );
  return new Map(
    rows.map((row) => [
      keyOf({ pluginId: row.pluginId, formKey: row.formKey, version: row.version }),
      row.document as unknown as FormDocument,
    ]),
  );
}

/** The key of {@link formVersionDocuments}' map for a submission. */
export function formVersionKeyOf(row: { pluginId: string; formKey: string; formVersion: number }): string {
  return keyOf({ pluginId: row.pluginId, formKey: row.formKey, version: row.formVersion });
}

/**
 * The document of one form version.
 * @throws Error when the version was never recorded (a submission always records its version first).
 */
export async function formVersionDocument(
  tx: Tx,
  tenantId: string,
  key: FormVersionKey,
): Promise<FormDocument> {
  const document = (await formVersionDocuments(tx, tenantId, [key])).get(keyOf(key));
  if (!document) throw new Error(`No recorded form version ${keyOf(key)}`);
  return document;
}
