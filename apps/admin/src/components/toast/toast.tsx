import { Toast, toaster } from '@kobalte/core/toast';
import { type JSX, Show } from 'solid-js';
import { Portal } from 'solid-js/web';
import { useI18n } from '../../i18n/i18n';
import './toast.css';

/** What a toast says and how it is styled. */
export interface ShowToastOptions {
  kind: 'success' | 'error';
  title: string;
  description?: string;
}

function ToastView(props: ShowToastOptions & { toastId: number }): JSX.Element {
  const { t } = useI18n();
  return (
    <Toast
      toastId={props.toastId}
      class={`toast toast--${props.kind}`}
      priority={props.kind === 'error' ? 'high' : 'low'}
    >
      <div class="toast__content">
        <Toast.Title class="toast__title">{props.title}</Toast.Title>
        <Show when={props.description}>
          <Toast.Description class="toast__description">{props.description}</Toast.Description>
        </Show>
      </div>
      <Toast.CloseButton class="toast__close" aria-label={t('toast.close')}>
        <span aria-hidden="true">×</span>
      </Toast.CloseButton>
    </Toast>
  );
}

/**
 * Shows a toast in the `ToastRegion`; answers its id.
 *
 * @example
 * showToast({ kind: 'success', title: t('villages.saved') });
 */
export function showToast(options: ShowToastOptions): number {
  return toaster.show((props) => <ToastView {...options} toastId={props.toastId} />);
}

/** Takes away the toast `showToast` answered `id` for, e.g. a failed attempt's error once a retry succeeds. */
export function dismissToast(id: number): void {
  toaster.dismiss(id);
}

/** Where toasts appear; render it once, inside `I18nProvider`. */
export function ToastRegion(): JSX.Element {
  return (
    <Portal>
      <Toast.Region duration={5000} swipeDirection="right">
        <Toast.List class="toast-list" />
      </Toast.Region>
    </Portal>
  );
}
