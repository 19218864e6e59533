export {
  DataTable,
  type DataTableColumn,
  type DataTableProps,
  type DataTableSelection,
} from './data-table';
export type { DataTableDateFilter, DataTableFilter, DataTableSelectFilter } from './data-table-toolbar';
export {
  defaultPageSize,
  type ListPage,
  type ListQuery,
  type ListQueryPatch,
  maxPageSize,
  parseListQuery,
  toListSearch,
} from './list-query';
export { useListQuery } from './use-list-query';
