import { createEffect, createSignal, For, type JSX, on, onCleanup, Show } from 'solid-js';
import { useI18n } from '../../i18n/i18n';
import { SelectField, type SelectOption, TextField } from '../form-field';
import type { ListQuery, ListQueryPatch } from './list-query';

/** A filter select above a `DataTable`, kept in the URL as `?<param>=<value>`. */
export interface DataTableSelectFilter {
  kind?: 'select';
  /** The search param, also sent to the API, e.g. `type`. */
  param: string;
  label: string;
  /** The values to filter by; `*` is taken by the "all" choice. */
  options: SelectOption[];
}

/** A date filter above a `DataTable`, kept in the URL as `?<param>=YYYY-MM-DD`. */
export interface DataTableDateFilter {
  kind: 'date';
  /** The search param, e.g. `from`. */
  param: string;
  label: string;
}

/** A filter above a `DataTable`: a select of values or a date. */
export type DataTableFilter = DataTableSelectFilter | DataTableDateFilter;

/** Props of `DataTableToolbar`. */
export interface DataTableToolbarProps {
  query: ListQuery;
  onChange: (patch: ListQueryPatch) => void;
  filters: readonly DataTableFilter[];
  hasSearch: boolean;
  searchLabel?: string;
  searchPlaceholder?: string;
}

const searchDelayMs = 300;

// Kobalte's Select cannot show an empty-string value as selected, so "all" has a value of its own.
const anyValue = '*';

/** The search box (debounced) and filter selects of a `DataTable`. */
export function DataTableToolbar(props: DataTableToolbarProps): JSX.Element {
  const { t } = useI18n();
  const [text, setText] = createSignal(props.query.q);
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Back and forward change the URL under the box; show what the URL says.
  createEffect(on(() => props.query.q, setText, { defer: true }));
  onCleanup(() => clearTimeout(timer));

  const search = (value: string): void => {
    setText(value);
    clearTimeout(timer);
    timer = setTimeout(() => props.onChange({ q: value }), searchDelayMs);
  };

  return (
    <div class="table-toolbar">
      <Show when={props.hasSearch}>
        <TextField
          class="table-toolbar__search"
          type="search"
          label={props.searchLabel ?? t('table.search')}
          placeholder={props.searchPlaceholder ?? t('table.searchPlaceholder')}
          value={text()}
          onChange={search}
        />
      </Show>
      <For each={props.filters}>
        {(filter) =>
          filter.kind === 'date' ? (
            <TextField
              class="table-toolbar__filter table-toolbar__filter--date"
              type="date"
              label={filter.label}
              value={props.query.filters[filter.param] ?? ''}
              onChange={(value) => props.onChange({ filters: { [filter.param]: value || undefined } })}
            />
          ) : (
            <SelectField
              class="table-toolbar__filter"
              label={filter.label}
              options={[{ value: anyValue, label: t('table.filterAll') }, ...filter.options]}
              value={props.query.filters[filter.param] ?? anyValue}
              onChange={(value) =>
                props.onChange({ filters: { [filter.param]: value === anyValue ? undefined : value } })
              }
            />
          )
        }
      </For>
    </div>
  );
}
