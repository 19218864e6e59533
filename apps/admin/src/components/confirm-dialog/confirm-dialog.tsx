import { AlertDialog } from '@kobalte/core/alert-dialog';
import { Button } from '@kobalte/core/button';
import { createSignal, type JSX, Show } from 'solid-js';
import { useI18n } from '../../i18n/i18n';
import './confirm-dialog.css';

/** What a confirm dialog asks. */
export interface ConfirmOptions {
  title: string;
  description?: string;
  /** The label of the destructive button, e.g. "删除"; defaults to the catalog's "confirm". */
  confirmLabel?: string;
}

interface PendingConfirm extends ConfirmOptions {
  resolve: (isConfirmed: boolean) => void;
}

const [pending, setPending] = createSignal<PendingConfirm>();

/**
 * Asks the user to confirm a destructive action; resolves `true` on confirm, `false` on cancel or dismiss.
 * Needs one `ConfirmDialogHost` in the app.
 *
 * @example
 * if (await confirm({ title: t('villages.deleteTitle'), confirmLabel: t('villages.delete') })) remove();
 */
export function confirm(options: ConfirmOptions): Promise<boolean> {
  pending()?.resolve(false);
  return new Promise((resolve) => setPending({ ...options, resolve }));
}

function settle(isConfirmed: boolean): void {
  pending()?.resolve(isConfirmed);
  setPending(undefined);
}

/** Renders the dialog that `confirm()` opens; render it once, inside `I18nProvider`. */
export function ConfirmDialogHost(): JSX.Element {
  const { t } = useI18n();
  return (
    <AlertDialog open={pending() !== undefined} onOpenChange={(isOpen) => isOpen || settle(false)}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay class="dialog__overlay" />
        <div class="dialog__positioner">
          <AlertDialog.Content class="dialog">
            <AlertDialog.Title class="dialog__title">{pending()?.title}</AlertDialog.Title>
            <Show when={pending()?.description}>
              <AlertDialog.Description class="dialog__description">
                {pending()?.description}
              </AlertDialog.Description>
            </Show>
            <div class="dialog__actions">
              <Button class="button" onClick={() => settle(false)}>
                {t('confirm.cancel')}
              </Button>
              <Button class="button button--danger" onClick={() => settle(true)}>
                {pending()?.confirmLabel ?? t('confirm.confirm')}
              </Button>
            </div>
          </AlertDialog.Content>
        </div>
      </AlertDialog.Portal>
    </AlertDialog>
  );
}
