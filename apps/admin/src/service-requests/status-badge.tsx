import { type JSX, Show } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import type { ServiceRequestStatus } from './service-requests-api';

const BADGE: Record<ServiceRequestStatus, string> = {
  submitted: 'badge badge--accent',
  accepted: 'badge badge--warn',
  'in-progress': 'badge badge--warn',
  resolved: 'badge badge--ok',
  rejected: 'badge badge--muted',
};

/** A request's status as a badge, with an "overdue" badge beside it when it is past due. */
export function StatusBadge(props: { status: ServiceRequestStatus; isOverdue?: boolean }): JSX.Element {
  const { t } = useI18n();
  return (
    <span class="status-badges">
      <span class={BADGE[props.status]}>{t(`serviceRequests.status.${props.status}`)}</span>
      <Show when={props.isOverdue}>
        <span class="badge badge--danger">{t('serviceRequests.status.overdue')}</span>
      </Show>
    </span>
  );
}
