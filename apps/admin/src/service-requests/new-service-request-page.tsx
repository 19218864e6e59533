import { Button } from '@kobalte/core/button';
import { A, useNavigate } from '@solidjs/router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query';
import { createEffect, createSignal, type JSX, on, Show } from 'solid-js';
import { ApiError } from '../api/client';
import { useMe } from '../auth/me-context';
import { RequirePermission } from '../auth/require-permission';
import type { ComboboxOption } from '../components/combobox-field';
import { SelectField, TextField } from '../components/form-field';
import { Loading } from '../components/states';
import { dismissToast, showToast } from '../components/toast';
import { FormRenderer } from '../forms/form-renderer/form-renderer';
import { withValueAt } from '../forms/form-values';
import { fetchForm, fetchVillageForms, formsQueryKey, submitForm } from '../forms/forms-api';
import { useI18n } from '../i18n/i18n';
import { VillagePicker } from '../users/scope-pickers';
import { serviceRequestsQueryKey } from './service-requests-api';
import './service-requests.css';

/** A field error of a problem, with its message in both languages when the server gave them. */
interface LocalizedFieldError {
  path: string;
  message: string;
  messages?: { 'zh-CN': string; en: string };
}

/**
 * Filing a form for a villager at the counter: the village (the user's own, or chosen), the service, the
 * villager's name and phone, and the form rendered from its JSON Schema. One idempotency key is made per
 * filled-in form and kept until it is accepted, so a double click or a retry never files twice. Errors from
 * the server appear at their fields, in the user's language.
 */
export function NewServiceRequestPage(): JSX.Element {
  const { t, locale } = useI18n();
  const { me } = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const ownVillage = () => me().scope.village;
  const [pickedVillage, setPickedVillage] = createSignal<ComboboxOption>();
  const villageId = () => ownVillage()?.id ?? pickedVillage()?.value;
  const [formId, setFormId] = createSignal<string>();
  const [name, setName] = createSignal('');
  const [phone, setPhone] = createSignal('');
  const [values, setValues] = createSignal<Record<string, unknown>>({});
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [idempotencyKey, setIdempotencyKey] = createSignal(crypto.randomUUID());

  const forms = useQuery(() => ({
    queryKey: [...formsQueryKey, 'village', villageId()],
    queryFn: () => fetchVillageForms(villageId() ?? ''),
    enabled: villageId() !== undefined,
  }));
  const chosen = () => forms.data?.find((form) => `${form.pluginId}:${form.key}` === formId());
  const document = useQuery(() => ({
    queryKey: [...formsQueryKey, 'document', formId()],
    queryFn: () => fetchForm(chosen()?.pluginId ?? '', chosen()?.key ?? ''),
    enabled: chosen() !== undefined,
  }));
  createEffect(
    on(formId, () => {
      setValues({});
      setErrors({});
      setIdempotencyKey(crypto.randomUUID());
    }),
  );

  /** How long staff have for a request of the chosen form: in days when whole days (240 hours: 10 天). */
  const dueText = (hours: number | null | undefined) => {
    if (!hours) return undefined;
    if (hours % 24 !== 0) return t('serviceRequests.create.due', { hours });
    if (hours === 24) return t('serviceRequests.create.dueOneDay');
    return t('serviceRequests.create.dueDays', { days: hours / 24 });
  };
  // A failed attempt's error toast goes once a later attempt of this form succeeds.
  let errorToasts: number[] = [];
  const submit = useMutation(() => ({
    mutationFn: () => {
      const form = chosen();
      const village = villageId();
      if (!form || !village) throw new Error('no form');
      return submitForm(form.pluginId, form.key, {
        villageId: village,
        idempotencyKey: idempotencyKey(),
        villager: { name: name(), ...(phone().trim() ? { phone: phone() } : {}) },
        data: values(),
      });
    },
    onSuccess: (submission) => {
      for (const id of errorToasts) dismissToast(id);
      errorToasts = [];
      showToast({
        kind: 'success',
        title: t('serviceRequests.create.submitted', { form: chosen()?.title[locale()] ?? '' }),
      });
      void queryClient.invalidateQueries({ queryKey: serviceRequestsQueryKey });
      navigate(submission.serviceRequest ? `/service-requests/${submission.id}` : '/service-requests');
    },
    onError: (error: unknown) => {
      const fieldErrors = (
        error instanceof ApiError ? (error.problem.errors ?? []) : []
      ) as LocalizedFieldError[];
      setErrors(
        Object.fromEntries(
          fieldErrors.map((e) => [e.path.replace(/^data\./, 'data:'), e.messages?.[locale()] ?? e.message]),
        ),
      );
      const toast = showToast({
        kind: 'error',
        title: t('serviceRequests.create.failed'),
        description:
          fieldErrors.length > 0
            ? t('serviceRequests.create.fixErrors', { count: fieldErrors.length })
            : error instanceof Error
              ? error.message
              : undefined,
      });
      errorToasts.push(toast);
    },
  }));
  const dataErrors = () =>
    Object.fromEntries(
      Object.entries(errors())
        .filter(([path]) => path.startsWith('data:'))
        .map(([path, message]) => [path.slice('data:'.length), message]),
    );

  return (
    <RequirePermission permission="service-requests:handle">
      <A href="/service-requests" class="back-link">
        ← {t('serviceRequests.create.back')}
      </A>
      <div class="page-head">
        <div>
          <h1 class="page-title">{t('serviceRequests.create.heading')}</h1>
          <p class="lead">{t('serviceRequests.create.intro')}</p>
        </div>
      </div>
      <form
        class="new-request"
        novalidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!submit.isPending) submit.mutate();
        }}
      >
        <section class="card stack">
          <Show
            when={ownVillage()}
            fallback={<VillagePicker value={pickedVillage()} onChange={setPickedVillage} />}
          >
            {(place) => (
              <p>
                <span class="muted">{t('serviceRequests.create.village')}：</span>
                {place().name}
              </p>
            )}
          </Show>
          <Show when={villageId()}>
            <Show when={!forms.isPending} fallback={<Loading />}>
              <Show
                when={(forms.data ?? []).length > 0}
                fallback={<p class="muted">{t('serviceRequests.create.noForms')}</p>}
              >
                <SelectField
                  label={t('serviceRequests.create.form')}
                  placeholder={t('serviceRequests.create.formPlaceholder')}
                  options={(forms.data ?? []).map((form) => ({
                    value: `${form.pluginId}:${form.key}`,
                    label: `${form.title[locale()]}${form.stationName ? `（${form.stationName[locale()]}）` : ''}`,
                  }))}
                  value={formId()}
                  onChange={setFormId}
                  description={dueText(chosen()?.dueInHours)}
                />
              </Show>
            </Show>
          </Show>
        </section>
        <Show when={chosen()}>
          <section class="card stack" aria-labelledby="villager-heading">
            <h2 id="villager-heading" class="card__title">
              {t('serviceRequests.create.villagerHeading')}
            </h2>
            <div class="new-request__villager">
              <TextField
                label={t('serviceRequests.create.villagerName')}
                value={name()}
                onChange={setName}
                error={errors()['villager.name']}
                required
              />
              <TextField
                label={t('serviceRequests.create.villagerPhone')}
                type="tel"
                value={phone()}
                onChange={setPhone}
                error={errors()['villager.phone']}
              />
            </div>
          </section>
          <section class="card stack" aria-labelledby="answers-heading">
            <h2 id="answers-heading" class="card__title">
              {t('serviceRequests.create.answersHeading')}
            </h2>
            <Show when={document.data} fallback={<Loading />}>
              {(doc) => (
                <FormRenderer
                  document={doc()}
                  values={values()}
                  onChange={(path, value) => setValues((current) => withValueAt(current, path, value))}
                  errors={dataErrors()}
                  disabled={submit.isPending}
                />
              )}
            </Show>
          </section>
          <div class="form__actions form__actions--start">
            <Button
              type="submit"
              class="button button--primary"
              disabled={submit.isPending || !document.data}
            >
              {submit.isPending ? t('serviceRequests.create.submitting') : t('serviceRequests.create.submit')}
            </Button>
          </div>
        </Show>
      </form>
    </RequirePermission>
  );
}
