import { createHash, randomUUID } from 'node:crypto';
import { type FormDocument, mapFields } from '@cunshe/forms';
import { maskResidentIdNumber, type PersonalDataProtector } from '@cunshe/personal-data';

/**
 * The context a submission's ID numbers are sealed under: the purpose and the county, so a sealed value
 * copied into another table or county does not open.
 */
export function submissionIdContext(tenantId: string): string {
  return `form-submission.id-number:${tenantId}`;
}

/** A file taken out of a submission's data, to be stored beside it. */
export interface ExtractedAttachment {
  id: string;
  path: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  content: Uint8Array;
}

/** A submission's data as it is stored: ID numbers masked and sealed apart, files replaced by references. */
export interface ProtectedFormData {
  data: Record<string, unknown>;
  sealedFields: Record<string, string>;
  attachments: ExtractedAttachment[];
}

interface AttachmentInput {
  name: string;
  type: string;
  contentBase64: string;
}

/**
 * Prepares validated form data for storage. Each resident ID number is stored masked in the data and
 * sealed (AES-256-GCM) in `sealedFields` by its path, so the plain number is never at rest and is shown
 * whole only to whoever may; each attached file leaves the data for its own row, the data keeping
 * `{ id, name, type, size }`.
 */
export function protectFormData(input: {
  document: FormDocument;
  data: Record<string, unknown>;
  tenantId: string;
  protector: PersonalDataProtector;
}): ProtectedFormData {
  const sealedFields: Record<string, string> = {};
  const attachments: ExtractedAttachment[] = [];
  const context = submissionIdContext(input.tenantId);
  const data = mapFields(input.document.jsonSchema, input.data, (field) => {
    if (field.meta.kind === 'resident-id' && typeof field.value === 'string') {
      sealedFields[field.path] = input.protector.encrypt(field.value, context);
      return maskResidentIdNumber(field.value);
    }
    if (field.meta.kind === 'attachment' && Array.isArray(field.value)) {
      return (field.value as AttachmentInput[]).map((file, index) => {
        const content = Buffer.from(file.contentBase64, 'base64');
        const stored = {
          id: randomUUID(),
          path: `${field.path}.${index}`,
          name: file.name,
          contentType: file.type,
          size: content.length,
          sha256: createHash('sha256').update(content).digest('hex'),
          content,
        };
        attachments.push(stored);
        return { id: stored.id, name: stored.name, type: stored.contentType, size: stored.size };
      });
    }
    return undefined;
  }) as Record<string, unknown>;
  return { data, sealedFields, attachments };
}

/** Stored data with its ID numbers opened again, for whoever may see them whole. */
export function revealFormData(input: {
  document: Pick<FormDocument, 'jsonSchema'>;
  data: Record<string, unknown>;
  sealedFields: Record<string, string>;
  tenantId: string;
  protector: PersonalDataProtector;
}): Record<string, unknown> {
  const context = submissionIdContext(input.tenantId);
  return mapFields(input.document.jsonSchema, input.data, (field) => {
    const sealed = input.sealedFields[field.path];
    return field.meta.kind === 'resident-id' && sealed ? input.protector.decrypt(sealed, context) : undefined;
  }) as Record<string, unknown>;
}
