import { Button } from '@kobalte/core/button';
import { A, useNavigate, useParams } from '@solidjs/router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query';
import { createEffect, createSignal, type JSX, Match, on, Show, Switch } from 'solid-js';
import { createStore } from 'solid-js/store';
import { RequirePermission } from '../auth/require-permission';
import type { ComboboxOption } from '../components/combobox-field';
import { SelectField, TextField } from '../components/form-field';
import { ErrorState, Loading } from '../components/states';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import { checkMemberForm, type MemberFormValues, memberFormValues, memberInputOf } from './member-form';
import {
  createMember,
  fetchMember,
  fetchOrganizations,
  type Member,
  managementModes,
  memberCategories,
  memberStatuses,
  partyQueryKey,
  updateMember,
} from './party-api';
import { fieldError } from './party-format';
import { PartyLayout } from './party-layout';
import { VillagePicker } from './village-picker';

function MemberForm(props: { member?: Member }): JSX.Element {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const isNew = () => !props.member;
  const [values, setValues] = createStore<MemberFormValues>(memberFormValues(props.member));
  const [village, setVillage] = createSignal<ComboboxOption | undefined>(
    props.member ? { value: props.member.villageId, label: props.member.villageName } : undefined,
  );
  const [isChecked, setIsChecked] = createSignal(false);
  const organizations = useQuery(() => ({
    queryKey: [...partyQueryKey, 'organizations', village()?.value],
    queryFn: () => fetchOrganizations({ villageId: village()?.value }),
    enabled: !!village(),
  }));
  const branches = () => (organizations.data?.items ?? []).filter((o) => o.kind !== 'party-group');
  const groups = () =>
    (organizations.data?.items ?? []).filter(
      (o) => o.kind === 'party-group' && o.parentId === values.organizationId,
    );
  // A village with one branch: choose it.
  createEffect(
    on(branches, (list) => {
      if (isNew() && list.length === 1 && !values.organizationId)
        setValues('organizationId', list[0]?.id ?? '');
    }),
  );

  const save = useMutation(() => ({
    mutationFn: () => {
      const input = memberInputOf(values, isNew());
      return props.member ? updateMember(props.member.id, input) : createMember(input);
    },
    onSuccess: async (member: Member) => {
      showToast({ kind: 'success', title: t('party.form.saved') });
      await queryClient.invalidateQueries({ queryKey: partyQueryKey });
      navigate(`/party/members/${member.id}`);
    },
    onError: () => showToast({ kind: 'error', title: t('party.form.failed') }),
  }));

  const localErrors = () => (isChecked() ? checkMemberForm(values, isNew()) : {});
  const errorOf = (field: keyof MemberFormValues) => {
    const local = localErrors()[field];
    return local ? t(local) : fieldError(t, save.error, field);
  };
  const text = (
    field: keyof MemberFormValues,
    label: string,
    extra: { description?: string; type?: 'date' | 'tel' } = {},
  ) => (
    <TextField
      label={label}
      value={String(values[field])}
      onChange={(value) => setValues(field, value as never)}
      error={errorOf(field)}
      autocomplete="off"
      {...extra}
    />
  );

  return (
    <form
      class="card party-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setIsChecked(true);
        if (Object.keys(checkMemberForm(values, isNew())).length > 0) {
          showToast({ kind: 'error', title: t('party.form.failed') });
          return;
        }
        save.mutate();
      }}
    >
      <h2 class="party-form__section">{t('party.form.basics')}</h2>
      <Show
        when={isNew()}
        fallback={
          <p class="party-form__hint">
            {t('party.form.village')}：{props.member?.villageName} · {props.member?.organizationName}
          </p>
        }
      >
        <VillagePicker
          label={t('party.form.village')}
          value={village()}
          onChange={(option) => {
            setVillage(option);
            setValues({ organizationId: '', groupId: '' });
          }}
        />
        <SelectField
          label={t('party.form.organization')}
          description={t('party.form.organizationHint')}
          options={branches().map((o) => ({ value: o.id, label: o.name }))}
          value={values.organizationId || undefined}
          onChange={(value) => setValues({ organizationId: value, groupId: '' })}
          error={errorOf('organizationId')}
          disabled={!village()}
        />
      </Show>
      <SelectField
        label={t('party.form.group')}
        options={[
          { value: '', label: t('party.form.noGroup') },
          ...groups().map((o) => ({ value: o.id, label: o.name })),
        ]}
        value={values.groupId}
        onChange={(value) => setValues('groupId', value)}
        error={errorOf('groupId')}
      />
      {text('name', t('party.form.name'))}
      {text('idNumber', t('party.form.idNumber'), {
        description: isNew()
          ? t('party.form.idNumberHint')
          : t('party.form.idNumberEditHint', { masked: props.member?.idNumberMasked ?? '' }),
      })}
      {text('phone', t('party.form.phone'), { description: t('party.form.phoneHint'), type: 'tel' })}
      <SelectField
        label={t('party.form.category')}
        options={memberCategories.map((value) => ({ value, label: t(`party.category.${value}`) }))}
        value={values.category}
        onChange={(value) => setValues('category', value as MemberFormValues['category'])}
        error={errorOf('category')}
      />
      <SelectField
        label={t('party.form.status')}
        options={memberStatuses.slice(0, isNew() ? 2 : 4).map((value) => ({
          value,
          label: t(`party.status.${value}`),
        }))}
        value={values.status}
        onChange={(value) => setValues('status', value as MemberFormValues['status'])}
      />
      {text('joinedOn', t('party.form.joinedOn'), { type: 'date' })}

      <Switch>
        <Match when={values.category === 'in-service'}>
          <h2 class="party-form__section">{t('party.form.inService')}</h2>
          <p class="party-form__hint muted">{t('party.member.inServiceHint')}</p>
          {text('employerName', t('party.form.employerName'))}
          {text('employerPartyOrganization', t('party.form.employerPartyOrganization'))}
        </Match>
        <Match when={values.category === 'unemployed'}>
          <h2 class="party-form__section">{t('party.form.unemployed')}</h2>
          <p class="party-form__hint muted">{t('party.member.unemployedHint')}</p>
          {text('registeredOn', t('party.form.registeredOn'), { type: 'date' })}
        </Match>
        <Match when={values.category === 'floating'}>
          <h2 class="party-form__section">{t('party.form.floating')}</h2>
          <p class="party-form__hint muted">{t('party.member.floatingHint')}</p>
          {text('certificateNumber', t('party.form.certificateNumber'))}
          {text('certificateValidFrom', t('party.form.certificateValidFrom'), { type: 'date' })}
          {text('certificateValidUntil', t('party.form.certificateValidUntil'), { type: 'date' })}
          {text('currentLocation', t('party.form.currentLocation'))}
          <SelectField
            label={t('party.form.managementMode')}
            options={managementModes.map((value) => ({ value, label: t(`party.mode.${value}`) }))}
            value={values.managementMode || undefined}
            onChange={(value) => setValues('managementMode', value as MemberFormValues['managementMode'])}
            error={errorOf('managementMode')}
          />
          {text('managingOrganizationName', t('party.form.managingOrganizationName'), {
            description: t('party.form.managingOrganizationHint'),
          })}
        </Match>
      </Switch>
      <div class="form__actions party-form__section">
        <A class="button" href={props.member ? `/party/members/${props.member.id}` : '/party/members'}>
          {t('party.common.cancel')}
        </A>
        <Button type="submit" class="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('party.form.submitting') : t('party.form.submit')}
        </Button>
      </div>
    </form>
  );
}

/** Adding a party member, with the fields of the chosen category and each field's error at the field. */
export function NewMemberPage(): JSX.Element {
  const { t } = useI18n();
  return (
    <PartyLayout title={t('party.form.addTitle')}>
      <RequirePermission permission="party:manage">
        <MemberForm />
      </RequirePermission>
    </PartyLayout>
  );
}

/** Editing a party member; the category's rules apply again when it changes. */
export function EditMemberPage(): JSX.Element {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  const member = useQuery(() => ({
    queryKey: [...partyQueryKey, 'member', params.id],
    queryFn: () => fetchMember(params.id),
  }));
  return (
    <PartyLayout title={t('party.form.editTitle', { name: member.data?.name ?? '' })}>
      <RequirePermission permission="party:manage">
        <Switch>
          <Match when={member.isPending}>
            <Loading label={t('party.member.loading')} />
          </Match>
          <Match when={member.isError}>
            <ErrorState error={member.error} onRetry={() => void member.refetch()} />
          </Match>
          <Match when={member.data}>{(loaded) => <MemberForm member={loaded()} />}</Match>
        </Switch>
      </RequirePermission>
    </PartyLayout>
  );
}
