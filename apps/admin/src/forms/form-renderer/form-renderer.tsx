import { For, type JSX, Show } from 'solid-js';
import { useI18n } from '../../i18n/i18n';
import { type DocumentField, type FormDocument, fieldsOf } from '../form-document';
import { pathKey, type ValuePath } from '../form-values';
import { FormRendererContext } from './form-renderer-context';
import { FormRendererFields } from './form-renderer-fields';
import './form-renderer.css';

/** Props of `FormRenderer`. */
export interface FormRendererProps {
  document: FormDocument;
  values: Record<string, unknown>;
  onChange: (path: ValuePath, value: unknown) => void;
  /** Messages by value path (`idNumber`, `members.0.name`), e.g. from a problem's `errors[]`. */
  errors?: Record<string, string>;
  disabled?: boolean;
}

/**
 * Renders a form from its JSON Schema and hints: every field kind as its widget (text, long text, numbers
 * with units, dates, choices, yes/no, mobile and ID numbers, address, attachments, repeating groups), in the
 * hinted order and sections, with conditional fields shown only when their condition holds, labels in the
 * user's language, and each error at its field.
 */
export function FormRenderer(props: FormRendererProps): JSX.Element {
  const { locale } = useI18n();
  const fields = () => fieldsOf(props.document, props.document.jsonSchema);
  const inSection = (key: string | undefined) => fields().filter((field) => field.hint.section === key);
  return (
    <FormRendererContext.Provider
      value={{
        document: () => props.document,
        values: () => props.values,
        setValue: (path, value) => props.onChange(path, value),
        errorAt: (path: ValuePath) => props.errors?.[pathKey(path)],
        locale,
        isDisabled: () => props.disabled === true,
      }}
    >
      <div class="form-renderer">
        <FormRendererFields fields={inSection(undefined)} path={[]} />
        <For each={props.document.sections}>
          {(section) => (
            <Show when={inSection(section.key).length > 0}>
              <fieldset class="form-renderer__section">
                <legend class="form-renderer__section-title">{section.title[locale()]}</legend>
                <Show when={section.description}>
                  {(description) => <p class="muted">{description()[locale()]}</p>}
                </Show>
                <FormRendererFields fields={inSection(section.key) as DocumentField[]} path={[]} />
              </fieldset>
            </Show>
          )}
        </For>
      </div>
    </FormRendererContext.Provider>
  );
}
