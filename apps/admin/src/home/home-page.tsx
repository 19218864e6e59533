import { useQuery } from '@tanstack/solid-query';
import { type JSX, Match, Show, Switch } from 'solid-js';
import { ErrorState, Loading } from '../components/states';
import { useI18n } from '../i18n/i18n';
import { fetchHealth, type Health } from './health';

function HealthSummary(props: { health: Health }): JSX.Element {
  const { t } = useI18n();
  const isMigrated = () => props.health.migrations.applied === props.health.migrations.expected;
  const isOk = () => props.health.status === 'ok' && isMigrated();

  return (
    <dl class="facts">
      <div class="facts__item">
        <dt>{t('home.status')}</dt>
        <dd>
          <span class="badge" classList={{ 'badge--ok': isOk(), 'badge--warn': !isOk() }}>
            {isOk() ? t('home.statusOk') : t('home.statusDegraded')}
          </span>
        </dd>
      </div>
      <div class="facts__item">
        <dt>{t('home.database')}</dt>
        <dd>{props.health.database === 'pglite' ? t('home.databasePglite') : t('home.databasePostgres')}</dd>
      </div>
      <div class="facts__item">
        <dt>{t('home.migrations')}</dt>
        <dd>{t('home.migrationsValue', props.health.migrations)}</dd>
      </div>
      <Show when={props.health.version}>
        {(version) => (
          <div class="facts__item">
            <dt>{t('home.version')}</dt>
            <dd class="mono">{version()}</dd>
          </div>
        )}
      </Show>
    </dl>
  );
}

/** The landing page: what Cunshe is, and whether its server and database are healthy. */
export function HomePage(): JSX.Element {
  const { t } = useI18n();
  const health = useQuery(() => ({ queryKey: ['health'], queryFn: fetchHealth }));

  return (
    <>
      <h1 class="page-title">{t('home.heading')}</h1>
      <p class="lead">{t('home.intro')}</p>
      <section class="card" aria-labelledby="health-heading">
        <h2 id="health-heading" class="card__title">
          {t('home.healthHeading')}
        </h2>
        <Switch>
          <Match when={health.isPending}>
            <Loading label={t('home.loading')} />
          </Match>
          <Match when={health.isError}>
            <ErrorState error={health.error} onRetry={() => void health.refetch()} />
          </Match>
          <Match when={health.data}>{(data) => <HealthSummary health={data()} />}</Match>
        </Switch>
      </section>
    </>
  );
}
