import { Button } from '@kobalte/core/button';
import { useMutation, useQueryClient } from '@tanstack/solid-query';
import { createSignal, type JSX, Show } from 'solid-js';
import { ApiError, fieldErrorOf } from '../api/client';
import { type ChangePasswordInput, changePassword } from '../auth/auth-api';
import { useMe } from '../auth/me-context';
import { TextField } from '../components/form-field';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import {
  checkPasswordChange,
  maxPasswordLength,
  minPasswordLength,
  type PasswordChangeFields,
  type PasswordChangeProblems,
  serverPasswordProblem,
} from './password-rules';

/** Props of `ChangePasswordForm`. */
export interface ChangePasswordFormProps {
  /** The label of the current password, e.g. "初始密码" on the forced change. */
  currentLabel?: string;
  /** Called after the password changed (the server already started a new session for this browser). */
  onChanged?: () => void;
}

/**
 * The signed-in user's password change: current password, new one twice. Mistakes are named at their field,
 * first by the same rules as the server, then by the server's own answer.
 */
export function ChangePasswordForm(props: ChangePasswordFormProps): JSX.Element {
  const { t } = useI18n();
  const { me } = useMe();
  const queryClient = useQueryClient();
  const [fields, setFields] = createSignal<PasswordChangeFields>({
    currentPassword: '',
    newPassword: '',
    confirmPassword: '',
  });
  const [problems, setProblems] = createSignal<PasswordChangeProblems>({});
  const set = (name: keyof PasswordChangeFields) => (value: string) => {
    setFields({ ...fields(), [name]: value });
    if (problems()[name]) setProblems({ ...problems(), [name]: undefined });
  };

  const change = useMutation(() => ({
    mutationFn: (input: ChangePasswordInput) => changePassword(input),
    onSuccess: async () => {
      setFields({ currentPassword: '', newPassword: '', confirmPassword: '' });
      showToast({
        kind: 'success',
        title: t('account.password.changed'),
        description: t('account.password.changedHint'),
      });
      await queryClient.invalidateQueries({ queryKey: ['auth'] });
      props.onChanged?.();
    },
  }));

  const problemText = (name: keyof PasswordChangeFields): string | undefined => {
    const problem = problems()[name];
    if (problem) {
      return t(`account.password.problem.${problem}`, { min: minPasswordLength, max: maxPasswordLength });
    }
    const fromServer =
      change.isError && name !== 'confirmPassword' ? fieldErrorOf(change.error, name) : undefined;
    const known = fromServer ? serverPasswordProblem(fromServer) : undefined;
    if (known) {
      return t(`account.password.problem.${known}`, { min: minPasswordLength, max: maxPasswordLength });
    }
    return fromServer;
  };
  const hasFieldError = () =>
    fieldErrorOf(change.error, 'currentPassword') !== undefined ||
    fieldErrorOf(change.error, 'newPassword') !== undefined;
  const generalError = (): string | undefined => {
    const error = change.error;
    if (!change.isError || hasFieldError()) return undefined;
    if (error instanceof ApiError && error.status === 429) {
      return t('account.password.throttled', { seconds: error.retryAfterSeconds ?? 60 });
    }
    return error instanceof Error ? error.message : String(error);
  };

  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const found = checkPasswordChange(fields(), me().user);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    change.mutate({ currentPassword: fields().currentPassword, newPassword: fields().newPassword });
  };

  return (
    <form class="form" onSubmit={submit} novalidate>
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autocomplete="username" value={me().user.username} hidden readOnly />
      <Show when={generalError()}>
        {(message) => (
          <div class="alert alert--error" role="alert">
            <p class="alert__title">{t('account.password.failed')}</p>
            <p>{message()}</p>
          </div>
        )}
      </Show>
      <TextField
        label={props.currentLabel ?? t('account.password.current')}
        type="password"
        name="currentPassword"
        autocomplete="current-password"
        value={fields().currentPassword}
        onChange={set('currentPassword')}
        error={problemText('currentPassword')}
        required
      />
      <TextField
        label={t('account.password.new')}
        description={t('account.password.newHint', { min: minPasswordLength })}
        type="password"
        name="newPassword"
        autocomplete="new-password"
        value={fields().newPassword}
        onChange={set('newPassword')}
        error={problemText('newPassword')}
        required
      />
      <TextField
        label={t('account.password.confirm')}
        type="password"
        name="confirmPassword"
        autocomplete="new-password"
        value={fields().confirmPassword}
        onChange={set('confirmPassword')}
        error={problemText('confirmPassword')}
        required
      />
      <div class="form__actions form__actions--start">
        <Button type="submit" class="button button--primary" disabled={change.isPending}>
          {change.isPending ? t('account.password.submitting') : t('account.password.submit')}
        </Button>
      </div>
    </form>
  );
}
