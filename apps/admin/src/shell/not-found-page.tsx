import { A } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { EmptyState } from '../components/states';
import { useI18n } from '../i18n/i18n';

/** Shown for any path no route matches. */
export function NotFoundPage(): JSX.Element {
  const { t } = useI18n();
  return (
    <>
      <h1 class="page-title">{t('notFound.heading')}</h1>
      <EmptyState
        title={t('notFound.hint')}
        action={
          <A href="/" class="button">
            {t('notFound.backHome')}
          </A>
        }
      />
    </>
  );
}
