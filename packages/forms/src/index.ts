/**
 * `@cunshe/forms`: a form is a versioned zod schema built from {@link fields}, with labels, hints and
 * sections in both languages. The server validates with {@link validateFormData} (errors at the field, in
 * zh-CN and en); the admin renders from the {@link FormDocument} (`z.toJSONSchema` plus the hints).
 * Plugins reach these through `@cunshe/plugin-sdk`.
 */
export { isShown } from './conditions';
export { displayValue } from './display-value';
export {
  type ChoiceOption,
  FIELD_KINDS,
  FIELD_META_KEY,
  type FieldKind,
  type FieldMeta,
  fieldMetaOf,
  type JsonSchemaNode,
  PROPERTY_ORDER_KEY,
  propertyNamesOf,
} from './field-meta';
export { ATTACHMENT_TYPES, fields, MAX_ATTACHMENT_BYTES, todayInChina } from './fields';
export {
  type FieldHint,
  type FormCondition,
  type FormDefinition,
  type FormSection,
  type FormWidget,
  type FormWorkflow,
  isServiceRequestForm,
} from './form-definition';
export {
  checkFormDefinition,
  type DocumentField,
  entryNodeOf,
  type FormDefinitionIssue,
  type FormDocument,
  fieldsOf,
  formDocumentOf,
} from './form-document';
export { FORM_LOCALES, type FormLocale, type LocalizedText, localeOf } from './localized-text';
export { checkMessages, type FormFieldError, issueMessages, sizeLabel } from './messages';
export { type FormValidation, validateFormData } from './validate-form-data';
export { mapFields, type VisitedField, visitFields } from './visit-fields';
