import { z } from 'zod';
import {
  type FieldMeta,
  fieldMetaOf,
  type JsonSchemaNode,
  PROPERTY_ORDER_KEY,
  propertyNamesOf,
} from './field-meta';
import {
  type FieldHint,
  type FormDefinition,
  type FormSection,
  isServiceRequestForm,
} from './form-definition';
import type { LocalizedText } from './localized-text';

/**
 * A form as the admin renders it and as a submission keeps it: the JSON Schema of its input
 * (`z.toJSONSchema`, each field's kind under `x-cunshe`), labels, hints and sections. Stored with the
 * version, so a submission of an old version stays readable after the form changes.
 */
export interface FormDocument {
  key: string;
  version: number;
  title: LocalizedText;
  description: LocalizedText | null;
  station: string | null;
  isServiceRequest: boolean;
  dueInHours: number | null;
  jsonSchema: JsonSchemaNode;
  labels: Record<string, LocalizedText>;
  hints: Record<string, FieldHint>;
  sections: FormSection[];
}

/** One field of a form's document, where it sits and how it is presented. */
export interface DocumentField {
  /** The field's name in its object. */
  name: string;
  /** Its path without entry indices (`members.idNumber`): the key of its label and hint. */
  path: string;
  node: JsonSchemaNode;
  meta: FieldMeta | undefined;
  isRequired: boolean;
  label: LocalizedText;
  hint: FieldHint;
}

const documents = new WeakMap<FormDefinition, FormDocument>();

function withPropertyOrder(node: JsonSchemaNode): JsonSchemaNode {
  const result: JsonSchemaNode = { ...node };
  if (node.properties) {
    result.properties = Object.fromEntries(
      Object.entries(node.properties).map(([name, child]) => [name, withPropertyOrder(child)]),
    );
    result[PROPERTY_ORDER_KEY] = Object.keys(node.properties);
  }
  if (node.items) result.items = withPropertyOrder(node.items);
  return result;
}

/** The {@link FormDocument} of a form (computed once per definition). */
export function formDocumentOf(form: FormDefinition): FormDocument {
  const cached = documents.get(form);
  if (cached) return cached;
  const document: FormDocument = {
    key: form.key,
    version: form.version,
    title: form.title,
    description: form.description ?? null,
    station: form.station ?? null,
    isServiceRequest: isServiceRequestForm(form),
    dueInHours: form.workflow?.dueInHours ?? null,
    jsonSchema: withPropertyOrder(
      z.toJSONSchema(form.schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode,
    ),
    labels: form.labels ?? {},
    hints: form.hints ?? {},
    sections: form.sections ?? [],
  };
  documents.set(form, document);
  return document;
}

/**
 * The fields of one object of a document (the form itself, or a repeating group's entry) in the order they
 * are shown: by the hint's `order`; a field without one sorts as its position in the schema (0, 1, 2 …).
 * @param node the object's JSON Schema node; `prefix` its path (`''` for the form, `members` for a group).
 */
export function fieldsOf(
  document: Pick<FormDocument, 'labels' | 'hints'>,
  node: JsonSchemaNode,
  prefix = '',
): DocumentField[] {
  const required = new Set(node.required ?? []);
  const fields = propertyNamesOf(node).map((name, index) => {
    const child = node.properties?.[name] ?? {};
    const path = prefix ? `${prefix}.${name}` : name;
    const hint = document.hints[path] ?? {};
    return {
      field: {
        name,
        path,
        node: child,
        meta: fieldMetaOf(child),
        isRequired: required.has(name),
        label: document.labels[path] ?? { 'zh-CN': name, en: name },
        hint,
      },
      index,
    };
  });
  return fields
    .sort((a, b) => (a.field.hint.order ?? a.index) - (b.field.hint.order ?? b.index) || a.index - b.index)
    .map(({ field }) => field);
}

/** The JSON Schema node of a repeating group's entries, or undefined for any other field. */
export function entryNodeOf(field: Pick<DocumentField, 'meta' | 'node'>): JsonSchemaNode | undefined {
  return field.meta?.kind === 'group' ? field.node.items : undefined;
}

/** A problem with a form's definition, by the path of the definition's member at fault. */
export interface FormDefinitionIssue {
  path: string;
  message: string;
}

/**
 * Checks what zod cannot: every field has a label and a kind (built with `fields`), every label and hint
 * names a field, every condition a sibling, every section exists, and a conditional field is optional.
 */
export function checkFormDefinition(form: FormDefinition): FormDefinitionIssue[] {
  const issues: FormDefinitionIssue[] = [];
  let document: FormDocument;
  try {
    document = formDocumentOf(form);
  } catch (error) {
    return [{ path: 'schema', message: `cannot be turned into JSON Schema: ${String(error)}` }];
  }
  const paths = new Set<string>();
  const sections = new Set(document.sections.map((s) => s.key));
  const visit = (node: JsonSchemaNode, prefix: string) => {
    const siblings = new Set(Object.keys(node.properties ?? {}));
    for (const field of fieldsOf(document, node, prefix)) {
      paths.add(field.path);
      if (!field.meta) issues.push({ path: `schema.${field.path}`, message: 'is not built with fields.*' });
      if (!form.labels?.[field.path]) issues.push({ path: `labels.${field.path}`, message: 'is missing' });
      const condition = field.hint.showWhen;
      if (condition && !siblings.has(condition.field)) {
        issues.push({
          path: `hints.${field.path}.showWhen.field`,
          message: `names ${condition.field}, which is not a sibling field`,
        });
      }
      if (condition && field.isRequired) {
        issues.push({
          path: `schema.${field.path}`,
          message: 'has a condition, so it must be .optional() (use isRequiredWhenShown)',
        });
      }
      if (field.hint.section !== undefined && !sections.has(field.hint.section)) {
        issues.push({
          path: `hints.${field.path}.section`,
          message: `names no section ${field.hint.section}`,
        });
      }
      const entry = entryNodeOf(field);
      if (entry) visit(entry, field.path);
    }
  };
  visit(document.jsonSchema, '');
  for (const [member, record] of [
    ['labels', form.labels],
    ['hints', form.hints],
  ] as const) {
    for (const path of Object.keys(record ?? {})) {
      if (!paths.has(path)) issues.push({ path: `${member}.${path}`, message: 'names no field' });
    }
  }
  return issues;
}
