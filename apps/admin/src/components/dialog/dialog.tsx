// The parts are imported one by one: Kobalte's \`Dialog\` and \`AlertDialog\` namespaces are both made by
// Object.assign on the same root function, so \`Dialog.Content\` can turn out to be the alert dialog's.
import * as KobalteDialog from '@kobalte/core/dialog';
import { type JSX, Show } from 'solid-js';
import { useI18n } from '../../i18n/i18n';
import '../confirm-dialog/confirm-dialog.css';
import './dialog.css';

/** Props of `Dialog`. */
export interface DialogProps {
  open: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  description?: string;
  /** `wide` for reports and tables; default fits a short form. */
  size?: 'default' | 'wide';
  children: JSX.Element;
  /** The buttons at the bottom, e.g. cancel and submit. */
  footer?: JSX.Element;
}

/**
 * A modal dialog with a title, a close button and an optional footer, on Kobalte's accessible dialog
 * (focus trap, Escape, labelled by its title). For a yes/no question use `confirm()` instead.
 */
export function Dialog(props: DialogProps): JSX.Element {
  const { t } = useI18n();
  return (
    <KobalteDialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <KobalteDialog.Portal>
        <KobalteDialog.Overlay class="dialog__overlay" />
        <div class="dialog__positioner">
          <KobalteDialog.Content class="dialog modal" classList={{ 'modal--wide': props.size === 'wide' }}>
            <div class="modal__head">
              <KobalteDialog.Title class="dialog__title">{props.title}</KobalteDialog.Title>
              <KobalteDialog.CloseButton class="modal__close" aria-label={t('dialog.close')}>
                <span aria-hidden="true">×</span>
              </KobalteDialog.CloseButton>
            </div>
            <Show when={props.description}>
              <KobalteDialog.Description class="dialog__description">
                {props.description}
              </KobalteDialog.Description>
            </Show>
            <div class="modal__body">{props.children}</div>
            <Show when={props.footer}>
              <div class="dialog__actions">{props.footer}</div>
            </Show>
          </KobalteDialog.Content>
        </div>
      </KobalteDialog.Portal>
    </KobalteDialog.Root>
  );
}
