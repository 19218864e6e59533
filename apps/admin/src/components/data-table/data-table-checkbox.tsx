import { Checkbox } from '@kobalte/core/checkbox';
import type { JSX } from 'solid-js';

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
      <Checkbox.Input class="checkbox__input" aria-label={props.label} />
      <Checkbox.Control class="checkbox__control">
        <Checkbox.Indicator class="checkbox__indicator">{props.indeterminate ? '–' : '✓'}</Checkbox.Indicator>
      </Checkbox.Control>
    </Checkbox>
  );
}
