import { Button } from '@kobalte/core/button';
import { useMutation, useQueryClient } from '@tanstack/solid-query';
import { createSignal, type JSX, Match, Show, Switch } from 'solid-js';
import { ApiError } from '../api/client';
import { Dialog } from '../components/dialog';
import { TextField } from '../components/form-field';
import { useI18n } from '../i18n/i18n';
import { OneTimeSecret } from './one-time-secret';
import { apiKeysQueryKey, issueApiKey } from './open311-api';

/** Issuing a key: its name, then the secret shown once with a copy button and a warning. */
export function IssueKeyDialog(props: { open: boolean; onClose: () => void }): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [name, setName] = createSignal('');
  const [nameProblem, setNameProblem] = createSignal<string>();
  const formId = 'open311-issue-key';
  const issue = useMutation(() => ({
    mutationFn: (keyName: string) => issueApiKey(keyName),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: apiKeysQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  }));
  const close = (): void => {
    issue.reset();
    setName('');
    setNameProblem(undefined);
    props.onClose();
  };
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (!name().trim()) {
      setNameProblem(t('open311.issueDialog.nameRequired'));
      return;
    }
    issue.mutate(name().trim());
  };
  const serverNameError = () =>
    issue.error instanceof ApiError
      ? issue.error.problem.errors?.find((e) => e.path === 'name')?.message
      : undefined;
  const generalError = () =>
    issue.error && !serverNameError()
      ? issue.error instanceof Error
        ? issue.error.message
        : String(issue.error)
      : undefined;

  return (
    <Switch>
      <Match when={issue.data}>
        {(issued) => (
          <Dialog
            open={props.open}
            onOpenChange={(isOpen) => isOpen || close()}
            title={t('open311.secret.title', { name: issued().key.name })}
            footer={
              <Button class="button button--primary" onClick={close}>
                {t('open311.secret.done')}
              </Button>
            }
          >
            <OneTimeSecret secret={issued().secret} />
          </Dialog>
        )}
      </Match>
      <Match when={props.open}>
        <Dialog
          open
          onOpenChange={(isOpen) => isOpen || close()}
          title={t('open311.issueDialog.title')}
          footer={
            <>
              <Button class="button" onClick={close}>
                {t('open311.issueDialog.cancel')}
              </Button>
              <Button type="submit" form={formId} class="button button--primary" disabled={issue.isPending}>
                {issue.isPending ? t('open311.issueDialog.submitting') : t('open311.issueDialog.submit')}
              </Button>
            </>
          }
        >
          <form id={formId} class="form" onSubmit={submit} novalidate>
            <Show when={generalError()}>
              {(message) => (
                <div class="alert alert--error" role="alert">
                  <p class="alert__title">{t('open311.issueDialog.failed')}</p>
                  <p>{message()}</p>
                </div>
              )}
            </Show>
            <TextField
              label={t('open311.issueDialog.name')}
              description={t('open311.issueDialog.nameHint')}
              value={name()}
              onChange={(value) => {
                setName(value);
                setNameProblem(undefined);
              }}
              error={nameProblem() ?? serverNameError()}
              name="name"
              required
            />
          </form>
        </Dialog>
      </Match>
    </Switch>
  );
}
