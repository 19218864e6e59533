import type { JSX } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import type { AssessmentStatus } from './evaluation-api';

const tone: Record<AssessmentStatus, string> = {
  'not-started': 'badge--muted',
  draft: 'badge--muted',
  submitted: 'badge--warn',
  reviewed: 'badge--accent',
  approved: 'badge--ok',
  returned: 'badge--warn',
};

/** An assessment's status as a coloured badge. */
export function StatusBadge(props: { status: AssessmentStatus }): JSX.Element {
  const { t } = useI18n();
  return <span class={`badge ${tone[props.status]}`}>{t(`evaluation.status.${props.status}`)}</span>;
}
