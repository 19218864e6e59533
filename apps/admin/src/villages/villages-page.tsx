import type { JSX } from 'solid-js';
import { EmptyState } from '../components/states';
import { useI18n } from '../i18n/i18n';

/** The villages of the county; for now only says that none have been imported. */
export function VillagesPage(): JSX.Element {
  const { t } = useI18n();
  return (
    <>
      <h1 class="page-title">{t('villages.heading')}</h1>
      <EmptyState title={t('villages.emptyTitle')} hint={t('villages.emptyHint')} />
    </>
  );
}
