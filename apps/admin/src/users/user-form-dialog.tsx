import { Button } from '@kobalte/core/button';
import { createSignal, type JSX, Show } from 'solid-js';
import { Dialog } from '../components/dialog';
import { useI18n } from '../i18n/i18n';
import { isFieldError } from './server-field-errors';
import { checkUserForm, type UserFormProblems, type UserFormState } from './user-form';
import { UserFormFields } from './user-form-fields';

const formFields = ['username', 'displayName', 'mobile', 'role', 'townshipId', 'villageId'];

/** Props of `UserFormDialog`. */
export interface UserFormDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  submittingLabel: string;
  initial: UserFormState;
  isNew: boolean;
  isPending: boolean;
  /** The server's refusal of the last submit, if any. */
  error: unknown;
  onSubmit: (form: UserFormState) => void;
}

/** The invite or edit form in a dialog: checked in the browser first, the server's field errors at their fields. */
export function UserFormDialog(props: UserFormDialogProps): JSX.Element {
  const { t } = useI18n();
  const [form, setForm] = createSignal<UserFormState>(props.initial);
  const [problems, setProblems] = createSignal<UserFormProblems>({});
  const formId = `user-form-${Math.random().toString(36).slice(2)}`;

  const change = (changes: Partial<UserFormState>): void => {
    setForm({ ...form(), ...changes });
    const cleared = { ...problems() };
    for (const key of Object.keys(changes)) delete cleared[key as keyof UserFormProblems];
    if ('township' in changes) delete cleared.townshipId;
    if ('village' in changes) delete cleared.villageId;
    setProblems(cleared);
  };

  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const found = checkUserForm(form(), props.isNew);
    setProblems(found);
    if (Object.keys(found).length === 0) props.onSubmit(form());
  };

  const generalError = () =>
    props.error && !isFieldError(props.error, formFields)
      ? props.error instanceof Error
        ? props.error.message
        : String(props.error)
      : undefined;

  return (
    <Dialog
      open={props.open}
      onOpenChange={(isOpen) => isOpen || props.onClose()}
      title={props.title}
      footer={
        <>
          <Button class="button" onClick={() => props.onClose()}>
            {t('users.inviteDialog.cancel')}
          </Button>
          <Button type="submit" form={formId} class="button button--primary" disabled={props.isPending}>
            {props.isPending ? props.submittingLabel : props.submitLabel}
          </Button>
        </>
      }
    >
      <form id={formId} class="form" onSubmit={submit} novalidate>
        <Show when={generalError()}>
          {(message) => (
            <div class="alert alert--error" role="alert">
              <p class="alert__title">{t('users.form.failed')}</p>
              <p>{message()}</p>
            </div>
          )}
        </Show>
        <UserFormFields
          form={form()}
          onChange={change}
          problems={problems()}
          error={props.error}
          isNew={props.isNew}
        />
      </form>
    </Dialog>
  );
}
