import { TextField as KobalteTextField } from '@kobalte/core/text-field';
import { type JSX, Show } from 'solid-js';
import { SelectField, TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n';
import { type DocumentField, labelOf } from '../form-document';
import { numberValue, pathKey, type ValuePath, valueAt } from '../form-values';
import { useFormRenderer } from './form-renderer-context';

type InputType = 'text' | 'tel' | 'date' | 'number';

const INPUT_TYPES: Partial<Record<string, InputType>> = {
  integer: 'number',
  decimal: 'number',
  date: 'date',
  mobile: 'tel',
};

/** Whether the field must be answered (required in the schema, or required whenever it is shown). */
export function isFieldRequired(field: DocumentField): boolean {
  return field.isRequired || field.hint.isRequiredWhenShown === true;
}

/**
 * A field typed into a box: text, long text (a text area), whole and decimal numbers with their unit, a
 * date, a mobile number, a resident ID number.
 */
export function FormRendererText(props: { field: DocumentField; path: ValuePath }): JSX.Element {
  const form = useFormRenderer();
  const kind = () => props.field.meta?.kind ?? 'text';
  const isNumber = () => kind() === 'integer' || kind() === 'decimal';
  const text = () => {
    const value = valueAt(form.values(), props.path);
    return value === undefined || value === null ? '' : String(value);
  };
  const onChange = (value: string) =>
    form.setValue(props.path, isNumber() ? numberValue(value) : value === '' ? undefined : value);
  const label = () => labelOf(props.field, form.locale());
  const placeholder = () => props.field.hint.placeholder?.[form.locale()];
  const help = () => props.field.hint.help?.[form.locale()];
  const isTextArea = () => kind() === 'long-text' || props.field.hint.widget === 'textarea';

  return (
    <Show
      when={isTextArea()}
      fallback={
        <TextField
          class="form-renderer__field"
          label={label()}
          value={text()}
          onChange={onChange}
          type={INPUT_TYPES[kind()] ?? 'text'}
          placeholder={placeholder()}
          description={help()}
          error={form.errorAt(props.path)}
          required={isFieldRequired(props.field)}
          disabled={form.isDisabled()}
          name={pathKey(props.path)}
        />
      }
    >
      <KobalteTextField
        class="field form-renderer__field"
        value={text()}
        onChange={onChange}
        name={pathKey(props.path)}
        required={isFieldRequired(props.field)}
        disabled={form.isDisabled()}
        validationState={form.errorAt(props.path) ? 'invalid' : 'valid'}
      >
        <KobalteTextField.Label class="field__label">{label()}</KobalteTextField.Label>
        <KobalteTextField.TextArea
          class="field__input form-renderer__textarea"
          placeholder={placeholder()}
          autoResize
        />
        <Show when={help()}>
          <KobalteTextField.Description class="field__description">{help()}</KobalteTextField.Description>
        </Show>
        <KobalteTextField.ErrorMessage class="field__error">
          {form.errorAt(props.path)}
        </KobalteTextField.ErrorMessage>
      </KobalteTextField>
    </Show>
  );
}

/** An address within the village: the villagers' group (a choice when the form lists them) and the rest. */
export function FormRendererAddress(props: { field: DocumentField; path: ValuePath }): JSX.Element {
  const form = useFormRenderer();
  const { t } = useI18n();
  const groups = () => props.field.meta?.groups ?? [];
  const part = (name: 'group' | 'detail') => {
    const value = valueAt(form.values(), [...props.path, name]);
    return typeof value === 'string' ? value : '';
  };
  const set = (name: 'group' | 'detail', value: string) =>
    form.setValue([...props.path, name], value === '' ? undefined : value);
  const label = () => labelOf(props.field, form.locale());
  return (
    <fieldset class="form-renderer__compound">
      <legend class="field__label">{label()}</legend>
      <div class="form-renderer__address">
        <Show
          when={groups().length > 0}
          fallback={
            <TextField
              label={t('serviceRequests.renderer.addressGroup')}
              value={part('group')}
              onChange={(value) => set('group', value)}
              error={form.errorAt([...props.path, 'group'])}
              disabled={form.isDisabled()}
            />
          }
        >
          <SelectField
            label={t('serviceRequests.renderer.addressGroup')}
            options={groups().map((group) => ({ value: group, label: group }))}
            value={part('group') || undefined}
            onChange={(value) => set('group', value)}
            error={form.errorAt([...props.path, 'group'])}
            disabled={form.isDisabled()}
          />
        </Show>
        <TextField
          label={t('serviceRequests.renderer.addressDetail')}
          value={part('detail')}
          onChange={(value) => set('detail', value)}
          placeholder={props.field.hint.placeholder?.[form.locale()]}
          error={form.errorAt([...props.path, 'detail']) ?? form.errorAt(props.path)}
          required={isFieldRequired(props.field)}
          disabled={form.isDisabled()}
        />
      </div>
      <Show when={props.field.hint.help}>
        {(help) => <p class="field__description">{help()[form.locale()]}</p>}
      </Show>
    </fieldset>
  );
}
