import { Select } from '@kobalte/core/select';
import { type JSX, Show } from 'solid-js';
import { useI18n } from '../../i18n/i18n';
import { markTopLayer } from './top-layer';
import './form-field.css';

/** One choice of a `SelectField`. */
export interface SelectOption {
  value: string;
  label: string;
}

/** Props of `SelectField`. */
export interface SelectFieldProps {
  label: string;
  options: SelectOption[];
  /** The selected option's value; `undefined` shows the placeholder. */
  value: string | undefined;
  onChange: (value: string) => void;
  description?: string;
  /** The field's error; the field is marked invalid while set. */
  error?: string;
  name?: string;
  placeholder?: string;
  required?: boolean;
  disabled?: boolean;
  class?: string;
}

/** A labelled single-choice select with its description and an error message shown at the field. */
export function SelectField(props: SelectFieldProps): JSX.Element {
  const { t } = useI18n();
  const selected = () => props.options.find((option) => option.value === props.value) ?? null;

  return (
    <Select<SelectOption>
      class={props.class ? `field ${props.class}` : 'field'}
      options={props.options}
      optionValue="value"
      optionTextValue="label"
      value={selected()}
      onChange={(option) => option && props.onChange(option.value)}
      disallowEmptySelection
      placeholder={props.placeholder ?? t('form.selectPlaceholder')}
      name={props.name}
      required={props.required}
      disabled={props.disabled}
      validationState={props.error ? 'invalid' : 'valid'}
      itemComponent={(itemProps) => (
        <Select.Item item={itemProps.item} class="select__item">
          <Select.ItemLabel>{itemProps.item.rawValue.label}</Select.ItemLabel>
          <Select.ItemIndicator class="select__check">✓</Select.ItemIndicator>
        </Select.Item>
      )}
    >
      <Select.Label class="field__label">{props.label}</Select.Label>
      <Select.Trigger class="field__input select__trigger">
        <Select.Value<SelectOption> class="select__value">
          {(state) => state.selectedOption().label}
        </Select.Value>
        <Select.Icon class="select__icon">▾</Select.Icon>
      </Select.Trigger>
      <Show when={props.description}>
        <Select.Description class="field__description">{props.description}</Select.Description>
      </Show>
      <Select.ErrorMessage class="field__error">{props.error}</Select.ErrorMessage>
      <Select.Portal ref={markTopLayer}>
        <Select.Content class="select__content">
          <Select.Listbox class="select__listbox" />
        </Select.Content>
      </Select.Portal>
    </Select>
  );
}
