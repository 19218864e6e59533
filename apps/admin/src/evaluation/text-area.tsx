import { TextField as KobalteTextField } from '@kobalte/core/text-field';
import { type JSX, Show } from 'solid-js';

/** A labelled multi-line text field with its hint and an error shown at the field. */
export function TextArea(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string | undefined;
  error?: string | undefined;
  disabled?: boolean | undefined;
}): JSX.Element {
  return (
    <KobalteTextField
      class="field"
      value={props.value}
      onChange={props.onChange}
      disabled={props.disabled}
      validationState={props.error ? 'invalid' : 'valid'}
    >
      <KobalteTextField.Label class="field__label">{props.label}</KobalteTextField.Label>
      <KobalteTextField.TextArea class="field__input evaluation-textarea" autoResize />
      <Show when={props.description}>
        <KobalteTextField.Description class="field__description">
          {props.description}
        </KobalteTextField.Description>
      </Show>
      <KobalteTextField.ErrorMessage class="field__error">{props.error}</KobalteTextField.ErrorMessage>
    </KobalteTextField>
  );
}
