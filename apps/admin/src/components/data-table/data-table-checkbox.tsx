import { Checkbox } from '@kobalte/core/checkbox';
import type { JSX } from 'solid-js';

/**
 * Kobalte hides the native input in a 1px box under the drawn control. Laid over the control instead (and
 * transparent), the input itself takes the click, so a pointer, the keyboard and test tools all reach it.
 * Kobalte merges this after its own hiding styles.
 */
const overlayStyle: JSX.CSSProperties = {
  position: 'absolute',
  inset: '0',
  width: '100%',
  height: '100%',
  margin: '0',
  clip: 'auto',
  'clip-path': 'none',
  opacity: 0,
  'z-index': 1,
  cursor: 'pointer',
};

/** Props of `DataTableCheckbox`. */
export interface DataTableCheckboxProps {
  /** The accessible name, e.g. "select row". */
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onChange: (checked: boolean) => void;
}

/** The row (or select-all) checkbox of a selectable `DataTable`. */
export function DataTableCheckbox(props: DataTableCheckboxProps): JSX.Element {
  return (
    <Checkbox
      class="checkbox"
      checked={props.checked}
      indeterminate={props.indeterminate}
      onChange={props.onChange}
    >
      <Checkbox.Input class="checkbox__input" style={overlayStyle} aria-label={props.label} />
      <Checkbox.Control class="checkbox__control">
        <Checkbox.Indicator class="checkbox__indicator">{props.indeterminate ? '–' : '✓'}</Checkbox.Indicator>
      </Checkbox.Control>
    </Checkbox>
  );
}
