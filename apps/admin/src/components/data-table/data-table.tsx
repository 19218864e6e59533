import { Button } from '@kobalte/core/button';
import { keepPreviousData, useQuery } from '@tanstack/solid-query';
import { createEffect, createSignal, For, type JSX, Match, on, Show, Switch } from 'solid-js';
import { useI18n } from '../../i18n/i18n';
import { EmptyState, ErrorState, Loading } from '../states';
import { DataTableCheckbox } from './data-table-checkbox';
import { DataTablePagination } from './data-table-pagination';
import { type DataTableFilter, DataTableToolbar } from './data-table-toolbar';
import type { ListPage, ListQuery } from './list-query';
import { useListQuery } from './use-list-query';
import './data-table.css';

/** One column of a `DataTable`. */
export interface DataTableColumn<T> {
  /** Unique among the columns; `actions` (a row's buttons) stays pinned on the right while the table scrolls. */
  id: string;
  header: string;
  cell: (row: T) => JSX.Element;
  /** `end` for numbers and actions. */
  align?: 'start' | 'end';
  /** Left out on narrow screens (phones), for columns another column repeats there. */
  isWideOnly?: boolean;
}

function cellClass(column: {
  id: string;
  align?: 'start' | 'end';
  isWideOnly?: boolean;
}): string | undefined {
  const classes = [
    column.id === 'actions' && 'table__cell--actions',
    column.align === 'end' && 'table__cell--end',
    column.isWideOnly && 'table__cell--wide-only',
  ];
  return classes.filter(Boolean).join(' ') || undefined;
}

/** The current selection, handed to `bulkActions`. */
export interface DataTableSelection<T> {
  keys: string[];
  rows: T[];
  clear: () => void;
}

/** Props of `DataTable`. */
export interface DataTableProps<T> {
  /** The table's accessible name (shown to screen readers only). */
  caption: string;
  /** The query cache key of this list, e.g. `['villages']`; the list query is appended to it. */
  queryKey: readonly unknown[];
  /** Loads one page; build the URL with `toListSearch(query)`. */
  fetchPage: (query: ListQuery) => Promise<ListPage<T>>;
  columns: readonly DataTableColumn<T>[];
  /** A row's stable id, used for selection and keyed rendering. */
  rowKey: (row: T) => string;
  /** What a row is called, e.g. a village's name; names the row's checkbox for screen readers. */
  rowLabel?: (row: T) => string;
  filters?: readonly DataTableFilter[];
  /** Shows the search box (sent as `q`); default true. */
  hasSearch?: boolean;
  searchLabel?: string;
  /** The search box's placeholder, e.g. what can be searched for. */
  searchPlaceholder?: string;
  /**
   * On narrow screens (phones), shows each row as a card of labelled cells instead of a wide table that
   * scrolls sideways; for lists whose cells are long (audit entries) or many (users).
   */
  isStackedOnNarrow?: boolean;
  /** Makes rows selectable; renders the actions for the selected rows above the table. */
  bulkActions?: (selection: DataTableSelection<T>) => JSX.Element;
  /** Shown when the list is empty and no search or filter is set. */
  emptyTitle?: string;
  emptyHint?: string;
  emptyAction?: JSX.Element;
}

/**
 * A list from the API as a table: debounced search, filter selects, pagination and optional row selection.
 * Search, filters and page live in the URL's search params, so a reload keeps them.
 */
export function DataTable<T>(props: DataTableProps<T>): JSX.Element {
  const { t } = useI18n();
  const { query, update } = useListQuery(() => (props.filters ?? []).map((filter) => filter.param));
  const list = useQuery(() => ({
    queryKey: [...props.queryKey, query()],
    queryFn: () => props.fetchPage(query()),
    placeholderData: keepPreviousData,
  }));
  const rows = () => list.data?.items ?? [];
  const isFiltered = () => query().q !== '' || Object.keys(query().filters).length > 0;

  const [selectedKeys, setSelectedKeys] = createSignal<ReadonlySet<string>>(new Set());
  const isSelectable = () => props.bulkActions !== undefined;
  const selectedRows = () => rows().filter((row) => selectedKeys().has(props.rowKey(row)));
  const clearSelection = () => setSelectedKeys(new Set<string>());
  const toggleRow = (key: string, isChecked: boolean) => {
    const next = new Set(selectedKeys());
    if (isChecked) next.add(key);
    else next.delete(key);
    setSelectedKeys(next);
  };
  const toggleAll = (isChecked: boolean) =>
    setSelectedKeys(new Set(isChecked ? rows().map(props.rowKey) : []));

  createEffect(on(query, clearSelection, { defer: true }));
  // A page past the end (e.g. after deleting its last rows) moves to the last page.
  createEffect(() => {
    const data = list.data;
    if (data && data.items.length === 0 && data.total > 0 && query().page > 1) {
      update({ page: Math.ceil(data.total / query().pageSize) });
    }
  });

  return (
    <section class="data-table">
      <DataTableToolbar
        query={query()}
        onChange={update}
        filters={props.filters ?? []}
        hasSearch={props.hasSearch ?? true}
        searchLabel={props.searchLabel}
        searchPlaceholder={props.searchPlaceholder}
      />
      <Show when={props.bulkActions !== undefined && selectedKeys().size > 0}>
        <div class="bulk-bar">
          <span>{t('table.selectedCount', { count: selectedKeys().size })}</span>
          {props.bulkActions?.({ keys: [...selectedKeys()], rows: selectedRows(), clear: clearSelection })}
          <Button class="button button--quiet" onClick={clearSelection}>
            {t('table.clearSelection')}
          </Button>
        </div>
      </Show>
      <Switch>
        <Match when={list.isPending}>
          <Loading />
        </Match>
        <Match when={list.isError}>
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        </Match>
        <Match when={rows().length === 0}>
          <EmptyState
            title={isFiltered() ? t('table.emptyTitle') : (props.emptyTitle ?? t('table.emptyTitle'))}
            hint={isFiltered() ? t('table.emptyHint') : props.emptyHint}
            action={isFiltered() ? undefined : props.emptyAction}
          />
        </Match>
        <Match when={list.data}>
          <div class="table-scroll">
            <table
              class="table"
              classList={{ 'table--stacked': props.isStackedOnNarrow }}
              aria-busy={list.isFetching}
            >
              <caption class="visually-hidden">{props.caption}</caption>
              <thead>
                <tr>
                  <Show when={isSelectable()}>
                    <th scope="col" class="table__select">
                      <DataTableCheckbox
                        label={t('table.selectAll')}
                        checked={selectedRows().length === rows().length}
                        indeterminate={selectedRows().length > 0 && selectedRows().length < rows().length}
                        onChange={toggleAll}
                      />
                    </th>
                  </Show>
                  <For each={props.columns}>
                    {(column) => (
                      <th scope="col" class={cellClass(column)}>
                        {column.header}
                      </th>
                    )}
                  </For>
                </tr>
              </thead>
              <tbody>
                <For each={rows()}>
                  {(row) => (
                    <tr data-selected={selectedKeys().has(props.rowKey(row)) || undefined}>
                      <Show when={isSelectable()}>
                        <td class="table__select">
                          <DataTableCheckbox
                            label={
                              props.rowLabel
                                ? t('table.selectRowNamed', { name: props.rowLabel(row) })
                                : t('table.selectRow')
                            }
                            checked={selectedKeys().has(props.rowKey(row))}
                            onChange={(isChecked) => toggleRow(props.rowKey(row), isChecked)}
                          />
                        </td>
                      </Show>
                      <For each={props.columns}>
                        {(column) => (
                          <td class={cellClass(column)} data-label={column.header}>
                            {column.cell(row)}
                          </td>
                        )}
                      </For>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
          <DataTablePagination
            page={query().page}
            pageSize={query().pageSize}
            total={list.data?.total ?? 0}
            onPageChange={(page) => update({ page })}
            onPageSizeChange={(pageSize) => update({ pageSize })}
          />
        </Match>
      </Switch>
    </section>
  );
}
