import { type JSX, Show } from 'solid-js';
import { EmptyState } from '../components/states';
import { useI18n } from '../i18n/i18n';
import { useMe } from './me-context';

/** Renders its children only for a user holding `permission`; others see a "no access" notice. */
export function RequirePermission(props: { permission: string; children: JSX.Element }): JSX.Element {
  const { t } = useI18n();
  const { can } = useMe();
  return (
    <Show
      when={can(props.permission)}
      fallback={<EmptyState title={t('auth.noAccess.title')} hint={t('auth.noAccess.hint')} />}
    >
      {props.children}
    </Show>
  );
}
