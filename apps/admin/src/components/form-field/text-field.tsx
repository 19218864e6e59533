import { TextField as KobalteTextField } from '@kobalte/core/text-field';
import { type JSX, Show } from 'solid-js';
import './form-field.css';

/** Props of `TextField`. */
export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A hint under the field. */
  description?: string;
  /** The field's error (e.g. from a problem's `errors[]`); the field is marked invalid while set. */
  error?: string;
  name?: string;
  type?: 'text' | 'search' | 'email' | 'tel' | 'password' | 'url' | 'number' | 'date';
  placeholder?: string;
  autocomplete?: string;
  required?: boolean;
  disabled?: boolean;
  class?: string;
}

/** A labelled text input with its description and an error message shown at the field. */
export function TextField(props: TextFieldProps): JSX.Element {
  return (
    <KobalteTextField
      class={props.class ? `field ${props.class}` : 'field'}
      value={props.value}
      onChange={props.onChange}
      name={props.name}
      required={props.required}
      disabled={props.disabled}
      validationState={props.error ? 'invalid' : 'valid'}
    >
      <KobalteTextField.Label class="field__label">{props.label}</KobalteTextField.Label>
      <KobalteTextField.Input
        class="field__input"
        type={props.type ?? 'text'}
        placeholder={props.placeholder}
        autocomplete={props.autocomplete}
      />
      <Show when={props.description}>
        <KobalteTextField.Description class="field__description">
          {props.description}
        </KobalteTextField.Description>
      </Show>
      <KobalteTextField.ErrorMessage class="field__error">{props.error}</KobalteTextField.ErrorMessage>
    </KobalteTextField>
  );
}
