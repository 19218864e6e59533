import { Button } from '@kobalte/core/button';
import { useNavigate, useSearchParams } from '@solidjs/router';
import { useMutation, useQueryClient } from '@tanstack/solid-query';
import { createSignal, type JSX, Match, Show, Switch } from 'solid-js';
import { ApiError } from '../api/client';
import { TextField } from '../components/form-field';
import { useI18n } from '../i18n/i18n';
import { BareFrame } from '../shell/bare-frame';
import { type LoginInput, login } from './auth-api';
import { safeNext } from './safe-next';
import { useCountdown } from './use-countdown';

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

/** The sign-in page: login name or mobile number and password; returns to `?next=` afterwards. */
export function LoginPage(): JSX.Element {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [username, setUsername] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [isTouched, setIsTouched] = createSignal(false);
  const wait = useCountdown();

  const signIn = useMutation(() => ({
    mutationFn: (input: LoginInput) => login(input),
    onSuccess: () => {
      // Nothing cached for whoever was signed in before may show to this user.
      queryClient.clear();
      navigate(safeNext(params.next), { replace: true });
    },
    onError: (error: unknown) => {
      if (error instanceof ApiError && error.status === 429) wait.start(error.retryAfterSeconds ?? 0);
      setPassword('');
    },
  }));

  // Once the throttle's wait has run out, the user may simply try again: the notice has done its job.
  const isWaitOver = () =>
    signIn.error instanceof ApiError &&
    signIn.error.status === 429 &&
    signIn.error.retryAfterSeconds !== undefined &&
    wait.remaining() === 0;
  const usernameError = () =>
    isTouched() && username().trim() === '' ? t('auth.login.usernameRequired') : undefined;
  const passwordError = () =>
    isTouched() && password() === '' && !signIn.isError ? t('auth.login.passwordRequired') : undefined;

  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    setIsTouched(true);
    if (username().trim() === '' || password() === '') return;
    signIn.mutate({ username: username().trim(), password: password() });
  };

  return (
    <BareFrame>
      <form class="bare-card form" onSubmit={submit} novalidate>
        <h1 class="bare-card__title">{t('auth.login.title')}</h1>
        <p class="bare-card__intro">{t('auth.login.intro')}</p>
        <Show when={signIn.isError && !isWaitOver()}>
          <LoginError error={signIn.error} waitSeconds={wait.remaining()} />
        </Show>
        <TextField
          label={t('auth.login.username')}
          name="username"
          autocomplete="username"
          value={username()}
          onChange={setUsername}
          error={usernameError()}
          required
        />
        <TextField
          label={t('auth.login.password')}
          name="password"
          type="password"
          autocomplete="current-password"
          value={password()}
          onChange={setPassword}
          error={passwordError()}
          required
        />
        <Button
          type="submit"
          class="button button--primary"
          disabled={signIn.isPending || wait.remaining() > 0}
        >
          {signIn.isPending ? t('auth.login.submitting') : t('auth.login.submit')}
        </Button>
        <p class="bare-card__foot">{t('auth.login.forgot')}</p>
      </form>
    </BareFrame>
  );
}
