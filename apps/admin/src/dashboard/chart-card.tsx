import { ToggleButton } from '@kobalte/core/toggle-button';
import { A } from '@solidjs/router';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { EmptyState } from '../components/states';
import { useI18n } from '../i18n/i18n';
import { type ChartKind, chartHeight, chartOption } from './chart-options';
import { type FigureRow, figuresLabel, hasFigures } from './dashboard-figures';
import { EChart } from './echarts-chart';

/** Props of `ChartCard`. */
export interface ChartCardProps {
  /** Unique on the page; names the heading the card is labelled by. */
  id: string;
  title: string;
  hint?: string;
  kind: ChartKind;
  /** The figures of the chart and of the table. */
  rows: FigureRow[];
  /** The chart's rows when it draws fewer than the table lists (e.g. the top ten). */
  chartRows?: FigureRow[];
  labelHeader: string;
  valueHeader: string;
  /** Shown instead of the chart when no row has a figure. */
  emptyTitle?: string;
  /** A click on a bar or slice (e.g. drilling into a township). */
  onRowClick?: (row: FigureRow) => void;
  /** A table of more columns in place of the label and value table. */
  table?: () => JSX.Element;
  /** A colour per row (e.g. each village type's own); the palette by default. */
  colors?: readonly string[];
  /** Spans the grid's full width. */
  isWide?: boolean;
}

/**
 * A dashboard card: a chart with a "view as table" toggle (查看数据表) that shows the same figures in an
 * accessible table, and an empty state when there is nothing to draw.
 */
export function ChartCard(props: ChartCardProps): JSX.Element {
  const { t } = useI18n();
  const [isTable, setIsTable] = createSignal(false);
  const chartRows = () => props.chartRows ?? props.rows;
  const headingId = () => `${props.id}-heading`;

  return (
    <section
      class={props.isWide ? 'card dash-card dash-card--wide' : 'card dash-card'}
      aria-labelledby={headingId()}
      data-chart={props.id}
    >
      <div class="card__head">
        <h2 id={headingId()} class="card__title">
          {props.title}
        </h2>
        <Show when={hasFigures(props.rows)}>
          <ToggleButton class="button button--small dash-toggle" pressed={isTable()} onChange={setIsTable}>
            {t('dashboard.chart.showTable')}
          </ToggleButton>
        </Show>
      </div>
      <Show when={props.hint}>
        <p class="card__hint">{props.hint}</p>
      </Show>
      <Show
        when={hasFigures(props.rows)}
        fallback={<EmptyState title={props.emptyTitle ?? t('dashboard.chart.noData')} />}
      >
        <Show
          when={isTable()}
          fallback={
            <EChart
              option={chartOption(props.kind, chartRows(), props.colors)}
              label={figuresLabel(props.title, chartRows(), t)}
              height={chartHeight(props.kind, chartRows().length)}
              onItemClick={
                props.onRowClick
                  ? (index) => {
                      const row = chartRows()[index];
                      if (row) props.onRowClick?.(row);
                    }
                  : undefined
              }
            />
          }
        >
          <div class="table-scroll dash-table">
            <Show when={props.table} fallback={<FigureTable {...props} />}>
              {(table) => table()()}
            </Show>
          </div>
        </Show>
      </Show>
    </section>
  );
}

/** The figures as a two-column table: the category (a link when it has one) and its value. */
function FigureTable(props: ChartCardProps): JSX.Element {
  return (
    <table class="table">
      <caption class="visually-hidden">{props.title}</caption>
      <thead>
        <tr>
          <th scope="col">{props.labelHeader}</th>
          <th scope="col" class="table__cell--end">
            {props.valueHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(row) => (
            <tr data-key={row.key}>
              <th scope="row">
                <Show when={row.href} fallback={row.label}>
                  {(href) => <A href={href()}>{row.label}</A>}
                </Show>
              </th>
              <td class="table__cell--end">{row.text}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
