import { Button } from '@kobalte/core/button';
import { TextField as KobalteTextField } from '@kobalte/core/text-field';
import { A, useParams } from '@solidjs/router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query';
import { createEffect, createSignal, For, type JSX, Match, on, Show, Switch } from 'solid-js';
import { ApiError } from '../api/client';
import { RequirePermission } from '../auth/require-permission';
import { SelectField } from '../components/form-field';
import { ErrorState, Loading } from '../components/states';
import { dismissToast, showToast } from '../components/toast';
import { FormAnswers } from '../forms/form-answers';
import { fetchForm, formsQueryKey, revealIdNumbers } from '../forms/forms-api';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import {
  assignServiceRequest,
  commentOnServiceRequest,
  fetchAssignees,
  fetchServiceRequest,
  fetchStations,
  type ServiceRequestDetail,
  type ServiceRequestEvent,
  type ServiceRequestStatus,
  serviceRequestsQueryKey,
  transitionServiceRequest,
} from './service-requests-api';
import { requestNumber } from './service-requests-page';
import { StatusBadge } from './status-badge';
import './service-requests.css';

function TextArea(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}): JSX.Element {
  return (
    <KobalteTextField
      class="field"
      value={props.value}
      onChange={props.onChange}
      validationState={props.error ? 'invalid' : 'valid'}
    >
      <KobalteTextField.Label class="field__label">{props.label}</KobalteTextField.Label>
      <KobalteTextField.TextArea class="field__input form-renderer__textarea" autoResize />
      <KobalteTextField.ErrorMessage class="field__error">{props.error}</KobalteTextField.ErrorMessage>
    </KobalteTextField>
  );
}

const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409;

function Facts(props: { detail: ServiceRequestDetail }): JSX.Element {
  const { t, locale } = useI18n();
  const request = () => props.detail.request;
  const fact = (label: string, value: JSX.Element) => (
    <div class="facts__item">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <section class="card" aria-labelledby="request-facts">
      <h2 id="request-facts" class="card__title">
        {t('serviceRequests.detail.facts')}
      </h2>
      <dl class="facts">
        {fact(t('serviceRequests.detail.number'), <span class="mono">{requestNumber(request().id)}</span>)}
        {fact(t('serviceRequests.detail.village'), request().village.name)}
        {fact(t('serviceRequests.detail.villager'), request().villager.name)}
        {fact(t('serviceRequests.detail.phone'), <span class="mono">{request().villager.phone ?? ''}</span>)}
        {fact(t('serviceRequests.detail.station'), request().stationName?.[locale()] ?? '')}
        {fact(
          t('serviceRequests.detail.assignee'),
          request().assignee?.name ?? <span class="muted">{t('serviceRequests.detail.unassigned')}</span>,
        )}
        {fact(t('serviceRequests.detail.submittedBy'), props.detail.submittedBy.name)}
        {fact(t('serviceRequests.detail.submittedAt'), formatDateTime(request().createdAt, locale()))}
        {fact(
          t('serviceRequests.detail.dueAt'),
          <span classList={{ overdue: request().isOverdue }}>
            {formatDateTime(request().dueAt, locale())}
          </span>,
        )}
        <Show when={request().closedAt}>
          {(at) => fact(t('serviceRequests.detail.closedAt'), formatDateTime(at(), locale()))}
        </Show>
        <Show when={request().rejectionReason}>
          {(reason) => fact(t('serviceRequests.detail.rejectionReason'), reason())}
        </Show>
      </dl>
    </section>
  );
}

function Workflow(props: {
  detail: ServiceRequestDetail;
  onChanged: (detail: ServiceRequestDetail) => void;
  onConflict: () => void;
}): JSX.Element {
  const { t } = useI18n();
  const [note, setNote] = createSignal('');
  const [noteError, setNoteError] = createSignal<string>();
  // A failed step's error toast goes once a later step succeeds.
  let errorToasts: number[] = [];
  const move = useMutation(() => ({
    mutationFn: (to: ServiceRequestStatus) =>
      transitionServiceRequest(props.detail.request.id, {
        to,
        note: note().trim() || undefined,
        version: props.detail.request.version,
      }),
    onSuccess: (detail, to) => {
      for (const id of errorToasts) dismissToast(id);
      errorToasts = [];
      setNote('');
      props.onChanged(detail);
      showToast({
        kind: 'success',
        title: t('serviceRequests.detail.moved', { action: t(`serviceRequests.detail.actions.${to}`) }),
      });
    },
    onError: (error: unknown) => {
      if (isConflict(error)) props.onConflict();
      else
        errorToasts.push(
          showToast({
            kind: 'error',
            title: t('serviceRequests.detail.moveFailed'),
            description: error instanceof Error ? error.message : undefined,
          }),
        );
    },
  }));
  const act = (to: ServiceRequestStatus) => {
    setNoteError(undefined);
    if (to === 'rejected' && !note().trim()) {
      setNoteError(t('serviceRequests.detail.reasonRequired'));
      return;
    }
    move.mutate(to);
  };
  return (
    <section class="card" aria-labelledby="request-workflow">
      <h2 id="request-workflow" class="card__title">
        {t('serviceRequests.detail.workflow')}
      </h2>
      <Show
        when={props.detail.allowedTransitions.length > 0}
        fallback={
          <p class="muted">
            {t('serviceRequests.detail.closed', {
              status: t(`serviceRequests.status.${props.detail.request.status}`),
            })}
          </p>
        }
      >
        <div class="stack">
          <TextArea
            label={t('serviceRequests.detail.note')}
            value={note()}
            onChange={setNote}
            error={noteError()}
          />
          <div class="workflow-actions">
            <For each={props.detail.allowedTransitions}>
              {(to) => (
                <Button
                  class={to === 'rejected' ? 'button' : 'button button--primary'}
                  disabled={move.isPending}
                  onClick={() => act(to)}
                >
                  {t(`serviceRequests.detail.actions.${to}`)}
                </Button>
              )}
            </For>
          </div>
        </div>
      </Show>
    </section>
  );
}

function Assignment(props: {
  detail: ServiceRequestDetail;
  onChanged: (detail: ServiceRequestDetail) => void;
  onConflict: () => void;
}): JSX.Element {
  const { t, locale } = useI18n();
  const request = () => props.detail.request;
  const assignees = useQuery(() => ({
    queryKey: [...serviceRequestsQueryKey, 'assignees', request().village.id],
    queryFn: () => fetchAssignees(request().village.id),
  }));
  const stations = useQuery(() => ({
    queryKey: [...serviceRequestsQueryKey, 'stations'],
    queryFn: fetchStations,
  }));
  const [assignee, setAssignee] = createSignal(request().assignee?.id ?? '-');
  const [station, setStation] = createSignal(request().station ?? '-');
  createEffect(
    on(
      () => request().version,
      () => {
        setAssignee(request().assignee?.id ?? '-');
        setStation(request().station ?? '-');
      },
      { defer: true },
    ),
  );
  const save = useMutation(() => ({
    mutationFn: () =>
      assignServiceRequest(request().id, {
        assigneeId: assignee() === '-' ? null : assignee(),
        station: station() === '-' ? null : station(),
        version: request().version,
      }),
    onSuccess: (detail) => {
      props.onChanged(detail);
      showToast({ kind: 'success', title: t('serviceRequests.detail.assigned') });
    },
    onError: (error: unknown) => {
      if (isConflict(error)) props.onConflict();
      else
        showToast({
          kind: 'error',
          title: t('serviceRequests.detail.moveFailed'),
          description: error instanceof Error ? error.message : undefined,
        });
    },
  }));
  return (
    <section class="card" aria-labelledby="request-assignment">
      <h2 id="request-assignment" class="card__title">
        {t('serviceRequests.detail.assignment')}
      </h2>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <SelectField
          label={t('serviceRequests.detail.assigneeLabel')}
          options={[
            { value: '-', label: t('serviceRequests.detail.unassigned') },
            ...(assignees.data ?? []).map((person) => ({ value: person.id, label: person.name })),
          ]}
          value={assignee()}
          onChange={setAssignee}
        />
        <SelectField
          label={t('serviceRequests.detail.stationLabel')}
          options={[
            { value: '-', label: t('serviceRequests.detail.noStation') },
            ...(stations.data ?? []).map((s) => ({ value: s.id, label: s.name[locale()] })),
          ]}
          value={station()}
          onChange={setStation}
        />
        <div>
          <Button type="submit" class="button" disabled={save.isPending}>
            {t('serviceRequests.detail.assign')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function Comments(props: {
  detail: ServiceRequestDetail;
  onChanged: (detail: ServiceRequestDetail) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = createSignal('');
  const add = useMutation(() => ({
    mutationFn: () => commentOnServiceRequest(props.detail.request.id, text()),
    onSuccess: (detail) => {
      setText('');
      props.onChanged(detail);
      showToast({ kind: 'success', title: t('serviceRequests.detail.commented') });
    },
    onError: (error: unknown) =>
      showToast({
        kind: 'error',
        title: t('serviceRequests.detail.moveFailed'),
        description: error instanceof Error ? error.message : undefined,
      }),
  }));
  return (
    <section class="card" aria-labelledby="request-comments">
      <h2 id="request-comments" class="card__title">
        {t('serviceRequests.detail.comments')}
      </h2>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (text().trim()) add.mutate();
        }}
      >
        <TextArea label={t('serviceRequests.detail.comment')} value={text()} onChange={setText} />
        <div>
          <Button type="submit" class="button" disabled={add.isPending || !text().trim()}>
            {t('serviceRequests.detail.addComment')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function History(props: { events: ServiceRequestEvent[] }): JSX.Element {
  const { t, locale } = useI18n();
  const status = (value: ServiceRequestStatus | null) => (value ? t(`serviceRequests.status.${value}`) : '');
  const describe = (event: ServiceRequestEvent) => {
    const actor = event.actor.name;
    switch (event.kind) {
      case 'transition':
        return t('serviceRequests.detail.event.transition', {
          actor,
          from: status(event.from),
          to: status(event.to),
        });
      case 'assignment':
        return t('serviceRequests.detail.event.assignment', {
          actor,
          assignee:
            [event.assignee?.name, event.stationName?.[locale()]].filter(Boolean).join(' · ') ||
            t('serviceRequests.detail.unassigned'),
        });
      case 'comment':
        return t('serviceRequests.detail.event.comment', { actor });
      default:
        return t('serviceRequests.detail.event.submitted', { actor });
    }
  };
  return (
    <section class="card" aria-labelledby="request-history">
      <h2 id="request-history" class="card__title">
        {t('serviceRequests.detail.history')}
      </h2>
      <ol class="timeline">
        <For each={[...props.events].reverse()}>
          {(event) => (
            <li class="timeline__item">
              <span class="timeline__what">{describe(event)}</span>
              <Show when={event.note}>
                <span class="timeline__note">{event.note}</span>
              </Show>
              <time class="timeline__when" dateTime={event.at}>
                {formatDateTime(event.at, locale())}
              </time>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}

function Answers(props: { detail: ServiceRequestDetail }): JSX.Element {
  const { t } = useI18n();
  const [revealed, setRevealed] = createSignal<Record<string, string>>();
  const request = () => props.detail.request;
  // The form's version is worth a mention only once the form has changed since this request was filed.
  const current = useQuery(() => ({
    queryKey: [...formsQueryKey, 'document', `${request().pluginId}:${request().formKey}`],
    queryFn: () => fetchForm(request().pluginId, request().formKey),
  }));
  const isOlderForm = () => current.data !== undefined && current.data.version !== request().formVersion;
  const reveal = useMutation(() => ({
    mutationFn: () => revealIdNumbers(props.detail.request.id),
    onSuccess: (items) => setRevealed(Object.fromEntries(items.map((item) => [item.path, item.value]))),
  }));
  const hasIdNumbers = () => JSON.stringify(props.detail.document.jsonSchema).includes('"resident-id"');
  return (
    <section class="card" aria-labelledby="request-answers">
      <div class="card__head">
        <h2 id="request-answers" class="card__title">
          {t('serviceRequests.detail.answers')}
        </h2>
        <Show when={isOlderForm()}>
          <span class="muted">
            {t('serviceRequests.detail.formVersion', { version: props.detail.request.formVersion })}
          </span>
        </Show>
      </div>
      <FormAnswers
        document={props.detail.document}
        data={props.detail.data}
        submissionId={props.detail.request.id}
        revealed={revealed()}
      />
      <Show when={props.detail.canRevealIdNumbers && hasIdNumbers() && !revealed()}>
        <div>
          <Button class="button button--small" disabled={reveal.isPending} onClick={() => reveal.mutate()}>
            {t('serviceRequests.detail.revealIds')}
          </Button>
        </div>
      </Show>
    </section>
  );
}

/**
 * One service request: its facts, the answers read with their own form version, the workflow's next steps,
 * assignment, comments and the history. A change made on a stale copy (another tab moved it on) shows a
 * conflict message and reloads, overwriting nothing.
 */
export function ServiceRequestPage(): JSX.Element {
  const { t, locale } = useI18n();
  const params = useParams<{ id: string }>();
  const queryClient = useQueryClient();
  const queryKey = () => [...serviceRequestsQueryKey, 'one', params.id];
  const detail = useQuery(() => ({ queryKey: queryKey(), queryFn: () => fetchServiceRequest(params.id) }));
  const [hasConflict, setHasConflict] = createSignal(false);
  const changed = (next: ServiceRequestDetail) => {
    setHasConflict(false);
    queryClient.setQueryData(queryKey(), next);
    void queryClient.invalidateQueries({ queryKey: serviceRequestsQueryKey, refetchType: 'none' });
  };
  const conflict = () => {
    setHasConflict(true);
    void detail.refetch();
  };
  return (
    <RequirePermission permission="service-requests:read">
      <A href="/service-requests" class="back-link">
        ← {t('serviceRequests.detail.back')}
      </A>
      <Switch>
        <Match when={detail.isPending}>
          <Loading />
        </Match>
        <Match when={detail.isError}>
          <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
        </Match>
        <Match when={detail.data}>
          {(data) => (
            <>
              <div class="page-head">
                <h1 class="page-title request-title">
                  <span>
                    {data().request.formTitle[locale()]} · {data().request.villager.name}
                  </span>
                  <StatusBadge status={data().request.status} isOverdue={data().request.isOverdue} />
                </h1>
              </div>
              <Show when={hasConflict()}>
                <div class="alert alert--warn request-conflict" role="alert">
                  <p class="alert__title">{t('serviceRequests.detail.conflictTitle')}</p>
                  <p>{t('serviceRequests.detail.conflict')}</p>
                </div>
              </Show>
              <div class="request-layout">
                <div class="request-layout__main">
                  <Facts detail={data()} />
                  <Answers detail={data()} />
                  <History events={data().events} />
                </div>
                <div class="request-layout__side">
                  <Show when={data().canHandle}>
                    <Workflow detail={data()} onChanged={changed} onConflict={conflict} />
                    <Show when={data().allowedTransitions.length > 0}>
                      <Assignment detail={data()} onChanged={changed} onConflict={conflict} />
                    </Show>
                    <Comments detail={data()} onChanged={changed} />
                  </Show>
                </div>
              </div>
            </>
          )}
        </Match>
      </Switch>
    </RequirePermission>
  );
}
