import { Combobox } from '@kobalte/core/combobox';
import { type JSX, Show } from 'solid-js';
import { markTopLayer } from '../form-field/top-layer';
import '../form-field/form-field.css';
import './combobox-field.css';

/** One choice of a `ComboboxField`. */
export interface ComboboxOption {
  value: string;
  label: string;
  /** A second line, e.g. a village's township and code. */
  description?: string;
}

/** Props of `ComboboxField`. */
export interface ComboboxFieldProps {
  label: string;
  /** The choices for the text typed so far; for a server-side search, update them from `onInputChange`. */
  options: ComboboxOption[];
  /** The chosen option (kept even when it is not among the current `options`). */
  value: ComboboxOption | undefined;
  onChange: (option: ComboboxOption | undefined) => void;
  /** Called as the user types; use it to search on the server. Without it, options are filtered locally. */
  onInputChange?: (text: string) => void;
  placeholder?: string;
  description?: string;
  /** The field's error (e.g. from a problem's `errors[]`); the field is marked invalid while set. */
  error?: string;
  /** Shown in the list when no option matches. */
  emptyText?: string;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  class?: string;
}

/**
 * A labelled, searchable single-choice field (Kobalte's combobox): type to narrow the list, pick with the
 * mouse or the arrow keys. Filters its options itself, or leaves that to the server via `onInputChange`.
 */
export function ComboboxField(props: ComboboxFieldProps): JSX.Element {
  const isServerSearch = () => props.onInputChange !== undefined;
  // Kobalte shows a chosen option's label only while the option is in the collection; a server search may
  // not have it (an edit form opens on a village of page 5), so the chosen one is always offered.
  const options = () => {
    const chosen = props.value;
    return chosen && !props.options.some((option) => option.value === chosen.value)
      ? [chosen, ...props.options]
      : props.options;
  };
  return (
    <Combobox<ComboboxOption>
      class={props.class ? `field ${props.class}` : 'field'}
      options={options()}
      optionValue="value"
      optionTextValue="label"
      optionLabel="label"
      value={props.value ?? null}
      onChange={(option) => props.onChange(option ?? undefined)}
      onInputChange={(text) => props.onInputChange?.(text)}
      defaultFilter={isServerSearch() ? () => true : 'contains'}
      triggerMode="focus"
      allowsEmptyCollection
      placeholder={props.placeholder}
      name={props.name}
      required={props.required}
      disabled={props.disabled}
      validationState={props.error ? 'invalid' : 'valid'}
      itemComponent={(itemProps) => (
        <Combobox.Item item={itemProps.item} class="select__item combobox__item">
          <span class="combobox__item-text">
            <Combobox.ItemLabel>{itemProps.item.rawValue.label}</Combobox.ItemLabel>
            <Show when={itemProps.item.rawValue.description}>
              <Combobox.ItemDescription class="combobox__item-description">
                {itemProps.item.rawValue.description}
              </Combobox.ItemDescription>
            </Show>
          </span>
          <Combobox.ItemIndicator class="select__check">✓</Combobox.ItemIndicator>
        </Combobox.Item>
      )}
    >
      <Combobox.Label class="field__label">{props.label}</Combobox.Label>
      <Combobox.Control class="field__input combobox__control">
        <Combobox.Input class="combobox__input" />
        <Combobox.Trigger class="combobox__trigger">
          <Combobox.Icon class="select__icon">▾</Combobox.Icon>
        </Combobox.Trigger>
      </Combobox.Control>
      <Show when={props.description}>
        <Combobox.Description class="field__description">{props.description}</Combobox.Description>
      </Show>
      <Combobox.ErrorMessage class="field__error">{props.error}</Combobox.ErrorMessage>
      <Combobox.Portal ref={markTopLayer}>
        <Combobox.Content class="select__content">
          <Show when={props.options.length === 0 && props.emptyText}>
            <p class="combobox__empty">{props.emptyText}</p>
          </Show>
          <Combobox.Listbox class="select__listbox" />
        </Combobox.Content>
      </Combobox.Portal>
    </Combobox>
  );
}
