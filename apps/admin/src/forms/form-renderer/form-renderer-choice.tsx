import { RadioGroup } from '@kobalte/core/radio-group';
import { createUniqueId, For, type JSX, Show } from 'solid-js';
import { SelectField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n';
import { type DocumentField, labelOf } from '../form-document';
import { type ValuePath, valueAt } from '../form-values';
import { useFormRenderer } from './form-renderer-context';
import { isFieldRequired } from './form-renderer-text';

function Radios(props: {
  label: string;
  options: { value: string; label: string }[];
  value: string | undefined;
  onChange: (value: string) => void;
  help?: string | undefined;
  error?: string | undefined;
  required: boolean;
  disabled: boolean;
}): JSX.Element {
  return (
    <RadioGroup
      class="field radio-group form-renderer__field"
      value={props.value ?? ''}
      onChange={props.onChange}
      orientation="horizontal"
      required={props.required}
      disabled={props.disabled}
      validationState={props.error ? 'invalid' : 'valid'}
    >
      <RadioGroup.Label class="field__label">{props.label}</RadioGroup.Label>
      <div class="radio-group__items" role="presentation">
        <For each={props.options}>
          {(option) => (
            <RadioGroup.Item value={option.value} class="radio">
              <RadioGroup.ItemInput class="radio__input" />
              <RadioGroup.ItemControl class="radio__control">
                <RadioGroup.ItemIndicator class="radio__indicator" />
              </RadioGroup.ItemControl>
              <RadioGroup.ItemLabel class="radio__label">{option.label}</RadioGroup.ItemLabel>
            </RadioGroup.Item>
          )}
        </For>
      </div>
      <Show when={props.help}>
        <RadioGroup.Description class="field__description">{props.help}</RadioGroup.Description>
      </Show>
      <RadioGroup.ErrorMessage class="field__error">{props.error}</RadioGroup.ErrorMessage>
    </RadioGroup>
  );
}

/** One of the options: radio buttons for a few (or when hinted), a select for many. */
export function FormRendererChoice(props: { field: DocumentField; path: ValuePath }): JSX.Element {
  const form = useFormRenderer();
  const options = () =>
    (props.field.meta?.options ?? []).map((o) => ({ value: o.value, label: o.label[form.locale()] }));
  const value = () => {
    const current = valueAt(form.values(), props.path);
    return typeof current === 'string' ? current : undefined;
  };
  const isRadio = () =>
    props.field.hint.widget === 'radio' || (props.field.hint.widget !== 'select' && options().length <= 4);
  return (
    <Show
      when={isRadio()}
      fallback={
        <SelectField
          class="form-renderer__field"
          label={labelOf(props.field, form.locale())}
          options={options()}
          value={value()}
          onChange={(next) => form.setValue(props.path, next)}
          placeholder={props.field.hint.placeholder?.[form.locale()]}
          description={props.field.hint.help?.[form.locale()]}
          error={form.errorAt(props.path)}
          required={isFieldRequired(props.field)}
          disabled={form.isDisabled()}
        />
      }
    >
      <Radios
        label={labelOf(props.field, form.locale())}
        options={options()}
        value={value()}
        onChange={(next) => form.setValue(props.path, next)}
        help={props.field.hint.help?.[form.locale()]}
        error={form.errorAt(props.path)}
        required={isFieldRequired(props.field)}
        disabled={form.isDisabled()}
      />
    </Show>
  );
}

/** Yes or no, as two radio buttons. */
export function FormRendererYesNo(props: { field: DocumentField; path: ValuePath }): JSX.Element {
  const form = useFormRenderer();
  const { t } = useI18n();
  const value = () => {
    const current = valueAt(form.values(), props.path);
    return current === true ? 'yes' : current === false ? 'no' : undefined;
  };
  return (
    <Radios
      label={labelOf(props.field, form.locale())}
      options={[
        { value: 'yes', label: t('serviceRequests.renderer.yes') },
        { value: 'no', label: t('serviceRequests.renderer.no') },
      ]}
      value={value()}
      onChange={(next) => form.setValue(props.path, next === 'yes')}
      help={props.field.hint.help?.[form.locale()]}
      error={form.errorAt(props.path)}
      required={isFieldRequired(props.field)}
      disabled={form.isDisabled()}
    />
  );
}

/** Some of the options, as check boxes. */
export function FormRendererMultipleChoice(props: { field: DocumentField; path: ValuePath }): JSX.Element {
  const form = useFormRenderer();
  const errorId = createUniqueId();
  const chosen = () => {
    const current = valueAt(form.values(), props.path);
    return Array.isArray(current) ? (current as string[]) : [];
  };
  const toggle = (value: string, isChecked: boolean) => {
    const order = (props.field.meta?.options ?? []).map((o) => o.value);
    const next = isChecked ? [...chosen(), value] : chosen().filter((v) => v !== value);
    const sorted = order.filter((v) => next.includes(v));
    form.setValue(props.path, sorted.length > 0 ? sorted : undefined);
  };
  return (
    <fieldset
      class="field form-renderer__field form-renderer__compound"
      aria-invalid={form.errorAt(props.path) ? true : undefined}
      aria-describedby={form.errorAt(props.path) ? errorId : undefined}
    >
      <legend class="field__label">{labelOf(props.field, form.locale())}</legend>
      <div class="form-renderer__checks">
        <For each={props.field.meta?.options ?? []}>
          {(option) => (
            <label class="form-renderer__check">
              <input
                type="checkbox"
                checked={chosen().includes(option.value)}
                disabled={form.isDisabled()}
                onChange={(event) => toggle(option.value, event.currentTarget.checked)}
              />
              <span>{option.label[form.locale()]}</span>
            </label>
          )}
        </For>
      </div>
      <Show when={props.field.hint.help}>
        {(help) => <p class="field__description">{help()[form.locale()]}</p>}
      </Show>
      <Show when={form.errorAt(props.path)}>
        <p id={errorId} class="field__error">
          {form.errorAt(props.path)}
        </p>
      </Show>
    </fieldset>
  );
}
