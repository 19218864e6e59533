import { Button } from '@kobalte/core/button';
import { useMutation, useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, type JSX, Match, Show, Switch } from 'solid-js';
import { ApiError } from '../api/client';
import { Dialog } from '../components/dialog';
import { Loading } from '../components/states';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import { localizeImportProblem } from './import-problems';
import { ImportReportView } from './import-report';
import { formatBytes, isSheetName, maxSheetBytes, readFileAsBase64, typeSheetTemplate } from './type-sheet';
import { type ImportReport, importVillageTypes, townshipsQueryKey, villagesQueryKey } from './villages-api';

interface ChosenSheet {
  fileName: string;
  contentBase64: string;
}

const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(typeSheetTemplate())}`;

function ProblemAlert(props: { title: string; error: unknown }): JSX.Element {
  const { t } = useI18n();
  const message = () => (props.error instanceof Error ? props.error.message : String(props.error));
  // A known problem reads in the user's language; an unknown one shows the API's detail and field errors.
  const localized = () => localizeImportProblem(message());
  const fieldErrors = () => (props.error instanceof ApiError ? (props.error.problem.errors ?? []) : []);
  return (
    <div class="alert alert--error" role="alert">
      <p class="alert__title">{props.title}</p>
      <Show
        when={localized()}
        fallback={
          <>
            <p>{message()}</p>
            <Show when={fieldErrors().length > 0}>
              <ul>
                <For each={fieldErrors()}>{(fieldError) => <li>{fieldError.message}</li>}</For>
              </ul>
            </Show>
          </>
        }
      >
        {(known) => <p>{t(known().key, known().args)}</p>}
      </Show>
    </div>
  );
}

/**
 * Importing village types from a `code,type` sheet (CSV or .xlsx): the file is read in the browser, checked
 * by a dry run whose row-by-row report is shown, and applied only when the report has no errors.
 */
export function ImportTypesDialog(props: {
  open: boolean;
  onOpenChange: (isOpen: boolean) => void;
}): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [sheet, setSheet] = createSignal<ChosenSheet>();
  const [fileProblem, setFileProblem] = createSignal<string>();

  const check = useMutation(() => ({
    mutationFn: (input: ChosenSheet) => importVillageTypes({ ...input, dryRun: true }),
  }));
  const apply = useMutation(() => ({
    mutationFn: (input: ChosenSheet) => importVillageTypes({ ...input, dryRun: false }),
    onSuccess: (report: ImportReport) => {
      if (!report.applied) return;
      showToast({
        kind: 'success',
        title: t('villages.import.applied', { changed: report.rows.filter((row) => row.isChanged).length }),
      });
      close();
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: villagesQueryKey }),
        queryClient.invalidateQueries({ queryKey: townshipsQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  }));

  // A report from the apply step (e.g. rows that turned bad in between) replaces the dry run's.
  const report = () => (apply.data && !apply.data.applied ? apply.data : check.data);
  const changedCount = () => report()?.rows.filter((row) => row.isChanged).length ?? 0;
  const hasErrors = () => (report()?.errors.length ?? 0) > 0;

  const reset = (): void => {
    setSheet(undefined);
    setFileProblem(undefined);
    check.reset();
    apply.reset();
  };
  const close = (): void => {
    reset();
    props.onOpenChange(false);
  };

  const choose = async (file: File | undefined): Promise<void> => {
    reset();
    if (!file) return;
    if (!isSheetName(file.name)) return void setFileProblem(t('villages.import.wrongKind'));
    if (file.size > maxSheetBytes) {
      return void setFileProblem(t('villages.import.tooLarge', { size: formatBytes(file.size) }));
    }
    const chosen = { fileName: file.name, contentBase64: await readFileAsBase64(file) };
    setSheet(chosen);
    check.mutate(chosen);
  };

  return (
    <Dialog
      open={props.open}
      onOpenChange={(isOpen) => (isOpen ? props.onOpenChange(true) : close())}
      title={t('villages.import.title')}
      size="wide"
      footer={
        <>
          <Button class="button" onClick={close}>
            {t('villages.import.close')}
          </Button>
          <Show when={report()}>
            <Button
              class="button button--primary"
              disabled={hasErrors() || changedCount() === 0 || apply.isPending}
              onClick={() => {
                const chosen = sheet();
                if (chosen) apply.mutate(chosen);
              }}
            >
              {apply.isPending ? t('villages.import.applying') : t('villages.import.apply')}
            </Button>
          </Show>
        </>
      }
    >
      <div class="import">
        <p>{t('villages.import.intro')}</p>
        <p class="muted import__hint">{t('villages.import.typesHint')}</p>
        <div class="button-row">
          <label class="button file-button">
            <input
              class="visually-hidden"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => {
                const input = event.currentTarget;
                void choose(input.files?.[0]).finally(() => {
                  input.value = '';
                });
              }}
            />
            {sheet() ? t('villages.import.chooseAgain') : t('villages.import.file')}
          </label>
          <a class="button button--quiet" href={templateHref} download="village-types.csv">
            {t('villages.import.template')}
          </a>
          <Show when={sheet()}>{(chosen) => <span class="mono import__file">{chosen().fileName}</span>}</Show>
        </div>
        <p class="muted import__hint">
          {t('villages.import.fileHint', { size: formatBytes(maxSheetBytes) })}
        </p>
        <Show when={fileProblem()}>
          {(problem) => (
            <div class="alert alert--error" role="alert">
              {problem()}
            </div>
          )}
        </Show>
        <Switch>
          <Match when={check.isPending}>
            <Loading label={t('villages.import.checking')} />
          </Match>
          <Match when={check.isError}>
            <ProblemAlert title={t('villages.import.failed')} error={check.error} />
          </Match>
          <Match when={report()}>
            {(current) => (
              <>
                <Show when={apply.isError}>
                  <ProblemAlert title={t('villages.import.failed')} error={apply.error} />
                </Show>
                <ImportReportView report={current()} />
                <Show when={hasErrors() || changedCount() === 0}>
                  <p class="muted">
                    {hasErrors()
                      ? t('villages.import.applyDisabledErrors')
                      : t('villages.import.applyDisabledNothing')}
                  </p>
                </Show>
              </>
            )}
          </Match>
        </Switch>
      </div>
    </Dialog>
  );
}
