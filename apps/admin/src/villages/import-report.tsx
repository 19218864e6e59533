import { For, type JSX, Show } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { localizeImportProblem } from './import-problems';
import { VillageTypeBadge } from './village-type-badge';
import type { ImportReport } from './villages-api';

/** The row-by-row report of an uploaded type sheet: a summary, the rows in error, then every row's change. */
export function ImportReportView(props: { report: ImportReport }): JSX.Element {
  const { t } = useI18n();
  const changed = () => props.report.rows.filter((row) => row.isChanged).length;
  const problemText = (message: string) => {
    const localized = localizeImportProblem(message);
    return localized ? t(localized.key, localized.args) : message;
  };

  return (
    <div class="import-report">
      <p class="import-report__summary" role="status">
        {t('villages.import.summary', {
          rows: props.report.rows.length + props.report.errors.length,
          changed: changed(),
          unchanged: props.report.rows.length - changed(),
          errors: props.report.errors.length,
        })}
      </p>
      <Show when={props.report.errors.length > 0}>
        <section class="alert alert--error">
          <h3 class="alert__title">
            {t('villages.import.errorsHeading', { count: props.report.errors.length })}
          </h3>
          <div class="table-scroll import-report__table">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('villages.import.line')}</th>
                  <th scope="col">{t('villages.import.code')}</th>
                  <th scope="col">{t('villages.import.message')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={props.report.errors}>
                  {(error) => (
                    <tr>
                      <td>{error.line}</td>
                      <td class="mono">{error.code || '—'}</td>
                      <td class="import-report__message">{problemText(error.message)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </section>
      </Show>
      <Show when={props.report.rows.length > 0}>
        <h3 class="import-report__heading">{t('villages.import.rowsHeading')}</h3>
        <div class="table-scroll import-report__table">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('villages.import.line')}</th>
                <th scope="col">{t('villages.import.code')}</th>
                <th scope="col">{t('villages.import.name')}</th>
                <th scope="col">{t('villages.import.change')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.report.rows}>
                {(row) => (
                  <tr classList={{ 'is-unchanged': !row.isChanged }}>
                    <td>{row.line}</td>
                    <td class="mono">{row.code}</td>
                    <td>{row.name}</td>
                    <td>
                      <Show
                        when={row.isChanged}
                        fallback={
                          <span class="muted">
                            <VillageTypeBadge type={row.after} /> {t('villages.import.unchanged')}
                          </span>
                        }
                      >
                        <span class="type-change">
                          <VillageTypeBadge type={row.before} />
                          <span aria-hidden="true">→</span>
                          <VillageTypeBadge type={row.after} />
                        </span>
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </div>
  );
}
