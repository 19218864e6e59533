import { type JSX, Show } from 'solid-js';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import './states.css';

/** Props of `ErrorState`. */
export interface ErrorStateProps {
  /** What was thrown; an `ApiError` with a problem body shows the problem's `title` and `detail`. */
  error: unknown;
  /** Offers a retry button when given. */
  onRetry?: () => void;
}

/** Shows why a region could not load: the server's RFC 9457 problem, or a generic message. */
export function ErrorState(props: ErrorStateProps): JSX.Element {
  const { t } = useI18n();
  const problem = () =>
    props.error instanceof ApiError && props.error.hasProblemBody ? props.error.problem : undefined;
  const title = () => problem()?.title ?? t('states.errorTitle');
  const detail = () => {
    if (problem()) return problem()?.detail;
    if (props.error instanceof ApiError) return t('states.errorStatus', { status: props.error.status });
    return t('states.errorHint');
  };

  return (
    <div class="state state--error" role="alert">
      <p class="state__title">{title()}</p>
      <Show when={detail()}>
        <p class="state__hint">{detail()}</p>
      </Show>
      <Show when={props.onRetry}>
        {(retry) => (
          <div class="state__action">
            <button type="button" class="button" onClick={() => retry()()}>
              {t('states.retry')}
            </button>
          </div>
        )}
      </Show>
    </div>
  );
}
