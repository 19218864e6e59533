import { Button } from '@kobalte/core/button';
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { fieldErrorOf } from '../api/client';
import { useMe } from '../auth/me-context';
import type { ComboboxOption } from '../components/combobox-field';
import {
  DataTable,
  type DataTableColumn,
  type DataTableFilter,
  type ListQuery,
} from '../components/data-table';
import { TextField } from '../components/form-field';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import { todayInChina } from '../party/party-format';
import { VillagePicker } from '../party/village-picker';
import {
  type AllocationReport,
  allocationsHref,
  evaluationQueryKey,
  fetchAllocations,
  recordEquipment,
  recordFunding,
} from './evaluation-api';
import { fenOfYuan, formatYuan, townshipTotals } from './evaluation-format';
import { EvaluationLayout } from './evaluation-layout';
import { evaluationFieldError } from './evaluation-problems';

type FundingRow = AllocationReport['funding'][number];

const fundingKey = [...evaluationQueryKey, 'funding'] as const;

/** The funding rows as one page of a list, filtered by township and searched by village or purpose. */
function pageOf(report: AllocationReport, query: ListQuery) {
  const { township } = query.filters;
  const matching = report.funding.filter(
    (row) =>
      (!township || row.townshipName === township) &&
      (!query.q || row.villageName.includes(query.q) || row.purpose.includes(query.q)),
  );
  const start = (query.page - 1) * query.pageSize;
  return {
    items: matching.slice(start, start + query.pageSize),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : undefined);

/** Records money for a village: the amount typed in yuan, sent as typed and kept in fen by the server. */
function FundingForm(): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [village, setVillage] = createSignal<ComboboxOption>();
  const [amount, setAmount] = createSignal('');
  const [purpose, setPurpose] = createSignal('');
  const [source, setSource] = createSignal('');
  const [allocatedOn, setAllocatedOn] = createSignal(todayInChina());
  const [approver, setApprover] = createSignal('');
  const [isTried, setIsTried] = createSignal(false);
  const amountError = () =>
    isTried() && fenOfYuan(amount()) === undefined ? t('evaluation.funding.invalidAmount') : undefined;
  const required = (value: string) =>
    isTried() && !value.trim() ? t('evaluation.funding.required') : undefined;
  const record = useMutation(() => ({
    mutationFn: () =>
      recordFunding({
        villageId: village()?.value ?? '',
        amountYuan: amount().trim(),
        purpose: purpose(),
        source: source().trim() || null,
        allocatedOn: allocatedOn(),
        approver: approver(),
      }),
    onSuccess: async () => {
      showToast({ kind: 'success', title: t('evaluation.funding.recorded') });
      setAmount('');
      setPurpose('');
      setIsTried(false);
      await queryClient.invalidateQueries({ queryKey: fundingKey });
    },
    onError: (error: unknown) =>
      showToast({ kind: 'error', title: t('evaluation.common.saveFailed'), description: errorText(error) }),
  }));
  const serverError = (path: string) => evaluationFieldError(t, record.error, path);
  return (
    <section class="card" aria-labelledby="record-funding">
      <h2 id="record-funding" class="card__title">
        {t('evaluation.funding.recordFunding')}
      </h2>
      <form
        class="evaluation-form"
        onSubmit={(event) => {
          event.preventDefault();
          setIsTried(true);
          if (village() && fenOfYuan(amount()) !== undefined && purpose().trim() && approver().trim())
            record.mutate();
        }}
      >
        <VillagePicker
          value={village()}
          onChange={setVillage}
          label={t('evaluation.funding.village')}
          error={
            (isTried() && !village() ? t('evaluation.funding.required') : undefined) ??
            serverError('villageId')
          }
        />
        <TextField
          label={t('evaluation.funding.amount')}
          description={t('evaluation.funding.amountHint')}
          value={amount()}
          onChange={setAmount}
          error={amountError() ?? serverError('amountYuan')}
        />
        <TextField
          label={t('evaluation.funding.purpose')}
          value={purpose()}
          onChange={setPurpose}
          error={required(purpose()) ?? serverError('purpose')}
        />
        <TextField
          label={t('evaluation.funding.source')}
          placeholder={t('evaluation.funding.sourcePlaceholder')}
          value={source()}
          onChange={setSource}
          error={serverError('source')}
        />
        <TextField
          label={t('evaluation.funding.allocatedOn')}
          type="date"
          value={allocatedOn()}
          onChange={setAllocatedOn}
          error={serverError('allocatedOn')}
        />
        <TextField
          label={t('evaluation.funding.approver')}
          value={approver()}
          onChange={setApprover}
          error={required(approver()) ?? serverError('approver')}
        />
        <div class="button-row">
          <Button type="submit" class="button button--primary" disabled={record.isPending}>
            {t('evaluation.funding.record')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** Records equipment sent to a village. */
function EquipmentForm(): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [village, setVillage] = createSignal<ComboboxOption>();
  const [item, setItem] = createSignal('');
  const [quantity, setQuantity] = createSignal('1');
  const [sentOn, setSentOn] = createSignal(todayInChina());
  const [note, setNote] = createSignal('');
  const [isTried, setIsTried] = createSignal(false);
  const isQuantity = () => /^\s*[1-9]\d{0,5}\s*$/.test(quantity());
  const record = useMutation(() => ({
    mutationFn: () =>
      recordEquipment({
        villageId: village()?.value ?? '',
        item: item(),
        quantity: Number(quantity()),
        sentOn: sentOn(),
        note: note().trim() || null,
      }),
    onSuccess: async () => {
      showToast({ kind: 'success', title: t('evaluation.funding.recorded') });
      setItem('');
      setNote('');
      setIsTried(false);
      await queryClient.invalidateQueries({ queryKey: fundingKey });
    },
    onError: (error: unknown) =>
      showToast({ kind: 'error', title: t('evaluation.common.saveFailed'), description: errorText(error) }),
  }));
  return (
    <section class="card" aria-labelledby="record-equipment">
      <h2 id="record-equipment" class="card__title">
        {t('evaluation.funding.recordEquipment')}
      </h2>
      <form
        class="evaluation-form"
        onSubmit={(event) => {
          event.preventDefault();
          setIsTried(true);
          if (village() && item().trim() && isQuantity()) record.mutate();
        }}
      >
        <VillagePicker
          value={village()}
          onChange={setVillage}
          label={t('evaluation.funding.village')}
          error={
            isTried() && !village()
              ? t('evaluation.funding.required')
              : fieldErrorOf(record.error, 'villageId')
          }
        />
        <TextField
          label={t('evaluation.funding.item')}
          placeholder={t('evaluation.funding.itemPlaceholder')}
          value={item()}
          onChange={setItem}
          error={
            isTried() && !item().trim()
              ? t('evaluation.funding.required')
              : fieldErrorOf(record.error, 'item')
          }
        />
        <TextField
          label={t('evaluation.funding.quantity')}
          value={quantity()}
          onChange={setQuantity}
          error={
            isTried() && !isQuantity()
              ? t('evaluation.funding.invalidQuantity')
              : fieldErrorOf(record.error, 'quantity')
          }
        />
        <TextField
          label={t('evaluation.funding.sentOn')}
          type="date"
          value={sentOn()}
          onChange={setSentOn}
          error={fieldErrorOf(record.error, 'sentOn')}
        />
        <TextField label={t('evaluation.funding.note')} value={note()} onChange={setNote} />
        <div class="button-row">
          <Button type="submit" class="button button--primary" disabled={record.isPending}>
            {t('evaluation.funding.record')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/**
 * 资金与设备: money (e.g. retained party dues) and equipment (e.g. e-learning sets) allocated to the villages
 * of the user's scope, with per-village and total sums in yuan from integer fen, the .xlsx export, and the
 * forms to record either for those who manage funding.
 */
export function FundingPage(): JSX.Element {
  const { t } = useI18n();
  const { can } = useMe();
  const report = useQuery(() => ({ queryKey: [...fundingKey, 'all'], queryFn: fetchAllocations }));
  const filters = (): DataTableFilter[] => [
    {
      param: 'township',
      label: t('evaluation.funding.filterTownship'),
      options: [...new Set((report.data?.funding ?? []).map((row) => row.townshipName))].map((name) => ({
        value: name,
        label: name,
      })),
    },
  ];
  const columns = (): DataTableColumn<FundingRow>[] => [
    { id: 'allocatedOn', header: t('evaluation.funding.allocatedOn'), cell: (row) => row.allocatedOn },
    { id: 'village', header: t('evaluation.funding.village'), cell: (row) => row.villageName },
    {
      id: 'township',
      header: t('evaluation.funding.township'),
      cell: (row) => row.townshipName,
      isWideOnly: true,
    },
    {
      id: 'amount',
      header: t('evaluation.funding.amount'),
      cell: (row) => <span class="evaluation-number">{formatYuan(row.amountFen)}</span>,
      align: 'end',
    },
    { id: 'purpose', header: t('evaluation.funding.purpose'), cell: (row) => row.purpose },
    {
      id: 'source',
      header: t('evaluation.funding.source'),
      cell: (row) => row.source ?? '—',
      isWideOnly: true,
    },
    {
      id: 'approver',
      header: t('evaluation.funding.approver'),
      cell: (row) => row.approver,
      isWideOnly: true,
    },
  ];
  return (
    <EvaluationLayout
      title={t('evaluation.tabs.funding')}
      intro={t('evaluation.funding.intro')}
      permission="funding:read"
      actions={
        <a class="button button--quiet" href={allocationsHref} download="">
          {t('evaluation.funding.export')}
        </a>
      }
    >
      <div class="evaluation-stack">
        <Show when={report.data}>
          {(r) => (
            <p role="status" class="evaluation-number">
              {t('evaluation.funding.total', {
                amount: formatYuan(r().totalFen),
                quantity: r().totalEquipmentQuantity,
              })}
            </p>
          )}
        </Show>
        <section aria-labelledby="funding-heading">
          <h2 id="funding-heading" class="card__title">
            {t('evaluation.funding.fundingHeading')}
          </h2>
          <DataTable<FundingRow>
            caption={t('evaluation.funding.fundingCaption')}
            queryKey={[...fundingKey, 'page']}
            fetchPage={async (query) => pageOf(await fetchAllocations(), query)}
            columns={columns()}
            rowKey={(row) => row.id}
            filters={filters()}
            emptyTitle={t('evaluation.funding.emptyFunding')}
          />
        </section>
        <Show when={report.data}>
          {(r) => (
            <>
              <section class="card" aria-labelledby="equipment-heading">
                <h2 id="equipment-heading" class="card__title">
                  {t('evaluation.funding.equipmentHeading')}
                </h2>
                <Show
                  when={r().equipment.length > 0}
                  fallback={<p class="muted">{t('evaluation.funding.emptyEquipment')}</p>}
                >
                  <div class="table-scroll">
                    <table class="table">
                      <caption class="visually-hidden">{t('evaluation.funding.equipmentCaption')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('evaluation.funding.sentOn')}</th>
                          <th scope="col">{t('evaluation.funding.village')}</th>
                          <th scope="col">{t('evaluation.funding.item')}</th>
                          <th scope="col" class="table__cell--end">
                            {t('evaluation.funding.quantity')}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        <For each={r().equipment}>
                          {(row) => (
                            <tr>
                              <td>{row.sentOn}</td>
                              <td>{row.villageName}</td>
                              <td>
                                {row.item}
                                <Show when={row.note}>
                                  <span class="muted"> · {row.note}</span>
                                </Show>
                              </td>
                              <td class="table__cell--end evaluation-number">{row.quantity}</td>
                            </tr>
                          )}
                        </For>
                      </tbody>
                    </table>
                  </div>
                </Show>
              </section>
              <div class="evaluation-columns">
                <section class="card" aria-labelledby="totals-heading">
                  <h2 id="totals-heading" class="card__title">
                    {t('evaluation.funding.totalsHeading')}
                  </h2>
                  <table class="table">
                    <caption class="visually-hidden">{t('evaluation.funding.totalsCaption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('evaluation.funding.village')}</th>
                        <th scope="col" class="table__cell--end">
                          {t('evaluation.funding.amount')}
                        </th>
                        <th scope="col" class="table__cell--end">
                          {t('evaluation.funding.quantity')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={r().villageTotals}>
                        {(row) => (
                          <tr>
                            <td>{row.villageName}</td>
                            <td class="table__cell--end evaluation-number">{formatYuan(row.fundingFen)}</td>
                            <td class="table__cell--end evaluation-number">{row.equipmentQuantity}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                    <tfoot>
                      <tr>
                        <th scope="row">{t('evaluation.funding.totalFunding')}</th>
                        <td class="table__cell--end evaluation-number">{formatYuan(r().totalFen)}</td>
                        <td class="table__cell--end evaluation-number">{r().totalEquipmentQuantity}</td>
                      </tr>
                    </tfoot>
                  </table>
                </section>
                <section class="card" aria-labelledby="township-totals-heading">
                  <h2 id="township-totals-heading" class="card__title">
                    {t('evaluation.funding.townshipTotalsHeading')}
                  </h2>
                  <table class="table">
                    <caption class="visually-hidden">{t('evaluation.funding.townshipTotalsHeading')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('evaluation.funding.township')}</th>
                        <th scope="col" class="table__cell--end">
                          {t('evaluation.funding.amount')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={townshipTotals(r().funding)}>
                        {(row) => (
                          <tr>
                            <td>{row.townshipName}</td>
                            <td class="table__cell--end evaluation-number">{formatYuan(row.fen)}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </section>
              </div>
            </>
          )}
        </Show>
        <Show when={can('funding:manage')}>
          <div class="evaluation-columns">
            <FundingForm />
            <EquipmentForm />
          </div>
        </Show>
      </div>
    </EvaluationLayout>
  );
}
