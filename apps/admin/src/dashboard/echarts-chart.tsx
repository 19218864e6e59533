import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { createEffect, createSignal, type JSX, onCleanup, onMount, Show } from 'solid-js';
import { useI18n } from '../i18n/i18n';

/** Props of `EChart`. */
export interface EChartProps {
  option: EChartsCoreOption;
  /** What the chart shows, read by screen readers in place of the drawing. */
  label: string;
  /** In pixels; the width follows the box. */
  height: number;
  /** Called with the index of the data item (bar, slice) the user clicks. */
  onItemClick?: (index: number) => void;
}

/**
 * An Apache ECharts chart. The library is imported on first use (its own chunk), the chart follows its
 * box's width with a ResizeObserver (phones, rotating, the navigation opening), and it is disposed with
 * the component. The drawing is one `role="img"` with a label that lists the figures.
 */
export function EChart(props: EChartProps): JSX.Element {
  const { t } = useI18n();
  const [chart, setChart] = createSignal<EChartsType>();
  const [failed, setFailed] = createSignal(false);
  let box: HTMLDivElement | undefined;
  let observer: ResizeObserver | undefined;
  let isGone = false;

  onMount(() => {
    import('./echarts-setup').then(
      ({ init }) => {
        if (isGone || !box) return;
        const instance = init(box, null, { renderer: 'svg' });
        instance.on('click', (event) => props.onItemClick?.(event.dataIndex));
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(box);
        setChart(instance);
      },
      () => setFailed(true),
    );
  });
  createEffect(() => chart()?.setOption(props.option, { notMerge: true }));
  onCleanup(() => {
    isGone = true;
    observer?.disconnect();
    chart()?.dispose();
  });

  return (
    <div class="echart">
      <Show when={!chart() && !failed()}>
        <p class="echart__status muted">{t('dashboard.chart.loading')}</p>
      </Show>
      <Show when={failed()}>
        <p class="echart__status muted">{t('dashboard.chart.failed')}</p>
      </Show>
      <div
        ref={box}
        class="echart__canvas"
        role="img"
        aria-label={props.label}
        style={{ height: `${props.height}px`, cursor: props.onItemClick ? 'pointer' : undefined }}
      />
    </div>
  );
}
