import { useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, createUniqueId, type JSX, Match, Show, Switch } from 'solid-js';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { BareFrame } from '../shell/bare-frame';
import { login } from './auth-api';
import { forgetCachedAnswers } from './cached-answers';
import { safeNext } from './safe-next';
import { useCountdown } from './use-countdown';
import '../components/form-field/form-field.css';

function LoginError(props: { error: unknown; waitSeconds: number }): JSX.Element {
  const { t } = useI18n();
  const status = () => (props.error instanceof ApiError ? props.error.status : 0);
  return (
    <div class="alert alert--error" role="alert">
      <Switch>
        <Match when={status() === 401}>{t('auth.login.wrongCredentials')}</Match>
        <Match when={status() === 429}>
          {props.waitSeconds > 0
            ? t('auth.login.throttled', { seconds: props.waitSeconds })
            : t('auth.login.throttledNoTime')}
        </Match>
        <Match when={true}>
          <p class="alert__title">{t('auth.login.failed')}</p>
          <p>{props.error instanceof Error ? props.error.message : String(props.error)}</p>
        </Match>
      </Switch>
    </div>
  );
}

/** Props of `LoginField`. */
interface LoginFieldProps {
  label: string;
  name: string;
  type: 'text' | 'password';
  autocomplete: string;
  value: string;
  onInput: (value: string) => void;
  error: string | undefined;
}

/**
 * A labelled input with its error, as `TextField` draws it (same classes), in plain HTML: the first page
 * loads no component library (bench: first-page JavaScript <= 60 KB gzip).
 */
function LoginField(props: LoginFieldProps): JSX.Element {
  const id = createUniqueId();
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {props.label}
      </label>
      <input
        id={id}
        class="field__input"
        name={props.name}
        type={props.type}
        autocomplete={props.autocomplete}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        required
        aria-invalid={props.error ? 'true' : undefined}
        data-invalid={props.error ? '' : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
      />
      <Show when={props.error}>
        <div class="field__error" id={`${id}-error`}>
          {props.error}
        </div>
      </Show>
    </div>
  );
}

/** The sign-in page: login name or mobile number and password; returns to `?next=` afterwards. */
export function LoginPage(): JSX.Element {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [isTouched, setIsTouched] = createSignal(false);
  const [isPending, setIsPending] = createSignal(false);
  const [error, setError] = createSignal<unknown>();
  const wait = useCountdown();

  // Once the throttle's wait has run out, the user may simply try again: the notice has done its job.
  const isWaitOver = () => {
    const failure = error();
    return (
      failure instanceof ApiError &&
      failure.status === 429 &&
      failure.retryAfterSeconds !== undefined &&
      wait.remaining() === 0
    );
  };
  const usernameError = () =>
    isTouched() && username().trim() === '' ? t('auth.login.usernameRequired') : undefined;
  const passwordError = () =>
    isTouched() && password() === '' && error() === undefined ? t('auth.login.passwordRequired') : undefined;

  const submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    setIsTouched(true);
    if (username().trim() === '' || password() === '' || isPending()) return;
    setIsPending(true);
    setError(undefined);
    try {
      await login({ username: username().trim(), password: password() });
      // Nothing cached for whoever was signed in before may show to this user.
      forgetCachedAnswers();
      navigate(safeNext(params.next), { replace: true });
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 429) {
        wait.start(failure.retryAfterSeconds ?? 0);
      }
      setPassword('');
      setError(() => failure);
    } finally {
      setIsPending(false);
    }
  };

  return (
    <BareFrame>
      <form class="bare-card form" onSubmit={(event) => void submit(event)} novalidate>
        <h1 class="bare-card__title">{t('auth.login.title')}</h1>
        <p class="bare-card__intro">{t('auth.login.intro')}</p>
        <Show when={error() !== undefined && !isWaitOver()}>
          <LoginError error={error()} waitSeconds={wait.remaining()} />
        </Show>
        <LoginField
          label={t('auth.login.username')}
          name="username"
          type="text"
          autocomplete="username"
          value={username()}
          onInput={setUsername}
          error={usernameError()}
        />
        <LoginField
          label={t('auth.login.password')}
          name="password"
          type="password"
          autocomplete="current-password"
          value={password()}
          onInput={setPassword}
          error={passwordError()}
        />
        <button type="submit" class="button button--primary" disabled={isPending() || wait.remaining() > 0}>
          {isPending() ? t('auth.login.submitting') : t('auth.login.submit')}
        </button>
        <p class="bare-card__foot">{t('auth.login.forgot')}</p>
      </form>
    </BareFrame>
  );
}
