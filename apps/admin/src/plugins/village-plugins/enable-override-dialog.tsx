import { Button } from '@kobalte/core/button';
import { TextField } from '@kobalte/core/text-field';
import { createEffect, createSignal, type JSX, on, Show } from 'solid-js';
import { fieldErrorOf } from '../../api/client';
import { Dialog } from '../../components/dialog';
import { useI18n } from '../../i18n/i18n';

/** Props of `EnableOverrideDialog`. */
export interface EnableOverrideDialogProps {
  open: boolean;
  onOpenChange: (isOpen: boolean) => void;
  pluginName: string;
  /** The types the plugin serves and the village's, both named, e.g. `工业型` and `产业型`. */
  pluginTypes: string;
  villageName: string;
  villageType: string;
  isPending: boolean;
  /** The refusal of the last attempt; its `overrideReason` field error is shown at the field. */
  error: unknown;
  onSubmit: (reason: string) => void;
}

/**
 * Asks for the written reason to enable a plugin on a village of a type it does not serve. The server
 * decides whether the reason is enough; its field error is shown at the reason.
 */
export function EnableOverrideDialog(props: EnableOverrideDialogProps): JSX.Element {
  const { t } = useI18n();
  const [reason, setReason] = createSignal('');
  createEffect(
    on(
      () => props.open,
      (isOpen) => isOpen && setReason(''),
      { defer: true },
    ),
  );
  const reasonError = () => {
    const message = fieldErrorOf(props.error, 'overrideReason');
    if (message === undefined) return undefined;
    return reason().trim() === '' ? t('plugins.village.override.required') : message;
  };
  const otherError = () =>
    props.error instanceof Error && reasonError() === undefined ? props.error.message : undefined;
  const formId = 'enable-override-form';

  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('plugins.village.override.title', { name: props.pluginName, village: props.villageName })}
      description={t('plugins.village.override.description', {
        name: props.pluginName,
        types: props.pluginTypes,
        village: props.villageName,
        type: props.villageType,
      })}
      footer={
        <>
          <Button class="button" onClick={() => props.onOpenChange(false)}>
            {t('plugins.village.override.cancel')}
          </Button>
          <Button type="submit" form={formId} class="button button--primary" disabled={props.isPending}>
            {t('plugins.village.override.submit')}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        class="form"
        novalidate
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit(reason());
        }}
      >
        <Show when={otherError()}>
          <p class="alert alert--error" role="alert">
            {otherError()}
          </p>
        </Show>
        <TextField
          class="field"
          value={reason()}
          onChange={setReason}
          validationState={reasonError() ? 'invalid' : 'valid'}
          required
        >
          <TextField.Label class="field__label">{t('plugins.village.override.reason')}</TextField.Label>
          <TextField.TextArea
            class="field__input field__input--textarea"
            rows={4}
            maxLength={500}
            placeholder={t('plugins.village.override.placeholder')}
          />
          <TextField.ErrorMessage class="field__error">{reasonError()}</TextField.ErrorMessage>
        </TextField>
      </form>
    </Dialog>
  );
}
