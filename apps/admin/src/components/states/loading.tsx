import type { JSX } from 'solid-js';
import { useI18n } from '../../i18n/i18n';
import './states.css';

/** Props of `Loading`. */
export interface LoadingProps {
  /** What is loading; defaults to the catalog's generic "loading" message. */
  label?: string;
}

/** A polite, announced loading indicator for a region whose data is on its way. */
export function Loading(props: LoadingProps): JSX.Element {
  const { t } = useI18n();
  return (
    <div class="state state--loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      <span>{props.label ?? t('states.loading')}</span>
    </div>
  );
}
