import { type JSX, Match, Show, Switch } from 'solid-js';
import { fieldErrorOf } from '../api/client';
import { SelectField, TextField } from '../components/form-field';
import { useI18n } from '../i18n/i18n';
import { ScopeLevelChoice } from './scope-level-choice';
import { TownshipPicker, VillagePicker } from './scope-pickers';
import { conflictField } from './server-field-errors';
import {
  type AssignableRole,
  assignableRoles,
  scopeLevelOf,
  type UserFormProblems,
  type UserFormState,
} from './user-form';

/** Props of `UserFormFields`. */
export interface UserFormFieldsProps {
  form: UserFormState;
  onChange: (changes: Partial<UserFormState>) => void;
  problems: UserFormProblems;
  /** The server's refusal, whose field errors show at their fields. */
  error: unknown;
  /** An invitation also asks for the login name; an edit cannot change it. */
  isNew: boolean;
}

/** The fields of the invite and edit forms: identity, role, and the township or village the role needs. */
export function UserFormFields(props: UserFormFieldsProps): JSX.Element {
  const { t } = useI18n();
  const problem = (field: keyof UserFormProblems): string | undefined => {
    const found = props.problems[field];
    if (found) return t(`users.form.${found}`);
    const conflict = conflictField(props.error);
    if (conflict === field)
      return t(conflict === 'mobile' ? 'users.form.mobileTaken' : 'users.form.usernameTaken');
    return fieldErrorOf(props.error, field);
  };
  const level = () => scopeLevelOf(props.form);

  return (
    <>
      <Show when={props.isNew}>
        <TextField
          label={t('users.form.username')}
          description={t('users.form.usernameHint')}
          name="username"
          autocomplete="off"
          value={props.form.username}
          onChange={(username) => props.onChange({ username })}
          error={problem('username')}
          required
        />
      </Show>
      <TextField
        label={t('users.form.displayName')}
        name="displayName"
        autocomplete="off"
        value={props.form.displayName}
        onChange={(displayName) => props.onChange({ displayName })}
        error={problem('displayName')}
        required
      />
      <TextField
        label={t('users.form.mobile')}
        description={t('users.form.mobileHint')}
        name="mobile"
        type="tel"
        autocomplete="off"
        value={props.form.mobile}
        onChange={(mobile) => props.onChange({ mobile })}
        error={problem('mobile')}
      />
      <SelectField
        label={t('users.form.role')}
        description={t(`users.form.roleHint.${props.form.role}`)}
        options={assignableRoles.map((role) => ({ value: role, label: t(`auth.role.${role}`) }))}
        value={props.form.role}
        onChange={(role) => props.onChange({ role: role as AssignableRole })}
        error={fieldErrorOf(props.error, 'role')}
        required
      />
      <Show when={props.form.role === 'viewer'}>
        <ScopeLevelChoice
          value={props.form.viewerLevel}
          onChange={(viewerLevel) => props.onChange({ viewerLevel })}
        />
      </Show>
      <Switch>
        <Match when={level() === 'township'}>
          <TownshipPicker
            value={props.form.township}
            onChange={(township) => props.onChange({ township })}
            error={problem('townshipId')}
          />
        </Match>
        <Match when={level() === 'village'}>
          <VillagePicker
            value={props.form.village}
            onChange={(village) => props.onChange({ village })}
            error={problem('villageId')}
          />
        </Match>
      </Switch>
    </>
  );
}
