import { A, useSearchParams } from '@solidjs/router';
import { useQuery } from '@tanstack/solid-query';
import { For, type JSX, Show } from 'solid-js';
import { useMe } from '../auth/me-context';
import { RequirePermission } from '../auth/require-permission';
import { SelectField } from '../components/form-field';
import { ErrorState, Loading } from '../components/states';
import { useI18n } from '../i18n/i18n';
import { memberCategories } from '../party/party-api';
import { yuan } from '../party/party-format';
import { pluginText } from '../plugins/plugin-text';
import { fetchPlugins, pluginsQueryKey } from '../plugins/plugins-api';
import { VillageTypeBadge } from '../villages/village-type-badge';
import { villageTypeKey, villageTypesOrNone } from '../villages/village-types';
import { fetchTownships, townshipsQueryKey } from '../villages/villages-api';
import { ChartCard } from './chart-card';
import {
  type DashboardSummary,
  dashboardQueryKey,
  fetchDashboardSummary,
  type RequestStatus,
} from './dashboard-api';
import { countRows, type FigureRow, formatDuration, percent } from './dashboard-figures';
import '../components/data-table/data-table.css';
import '../villages/villages.css';
import './dashboard.css';

const requestStatuses: readonly RequestStatus[] = [
  'submitted',
  'accepted',
  'in-progress',
  'resolved',
  'rejected',
];
/** The village types' colours, as their badges show them (未分类 in grey). */
const typeColors = ['#1d4ed8', '#15803d', '#92400e', '#7e22ce', '#5c6571'];
/** The ranking chart draws the leaders; its table lists every approved village. */
const rankingChartSize = 10;

/** The key figures above the charts: villages, overdue requests, time to resolve, the cadre ratios. */
function StatTiles(props: { summary: DashboardSummary }): JSX.Element {
  const { t } = useI18n();
  const cadres = () => props.summary.cadres;
  const median = () => props.summary.medianResolveSeconds;
  return (
    <dl class="dash-stats" aria-label={t('dashboard.stats.label')}>
      <div class="card dash-stat">
        <dt>{t('dashboard.stats.villages')}</dt>
        <dd class="dash-stat__value">{props.summary.villageCount}</dd>
      </div>
      <div class="card dash-stat" classList={{ 'dash-stat--warn': props.summary.overdueServiceRequests > 0 }}>
        <dt>{t('dashboard.stats.overdue')}</dt>
        <dd class="dash-stat__value">{props.summary.overdueServiceRequests}</dd>
      </div>
      <div class="card dash-stat">
        <dt>{t('dashboard.stats.median')}</dt>
        <dd class="dash-stat__value" classList={{ 'dash-stat__value--none': median() === null }}>
          {(() => {
            const seconds = median();
            return seconds === null ? t('dashboard.stats.noMedian') : formatDuration(seconds, t);
          })()}
        </dd>
      </div>
      <div class="card dash-stat">
        <dt>{t('dashboard.stats.oneShoulder')}</dt>
        <dd class="dash-stat__value">{percent(cadres().oneShoulderRatio) ?? t('dashboard.stats.noRatio')}</dd>
        <dd class="muted">
          {t('dashboard.stats.oneShoulderValue', {
            count: cadres().oneShoulderVillages,
            total: cadres().villagesWithBothHeads,
          })}
        </dd>
      </div>
      <div class="card dash-stat">
        <dt>{t('dashboard.stats.crossAppointment')}</dt>
        <dd class="dash-stat__value">
          {percent(cadres().crossAppointmentRatio) ?? t('dashboard.stats.noRatio')}
        </dd>
        <dd class="muted">
          {t('dashboard.stats.crossAppointmentValue', {
            count: cadres().crossAppointedCount,
            total: cadres().cadreCount,
          })}
        </dd>
      </div>
    </dl>
  );
}

/** The five-goods ranking of the latest period: the leaders drawn, every approved village in the table. */
function RankingCard(props: { summary: DashboardSummary }): JSX.Element {
  const { t } = useI18n();
  const fiveGoods = () => props.summary.fiveGoods;
  const rows = (): FigureRow[] =>
    (fiveGoods()?.items ?? []).map((item) => ({
      key: item.villageId,
      label: item.villageName,
      value: Number(item.totalScore),
      text: item.totalScore,
      href: `/villages/${item.villageId}`,
    }));
  const hint = () => {
    const period = fiveGoods();
    if (!period) return undefined;
    const name = t('dashboard.fiveGoods.period', { name: period.periodName });
    return rows().length > rankingChartSize
      ? `${name} ${t('dashboard.fiveGoods.top', { count: rankingChartSize })}`
      : name;
  };
  return (
    <ChartCard
      id="five-goods"
      title={t('dashboard.fiveGoods.title')}
      hint={hint()}
      kind="hbar"
      rows={rows()}
      chartRows={rows().slice(0, rankingChartSize)}
      labelHeader={t('dashboard.fiveGoods.village')}
      valueHeader={t('dashboard.fiveGoods.score')}
      emptyTitle={fiveGoods() ? t('dashboard.fiveGoods.empty') : t('dashboard.fiveGoods.noPeriod')}
      isWide
      table={() => (
        <table class="table">
          <caption class="visually-hidden">{t('dashboard.fiveGoods.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.fiveGoods.countyRank')}</th>
              <th scope="col">{t('dashboard.fiveGoods.village')}</th>
              <th scope="col">{t('dashboard.fiveGoods.township')}</th>
              <th scope="col">{t('dashboard.fiveGoods.townshipRank')}</th>
              <th scope="col" class="table__cell--end">
                {t('dashboard.fiveGoods.score')}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={fiveGoods()?.items ?? []}>
              {(item) => (
                <tr data-key={item.villageId}>
                  <td>{item.countyRank}</td>
                  <th scope="row">
                    <A href={`/villages/${item.villageId}`}>{item.villageName}</A>
                  </th>
                  <td>{item.townshipName}</td>
                  <td>{item.townshipRank}</td>
                  <td class="table__cell--end mono">{item.totalScore}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      )}
    />
  );
}

/** Below a township (or for a village's user): its villages, each linking to its page. */
function VillagesCard(props: { summary: DashboardSummary }): JSX.Element {
  const { t } = useI18n();
  const title = () => {
    const township = props.summary.township;
    return township
      ? t('dashboard.villages.title', { township: township.name })
      : t('dashboard.villages.titleVillage');
  };
  return (
    <section class="card dash-card dash-card--wide" aria-labelledby="dash-villages-heading">
      <h2 id="dash-villages-heading" class="card__title">
        {title()}
      </h2>
      <div class="table-scroll dash-table">
        <table class="table">
          <caption class="visually-hidden">{t('dashboard.villages.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.villages.name')}</th>
              <th scope="col">{t('dashboard.villages.type')}</th>
              <th scope="col" class="table__cell--end">
                {t('dashboard.villages.openRequests')}
              </th>
              <th scope="col" class="table__cell--end">
                {t('dashboard.villages.partyMembers')}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.summary.villages ?? []}>
              {(village) => (
                <tr data-key={village.id}>
                  <th scope="row">
                    <A href={`/villages/${village.id}`}>{village.name}</A>
                  </th>
                  <td>
                    <VillageTypeBadge type={village.type} />
                  </td>
                  <td class="table__cell--end">{village.openServiceRequests}</td>
                  <td class="table__cell--end">{village.partyMembers}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Every chart of one summary. `drillTo` narrows the page to a township (county users only). */
function DashboardCharts(props: {
  summary: DashboardSummary;
  drillTo?: ((townshipCode: string) => void) | undefined;
}): JSX.Element {
  const { t, locale } = useI18n();
  const plugins = useQuery(() => ({ queryKey: pluginsQueryKey, queryFn: fetchPlugins }));
  const pluginName = (id: string) => {
    const plugin = plugins.data?.find((p) => p.id === id);
    return plugin ? pluginText(plugin.name, locale()) : id;
  };
  const townshipHref = (code: string) => `/dashboard?townshipCode=${code}`;
  const byTownship = (): FigureRow[] =>
    props.summary.villagesByTownship.map((row) => ({
      key: row.townshipCode,
      label: row.townshipName,
      value: row.count,
      text: String(row.count),
      href: props.drillTo ? townshipHref(row.townshipCode) : undefined,
    }));
  const funding = (): FigureRow[] =>
    props.summary.fundingByTownship.map((row) => ({
      key: row.townshipCode,
      label: row.townshipName,
      value: row.totalFen / 100,
      text: yuan(row.totalFen),
      href: props.drillTo ? townshipHref(row.townshipCode) : undefined,
    }));
  const drill = (row: FigureRow) => props.drillTo?.(row.key);
  const isCountyWide = () => props.summary.villages === null;

  return (
    <div class="dash-grid">
      <ChartCard
        id="villages-by-type"
        title={t('dashboard.byType.title')}
        kind="hbar"
        rows={countRows(villageTypesOrNone, props.summary.villagesByType, (key) =>
          t(villageTypeKey(key as (typeof villageTypesOrNone)[number])),
        )}
        colors={typeColors}
        labelHeader={t('dashboard.byType.label')}
        valueHeader={t('dashboard.byType.value')}
      />
      <Show when={isCountyWide()}>
        <ChartCard
          id="villages-by-township"
          title={t('dashboard.byTownship.title')}
          hint={props.drillTo ? t('dashboard.byTownship.hint') : undefined}
          kind="hbar"
          rows={byTownship()}
          labelHeader={t('dashboard.byTownship.label')}
          valueHeader={t('dashboard.byTownship.value')}
          onRowClick={props.drillTo ? drill : undefined}
        />
      </Show>
      <ChartCard
        id="service-requests"
        title={t('dashboard.requests.title')}
        kind="bar"
        rows={countRows(requestStatuses, props.summary.serviceRequestsByStatus, (key) =>
          t(`serviceRequests.status.${key as RequestStatus}`),
        )}
        labelHeader={t('dashboard.requests.label')}
        valueHeader={t('dashboard.requests.value')}
        emptyTitle={t('dashboard.requests.empty')}
      />
      <ChartCard
        id="party-members"
        title={t('dashboard.members.title')}
        kind="pie"
        rows={countRows(memberCategories, props.summary.partyMembersByCategory, (key) =>
          t(`party.category.${key as (typeof memberCategories)[number]}`),
        )}
        labelHeader={t('dashboard.members.label')}
        valueHeader={t('dashboard.members.value')}
        emptyTitle={t('dashboard.members.empty')}
      />
      <ChartCard
        id="plugins"
        title={t('dashboard.plugins.title')}
        kind="hbar"
        rows={props.summary.pluginsEnabled.map((row) => ({
          key: row.pluginId,
          label: pluginName(row.pluginId),
          value: row.villageCount,
          text: String(row.villageCount),
        }))}
        labelHeader={t('dashboard.plugins.label')}
        valueHeader={t('dashboard.plugins.value')}
        emptyTitle={t('dashboard.plugins.empty')}
      />
      <ChartCard
        id="funding"
        title={t('dashboard.funding.title')}
        kind="hbar"
        rows={funding()}
        labelHeader={t('dashboard.funding.label')}
        valueHeader={t('dashboard.funding.value')}
        emptyTitle={t('dashboard.funding.empty')}
        onRowClick={props.drillTo ? drill : undefined}
      />
      <RankingCard summary={props.summary} />
      <Show when={!isCountyWide()}>
        <VillagesCard summary={props.summary} />
      </Show>
    </div>
  );
}

/** The picker's choice of no township (township codes are 9 digits, so it cannot clash with one). */
const wholeCounty = 'county';

/** The township picker of a county user: the whole county, or one township (kept in `?townshipCode=`). */
function TownshipPicker(props: { value: string | undefined; onChange: (code: string | undefined) => void }) {
  const { t } = useI18n();
  const townships = useQuery(() => ({ queryKey: townshipsQueryKey, queryFn: fetchTownships }));
  const options = () => [
    { value: wholeCounty, label: t('dashboard.scopeCounty') },
    ...(townships.data ?? []).map((township) => ({ value: township.code, label: township.name })),
  ];
  return (
    <SelectField
      class="dash-picker"
      label={t('dashboard.township')}
      options={options()}
      value={props.value ?? wholeCounty}
      onChange={(code) => props.onChange(code === wholeCounty ? undefined : code)}
    />
  );
}

/**
 * The county dashboard (`/dashboard`): key figures and a chart per figure of `GET /api/dashboard/summary`,
 * each with a table alternative. A county user drills into a township with the picker, a township's bar or
 * its link (`?townshipCode=`, so the view is a shareable URL); below a township the villages link to their
 * pages. Township and village users see their own scope.
 */
export function DashboardPage(): JSX.Element {
  const { t } = useI18n();
  const { me } = useMe();
  const [params, setParams] = useSearchParams<{ townshipCode?: string }>();
  const isCountyUser = () => !me().scope.township && !me().scope.village;
  // Only a county user picks a township; a code that is not one (an edited URL) shows the whole county.
  const townshipCode = () => {
    const code = params.townshipCode;
    return isCountyUser() && code && /^\d{9}$/.test(code) ? code : undefined;
  };
  const summary = useQuery(() => ({
    queryKey: dashboardQueryKey(townshipCode()),
    queryFn: () => fetchDashboardSummary(townshipCode()),
  }));
  const pick = (code: string | undefined) => setParams({ townshipCode: code });
  const scopeName = () =>
    summary.data?.township?.name ??
    me().scope.village?.name ??
    me().scope.county?.name ??
    t('dashboard.scopeCounty');

  return (
    <RequirePermission permission="dashboard:read">
      <div class="page-head">
        <div>
          <h1 class="page-title">
            {t('dashboard.heading')}
            <span class="dash-scope"> · {scopeName()}</span>
          </h1>
          <p class="lead">{t('dashboard.intro')}</p>
        </div>
        <Show when={isCountyUser()}>
          <div class="dash-scope-tools">
            <TownshipPicker value={townshipCode()} onChange={pick} />
            <Show when={townshipCode()}>
              <button type="button" class="button button--quiet" onClick={() => pick(undefined)}>
                {t('dashboard.backToCounty')}
              </button>
            </Show>
          </div>
        </Show>
      </div>
      <Show
        when={!summary.isError}
        fallback={<ErrorState error={summary.error} onRetry={() => summary.refetch()} />}
      >
        <Show when={summary.data} fallback={<Loading />}>
          {(data) => (
            <div class="stack">
              <StatTiles summary={data()} />
              <DashboardCharts summary={data()} drillTo={isCountyUser() ? pick : undefined} />
            </div>
          )}
        </Show>
      </Show>
    </RequirePermission>
  );
}
