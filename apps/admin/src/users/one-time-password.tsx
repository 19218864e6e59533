import { Button } from '@kobalte/core/button';
import { createSignal, type JSX } from 'solid-js';
import { useI18n } from '../i18n/i18n';

/** Props of `OneTimePassword`. */
export interface OneTimePasswordProps {
  username: string;
  password: string;
}

/**
 * An initial password the server will never show again: large and readable, with a copy button and a clear
 * warning to hand it over safely now.
 */
export function OneTimePassword(props: OneTimePasswordProps): JSX.Element {
  const { t } = useI18n();
  const [copyState, setCopyState] = createSignal<'idle' | 'copied' | 'failed'>('idle');
  let passwordElement: HTMLElement | undefined;

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(props.password);
      setCopyState('copied');
    } catch {
      // Without clipboard access (e.g. plain http), select the text so Ctrl+C copies it.
      if (passwordElement) getSelection()?.selectAllChildren(passwordElement);
      setCopyState('failed');
    }
  };

  return (
    <div class="one-time">
      <div class="alert alert--warn" role="note">
        {t('users.password.warning')}
      </div>
      <dl class="one-time__facts">
        <div>
          <dt>{t('users.password.username')}</dt>
          <dd class="mono">{props.username}</dd>
        </div>
        <div>
          <dt>{t('users.password.label')}</dt>
          <dd>
            <code class="one-time__password" ref={passwordElement} data-testid="initial-password">
              {props.password}
            </code>
          </dd>
        </div>
      </dl>
      <div class="button-row">
        <Button class="button" onClick={() => void copy()}>
          {t('users.password.copy')}
        </Button>
        <span class="one-time__copy-state" role="status">
          {copyState() === 'copied' ? t('users.password.copied') : ''}
          {copyState() === 'failed' ? t('users.password.copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
