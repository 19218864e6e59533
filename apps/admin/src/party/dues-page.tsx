import { Button } from '@kobalte/core/button';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { useMe } from '../auth/me-context';
import { DataTablePagination } from '../components/data-table/data-table-pagination';
import { SelectField, TextField } from '../components/form-field';
import { Loading } from '../components/states';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import {
  fetchDuesSummary,
  fetchMonthDues,
  type MonthDues,
  partyQueryKey,
  recordDues,
  setDuesSettings,
} from './party-api';
import { errorMessage, fenOf, todayInChina, yuan } from './party-format';
import { PartyLayout } from './party-layout';

function lastMonths(count: number): string[] {
  const [year = 2000, month = 1] = todayInChina().split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(year, month - 1 - i, 1));
    return date.toISOString().slice(0, 7);
  });
}

function DuesRow(props: {
  item: MonthDues['items'][number];
  month: string;
  canManage: boolean;
}): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [amount, setAmount] = createSignal(props.item.record ? yuan(props.item.record.amountFen) : '');
  const save = useMutation(() => ({
    mutationFn: () => {
      const amountFen = fenOf(amount());
      if (amountFen === undefined) throw new Error(t('party.dues.invalidAmount'));
      const paidOn = props.month === todayInChina().slice(0, 7) ? todayInChina() : `${props.month}-28`;
      return recordDues({ memberId: props.item.memberId, month: props.month, amountFen, paidOn });
    },
    onSuccess: async () => {
      showToast({ kind: 'success', title: t('party.dues.recorded') });
      await queryClient.invalidateQueries({ queryKey: [...partyQueryKey, 'dues'] });
    },
    onError: (error: unknown) =>
      showToast({ kind: 'error', title: t('party.common.saveFailed'), description: errorMessage(error) }),
  }));
  return (
    <tr>
      <td data-label={t('party.dues.member')}>{props.item.memberName}</td>
      <td data-label={t('party.dues.organization')}>
        {props.item.villageName} · {props.item.organizationName}
      </td>
      <td class="party-money" data-label={t('party.dues.amount')}>
        <Show
          when={props.canManage}
          fallback={props.item.record ? yuan(props.item.record.amountFen) : t('party.dues.unpaid')}
        >
          <form
            class="party-id"
            onSubmit={(event) => {
              event.preventDefault();
              save.mutate();
            }}
          >
            <TextField
              label={t('party.dues.amount')}
              class="party-inline"
              value={amount()}
              onChange={setAmount}
            />
            <Button type="submit" class="button button--small" disabled={save.isPending || !amount().trim()}>
              {t('party.dues.record')}
            </Button>
          </form>
        </Show>
      </td>
      <td class="party-money" data-label={t('party.dues.retained')}>
        {props.item.record ? yuan(props.item.record.retainedFen) : '—'}
      </td>
      <td data-label={t('party.dues.paidOn')}>
        {props.item.record?.paidOn ?? <span class="muted">{t('party.dues.unpaid')}</span>}
      </td>
    </tr>
  );
}

function ShareCard(props: { basisPoints: number; canSet: boolean }): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [percent, setPercent] = createSignal(String(props.basisPoints / 100));
  const save = useMutation(() => ({
    mutationFn: () => setDuesSettings(Math.round(Number(percent()) * 100)),
    onSuccess: async () => {
      showToast({ kind: 'success', title: t('party.common.saved') });
      await queryClient.invalidateQueries({ queryKey: [...partyQueryKey, 'dues'] });
    },
    onError: (error: unknown) =>
      showToast({ kind: 'error', title: t('party.common.saveFailed'), description: errorMessage(error) }),
  }));
  return (
    <section class="card">
      <p>{t('party.dues.share', { percent: props.basisPoints / 100 })}</p>
      <Show when={props.canSet}>
        <form
          class="party-toolbar"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate();
          }}
        >
          <TextField
            label={t('party.dues.shareLabel')}
            description={t('party.dues.shareHint')}
            value={percent()}
            onChange={setPercent}
          />
          <Button type="submit" class="button" disabled={save.isPending}>
            {t('party.dues.setShare')}
          </Button>
        </form>
      </Show>
    </section>
  );
}

/**
 * Party dues: a month's dues of every member on the books (recorded in yuan, kept in integer fen) with the
 * county's retained share, the year's totals, and the county's share for a county user.
 */
export function DuesPage(): JSX.Element {
  const { t } = useI18n();
  const { can, me } = useMe();
  const months = lastMonths(24);
  const [month, setMonth] = createSignal(months[0] ?? '2025-01');
  const [page, setPage] = createSignal(1);
  const [pageSize, setPageSize] = createSignal(50);
  const dues = useQuery(() => ({
    queryKey: [...partyQueryKey, 'dues', month(), page(), pageSize()],
    queryFn: () => fetchMonthDues({ month: month(), page: page(), pageSize: pageSize() }),
    placeholderData: keepPreviousData,
  }));
  const year = () => month().slice(0, 4);
  const summary = useQuery(() => ({
    queryKey: [...partyQueryKey, 'dues', 'summary', year()],
    queryFn: () => fetchDuesSummary(year()),
  }));
  const isCounty = () => !me().scope.township && !me().scope.village;
  return (
    <PartyLayout title={t('party.tabs.dues')} intro={t('party.dues.intro')}>
      <div class="party-stack">
        <div class="party-toolbar">
          <SelectField
            label={t('party.dues.month')}
            options={months.map((value) => ({ value, label: value }))}
            value={month()}
            onChange={(value) => {
              setMonth(value);
              setPage(1);
            }}
          />
        </div>
        <Show when={dues.data} fallback={<Loading />}>
          {(data) => (
            <>
              <ShareCard
                basisPoints={data().retainedShareBasisPoints}
                canSet={can('party:manage') && isCounty()}
              />
              <p role="status">
                {t('party.dues.totals', {
                  paid: data().totals.paidCount,
                  members: data().totals.memberCount,
                  amount: yuan(data().totals.amountFen),
                  retained: yuan(data().totals.retainedFen),
                })}
              </p>
              <div class="table-scroll">
                <table class="table table--stacked">
                  <caption class="visually-hidden">{t('party.dues.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('party.dues.member')}</th>
                      <th scope="col">{t('party.dues.organization')}</th>
                      <th scope="col" class="table__cell--end">
                        {t('party.dues.amount')}
                      </th>
                      <th scope="col" class="table__cell--end">
                        {t('party.dues.retained')}
                      </th>
                      <th scope="col">{t('party.dues.paidOn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={data().items}>
                      {(item) => <DuesRow item={item} month={month()} canManage={can('party:manage')} />}
                    </For>
                  </tbody>
                </table>
              </div>
              <DataTablePagination
                page={page()}
                pageSize={pageSize()}
                total={data().total}
                onPageChange={setPage}
                onPageSizeChange={(size) => {
                  setPageSize(size);
                  setPage(1);
                }}
              />
            </>
          )}
        </Show>
        <Show when={summary.data}>
          {(s) => (
            <section class="card" aria-labelledby="year-heading">
              <h2 id="year-heading" class="card__title">
                {t('party.dues.yearHeading', { year: s().year })}
              </h2>
              <p>
                {t('party.dues.yearTotals', {
                  amount: yuan(s().totalAmountFen),
                  retained: yuan(s().totalRetainedFen),
                })}
              </p>
              <ul class="party-rows">
                <For each={s().months}>
                  {(m) => (
                    <li>
                      {m.month}：{yuan(m.amountFen)} / {yuan(m.retainedFen)}
                    </li>
                  )}
                </For>
              </ul>
            </section>
          )}
        </Show>
      </div>
    </PartyLayout>
  );
}
