import { Button } from '@kobalte/core/button';
import { useMutation, useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, type JSX, Match, Show, Switch } from 'solid-js';
import type { ComboboxOption } from '../components/combobox-field';
import { Dialog } from '../components/dialog';
import { Loading } from '../components/states';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import { formatBytes, maxSheetBytes, readFileAsBase64 } from '../villages/type-sheet';
import { type ImportReport, importMembers, partyQueryKey, templateHref } from './party-api';
import { errorMessage, problemText } from './party-format';
import { VillagePicker } from './village-picker';

interface ChosenFile {
  fileName: string;
  contentBase64: string;
}

function ReportTable(props: { report: ImportReport }): JSX.Element {
  const { t } = useI18n();
  const columnLabel = (field: string) => {
    const labels: Record<string, string> = {
      organization: t('party.form.organization'),
      group: t('party.form.group'),
      name: t('party.form.name'),
      idNumber: t('party.form.idNumber'),
      phone: t('party.form.phone'),
      category: t('party.form.category'),
      status: t('party.form.status'),
      joinedOn: t('party.form.joinedOn'),
      employerName: t('party.form.employerName'),
      employerPartyOrganization: t('party.form.employerPartyOrganization'),
      registeredOn: t('party.form.registeredOn'),
      certificateNumber: t('party.form.certificateNumber'),
      certificateValidFrom: t('party.form.certificateValidFrom'),
      certificateValidUntil: t('party.form.certificateValidUntil'),
      currentLocation: t('party.form.currentLocation'),
      managementMode: t('party.form.managementMode'),
      managingOrganizationName: t('party.form.managingOrganizationName'),
    };
    return labels[field] ?? field;
  };
  return (
    <div class="table-scroll">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('party.import.line')}</th>
            <th scope="col">{t('party.import.name')}</th>
            <th scope="col">{t('party.import.idNumber')}</th>
            <th scope="col">{t('party.import.problems')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.report.rows}>
            {(row) => (
              <tr data-invalid={row.errors.length > 0 || undefined}>
                <td>{row.line}</td>
                <td>{row.name || '—'}</td>
                <td class="mono">{row.idNumberMasked ?? '—'}</td>
                <td>
                  <Show
                    when={row.errors.length > 0}
                    fallback={<span class="badge badge--ok">{t('party.import.ok')}</span>}
                  >
                    <ul class="party-rows">
                      <For each={row.errors}>
                        {(error) => (
                          <li>
                            <strong>{columnLabel(error.field)}</strong>：{problemText(t, error.message)}
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

/**
 * Importing members from the .xlsx template into a village: the file is checked by a dry run whose
 * row-by-row report is shown; nothing is imported while a row fails, unless the user chooses to import only
 * the rows without errors.
 */
export function ImportMembersDialog(props: {
  open: boolean;
  onOpenChange: (isOpen: boolean) => void;
}): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [village, setVillage] = createSignal<ComboboxOption>();
  const [file, setFile] = createSignal<ChosenFile>();
  const [fileProblem, setFileProblem] = createSignal<string>();
  const [onlyValidRows, setOnlyValidRows] = createSignal(false);

  const run = (dryRun: boolean) => {
    const chosen = file();
    const place = village();
    if (!chosen || !place) throw new Error('choose a village and a file first');
    return importMembers({ villageId: place.value, ...chosen, dryRun, onlyValidRows: onlyValidRows() });
  };
  const check = useMutation(() => ({ mutationFn: () => run(true) }));
  const apply = useMutation(() => ({
    mutationFn: () => run(false),
    onSuccess: (report: ImportReport) => {
      if (!report.applied) return;
      showToast({ kind: 'success', title: t('party.import.applied', { count: report.importedCount }) });
      close();
    },
    onError: (error: unknown) =>
      showToast({ kind: 'error', title: t('party.import.failed'), description: errorMessage(error) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: partyQueryKey }),
  }));
  const report = () => (apply.data && !apply.data.applied ? apply.data : check.data);
  const canApply = () => {
    const current = report();
    if (!current || current.validCount === 0) return false;
    return current.errorCount === 0 || onlyValidRows();
  };

  const reset = () => {
    setFile(undefined);
    setFileProblem(undefined);
    setOnlyValidRows(false);
    check.reset();
    apply.reset();
  };
  const close = () => {
    reset();
    props.onOpenChange(false);
  };
  const choose = async (chosen: File | undefined) => {
    reset();
    if (!chosen) return;
    if (!chosen.name.toLowerCase().endsWith('.xlsx')) return void setFileProblem(t('party.import.wrongKind'));
    if (chosen.size > maxSheetBytes)
      return void setFileProblem(t('party.import.tooLarge', { size: formatBytes(chosen.size) }));
    setFile({ fileName: chosen.name, contentBase64: await readFileAsBase64(chosen) });
    if (village()) check.mutate();
  };

  return (
    <Dialog
      open={props.open}
      onOpenChange={(isOpen) => (isOpen ? props.onOpenChange(true) : close())}
      title={t('party.import.title')}
      size="wide"
      footer={
        <>
          <Button class="button" onClick={close}>
            {t('party.import.close')}
          </Button>
          <Show when={report()}>
            {(current) => (
              <Button
                class="button button--primary"
                disabled={!canApply() || apply.isPending}
                onClick={() => apply.mutate()}
              >
                {apply.isPending
                  ? t('party.import.applying')
                  : t('party.import.applyCount', { count: current().validCount })}
              </Button>
            )}
          </Show>
        </>
      }
    >
      <div class="party-stack">
        <p>{t('party.import.intro')}</p>
        <VillagePicker
          label={t('party.import.village')}
          value={village()}
          onChange={(option) => {
            setVillage(option);
            if (option && file()) check.mutate();
          }}
        />
        <div class="button-row">
          <label class="button file-button">
            <input
              class="visually-hidden"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => {
                const input = event.currentTarget;
                void choose(input.files?.[0]).finally(() => {
                  input.value = '';
                });
              }}
            />
            {file() ? t('party.import.chooseAgain') : t('party.import.file')}
          </label>
          <a class="button button--quiet" href={templateHref} download="">
            {t('party.import.template')}
          </a>
          <Show when={file()}>{(chosen) => <span class="mono">{chosen().fileName}</span>}</Show>
        </div>
        <Show when={fileProblem()}>
          {(problem) => (
            <div class="alert alert--error" role="alert">
              {problem()}
            </div>
          )}
        </Show>
        <Switch>
          <Match when={check.isPending}>
            <Loading label={t('party.import.checking')} />
          </Match>
          <Match when={check.isError}>
            <div class="alert alert--error" role="alert">
              <p class="alert__title">{t('party.import.failed')}</p>
              <p>{errorMessage(check.error)}</p>
            </div>
          </Match>
          <Match when={report()}>
            {(current) => (
              <>
                <p role="status">
                  {t('party.import.summary', {
                    rows: current().rows.length,
                    valid: current().validCount,
                    errors: current().errorCount,
                  })}
                </p>
                <Show when={current().rows.length === 0}>
                  <p class="muted">{t('party.import.nothing')}</p>
                </Show>
                <Show when={current().errorCount > 0}>
                  <div class="alert alert--warn">{t('party.import.blocked')}</div>
                  <label class="party-checkbox">
                    <input
                      type="checkbox"
                      checked={onlyValidRows()}
                      onChange={(event) => setOnlyValidRows(event.currentTarget.checked)}
                    />
                    {t('party.import.onlyValidRows')}
                  </label>
                </Show>
                <ReportTable report={current()} />
              </>
            )}
          </Match>
        </Switch>
      </div>
    </Dialog>
  );
}
