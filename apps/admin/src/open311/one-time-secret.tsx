import { Button } from '@kobalte/core/button';
import { createSignal, type JSX } from 'solid-js';
import { useI18n } from '../i18n/i18n';

/**
 * A key's secret the server will never show again: readable, selectable, with a copy button and a clear
 * warning to hand it over safely now.
 */
export function OneTimeSecret(props: { secret: string }): JSX.Element {
  const { t } = useI18n();
  const [copyState, setCopyState] = createSignal<'idle' | 'copied' | 'failed'>('idle');
  let secretElement: HTMLElement | undefined;

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(props.secret);
      setCopyState('copied');
    } catch {
      // Without clipboard access (e.g. plain http), select the text so Ctrl+C copies it.
      if (secretElement) getSelection()?.selectAllChildren(secretElement);
      setCopyState('failed');
    }
  };

  return (
    <div class="open311-secret">
      <div class="alert alert--warn" role="note">
        {t('open311.secret.warning')}
      </div>
      <p class="open311-secret__label">{t('open311.secret.label')}</p>
      <code class="open311-secret__value" ref={secretElement} data-testid="open311-secret">
        {props.secret}
      </code>
      <div class="button-row">
        <Button class="button" onClick={() => void copy()}>
          {t('open311.secret.copy')}
        </Button>
        <span class="open311-secret__state" role="status">
          {copyState() === 'copied' ? t('open311.secret.copied') : ''}
          {copyState() === 'failed' ? t('open311.secret.copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
