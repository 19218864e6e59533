import { Pagination } from '@kobalte/core/pagination';
import type { JSX } from 'solid-js';
import { useI18n } from '../../i18n/i18n';
import { SelectField } from '../form-field';
import { maxPageSize } from './list-query';

/** Props of `DataTablePagination`. */
export interface DataTablePaginationProps {
  /** 1-based. */
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

const pageSizes = [10, 20, 50, maxPageSize];

/** The total, the page size select and the page links under a `DataTable`. */
export function DataTablePagination(props: DataTablePaginationProps): JSX.Element {
  const { t } = useI18n();
  const pageCount = () => Math.max(1, Math.ceil(props.total / props.pageSize));

  return (
    <div class="table-pagination">
      <p class="table-pagination__total">{t('table.total', { total: props.total })}</p>
      <SelectField
        class="table-pagination__size"
        label={t('table.pageSize')}
        options={pageSizes.map((size) => ({
          value: String(size),
          label: t('table.pageSizeOption', { size }),
        }))}
        value={String(props.pageSize)}
        onChange={(value) => props.onPageSizeChange(Number(value))}
      />
      <Pagination
        class="pagination"
        aria-label={t('table.pagination')}
        count={pageCount()}
        page={Math.min(props.page, pageCount())}
        onPageChange={props.onPageChange}
        siblingCount={1}
        itemComponent={(item) => (
          <Pagination.Item class="pagination__item" page={item.page}>
            {item.page}
          </Pagination.Item>
        )}
        ellipsisComponent={() => <Pagination.Ellipsis class="pagination__ellipsis">…</Pagination.Ellipsis>}
      >
        <Pagination.Previous class="pagination__item" aria-label={t('table.previous')}>
          <span aria-hidden="true">‹</span>
        </Pagination.Previous>
        <Pagination.Items />
        <Pagination.Next class="pagination__item" aria-label={t('table.next')}>
          <span aria-hidden="true">›</span>
        </Pagination.Next>
      </Pagination>
    </div>
  );
}
