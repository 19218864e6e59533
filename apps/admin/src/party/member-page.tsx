import { Button } from '@kobalte/core/button';
import { A, useParams } from '@solidjs/router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, type JSX, Match, Show, Switch } from 'solid-js';
import { Dialog } from '../components/dialog';
import { SelectField, TextField } from '../components/form-field';
import { ErrorState, Loading } from '../components/states';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import {
  addAssessment,
  addContact,
  fetchAssessments,
  fetchContacts,
  fetchMember,
  fetchMemberActivities,
  fetchOrganizations,
  fetchTransfers,
  type Member,
  partyQueryKey,
  revealIdNumber,
  transferMember,
} from './party-api';
import { errorMessage, fieldError, todayInChina } from './party-format';
import { PartyLayout } from './party-layout';

function Fact(props: { label: string; children: JSX.Element }): JSX.Element {
  return (
    <div class="facts__item">
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** The ID number, masked; its holder's whole number for a user allowed to reveal it (each reveal audited). */
function IdNumber(props: { member: Member }): JSX.Element {
  const { t } = useI18n();
  const [revealed, setRevealed] = createSignal<string>();
  const reveal = useMutation(() => ({
    mutationFn: () => revealIdNumber(props.member.id),
    onSuccess: (result: { idNumber: string }) => setRevealed(result.idNumber),
    onError: (error: unknown) =>
      showToast({ kind: 'error', title: t('party.member.revealFailed'), description: errorMessage(error) }),
  }));
  return (
    <span class="party-id">
      <span class="mono" data-testid="id-number">
        {revealed() ?? props.member.idNumberMasked}
      </span>
      <Show when={props.member.canRevealIdNumber}>
        <Show
          when={revealed()}
          fallback={
            <Button
              class="button button--small"
              title={t('party.member.revealHint')}
              disabled={reveal.isPending}
              onClick={() => reveal.mutate()}
            >
              {reveal.isPending ? t('party.member.revealing') : t('party.member.reveal')}
            </Button>
          }
        >
          <span class="muted" role="status">
            {t('party.member.revealed')}
          </span>
          <Button class="button button--small button--quiet" onClick={() => setRevealed(undefined)}>
            {t('party.member.hide')}
          </Button>
        </Show>
      </Show>
    </span>
  );
}

function CategoryCard(props: { member: Member }): JSX.Element {
  const { t } = useI18n();
  const m = () => props.member;
  return (
    <section class="card" aria-labelledby="category-heading">
      <h2 id="category-heading" class="card__title">
        {t('party.member.categoryHeading')}：{t(`party.category.${m().category}`)}
      </h2>
      <Switch>
        <Match when={m().category === 'in-service'}>
          <p class="card__hint">{t('party.member.inServiceHint')}</p>
          <dl class="facts">
            <Fact label={t('party.form.employerName')}>{m().employerName}</Fact>
            <Fact label={t('party.form.employerPartyOrganization')}>{m().employerPartyOrganization}</Fact>
            <Fact label={t('party.member.residenceBranch')}>{m().organizationName}</Fact>
          </dl>
        </Match>
        <Match when={m().category === 'unemployed'}>
          <p class="card__hint">{t('party.member.unemployedHint')}</p>
          <dl class="facts">
            <Fact label={t('party.form.registeredOn')}>{m().registeredOn}</Fact>
            <Fact label={t('party.member.lastContactOn')}>
              {m().lastContactOn ?? '—'}{' '}
              <Show when={m().isContactOverdue}>
                <span class="badge badge--warn">{t('party.member.contactOverdue')}</span>
              </Show>
            </Fact>
          </dl>
        </Match>
        <Match when={m().category === 'floating'}>
          <p class="card__hint">{t('party.member.floatingHint')}</p>
          <dl class="facts">
            <Fact label={t('party.form.certificateNumber')}>
              <span class="mono">{m().certificateNumber}</span>
            </Fact>
            <Fact label={t('party.member.certificateValidity')}>
              {m().certificateValidFrom} – {m().certificateValidUntil}{' '}
              <Show when={m().isCertificateExpired}>
                <span class="badge badge--warn">{t('party.member.certificateExpired')}</span>
              </Show>
            </Fact>
            <Fact label={t('party.form.currentLocation')}>{m().currentLocation}</Fact>
            <Fact label={t('party.form.managementMode')}>
              {m().managementMode ? t(`party.mode.${m().managementMode ?? 'direct'}`) : '—'}
            </Fact>
            <Fact label={t('party.form.managingOrganizationName')}>
              {m().managingOrganizationName ?? m().organizationName}
            </Fact>
          </dl>
        </Match>
      </Switch>
    </section>
  );
}

function TransferDialog(props: {
  member: Member;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [to, setTo] = createSignal<string>();
  const [on, setOn] = createSignal(todayInChina());
  const [reason, setReason] = createSignal('');
  const organizations = useQuery(() => ({
    queryKey: [...partyQueryKey, 'organizations', 'all'],
    queryFn: () => fetchOrganizations(),
    enabled: props.open,
  }));
  const transfer = useMutation(() => ({
    mutationFn: () =>
      transferMember(props.member.id, {
        toOrganizationId: to() ?? '',
        transferredOn: on(),
        reason: reason(),
      }),
    onSuccess: async () => {
      showToast({ kind: 'success', title: t('party.member.transferred') });
      await queryClient.invalidateQueries({ queryKey: partyQueryKey });
      props.onOpenChange(false);
    },
  }));
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('party.member.transferTitle', { name: props.member.name })}
      footer={
        <>
          <Button class="button" onClick={() => props.onOpenChange(false)}>
            {t('party.common.cancel')}
          </Button>
          <Button
            class="button button--primary"
            disabled={!to() || transfer.isPending}
            onClick={() => transfer.mutate()}
          >
            {t('party.member.transfer')}
          </Button>
        </>
      }
    >
      <div class="party-form party-form--single">
        <SelectField
          label={t('party.member.transferTo')}
          options={(organizations.data?.items ?? [])
            .filter((o) => o.kind !== 'party-group' && o.id !== props.member.organizationId)
            .map((o) => ({ value: o.id, label: `${o.villageName} · ${o.name}` }))}
          value={to()}
          onChange={setTo}
          error={fieldError(t, transfer.error, 'toOrganizationId') ?? errorMessage(transfer.error)}
        />
        <TextField
          label={t('party.member.transferredOn')}
          type="date"
          value={on()}
          onChange={setOn}
          error={fieldError(t, transfer.error, 'transferredOn')}
        />
        <TextField label={t('party.member.transferReason')} value={reason()} onChange={setReason} />
      </div>
    </Dialog>
  );
}

function TransfersCard(props: { member: Member }): JSX.Element {
  const { t } = useI18n();
  const [isOpen, setIsOpen] = createSignal(false);
  const transfers = useQuery(() => ({
    queryKey: [...partyQueryKey, 'member', props.member.id, 'transfers'],
    queryFn: () => fetchTransfers(props.member.id),
  }));
  return (
    <section class="card" aria-labelledby="transfers-heading">
      <div class="card__head">
        <h2 id="transfers-heading" class="card__title">
          {t('party.member.transfersHeading')}
        </h2>
        <Show
          when={
            props.member.canManage &&
            (props.member.status === 'full' || props.member.status === 'probationary')
          }
        >
          <Button class="button button--small" onClick={() => setIsOpen(true)}>
            {t('party.member.transfer')}
          </Button>
          <TransferDialog member={props.member} open={isOpen()} onOpenChange={setIsOpen} />
        </Show>
      </div>
      <Show
        when={(transfers.data?.items.length ?? 0) > 0}
        fallback={<p class="muted">{t('party.member.transfersEmpty')}</p>}
      >
        <ul class="party-rows">
          <For each={transfers.data?.items}>
            {(transfer) => (
              <li>
                {transfer.transferredOn}：{transfer.fromVillageName} · {transfer.fromOrganizationName} →{' '}
                {transfer.toVillageName} · {transfer.toOrganizationName}
                <Show when={transfer.reason}> （{transfer.reason}）</Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

function ActivitiesCard(props: { member: Member }): JSX.Element {
  const { t } = useI18n();
  const record = useQuery(() => ({
    queryKey: [...partyQueryKey, 'member', props.member.id, 'activities'],
    queryFn: () => fetchMemberActivities(props.member.id),
  }));
  return (
    <section class="card" aria-labelledby="activities-heading">
      <h2 id="activities-heading" class="card__title">
        {t('party.member.activitiesHeading')}
      </h2>
      <Show
        when={(record.data?.items.length ?? 0) > 0}
        fallback={<p class="muted">{t('party.member.activitiesEmpty')}</p>}
      >
        <p class="muted">{t('party.member.totalHours', { hours: record.data?.totalHours ?? 0 })}</p>
        <ul class="party-rows">
          <For each={record.data?.items}>
            {(item) => (
              <li>
                {item.startedOn} <span class="badge">{t(`party.activityKind.${item.kind}`)}</span>{' '}
                {item.title} · {item.hours}h<Show when={item.role}> · {item.role}</Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

function UnemployedCards(props: { member: Member }): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const key = () => [...partyQueryKey, 'member', props.member.id];
  const contacts = useQuery(() => ({
    queryKey: [...key(), 'contacts'],
    queryFn: () => fetchContacts(props.member.id),
  }));
  const assessments = useQuery(() => ({
    queryKey: [...key(), 'assessments'],
    queryFn: () => fetchAssessments(props.member.id),
  }));
  const [contact, setContact] = createSignal({ contactedOn: todayInChina(), method: 'visit', note: '' });
  const [assessment, setAssessment] = createSignal({
    period: String(new Date().getFullYear() - 1),
    assessedOn: todayInChina(),
    result: 'competent',
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key() });
  const saveContact = useMutation(() => ({
    mutationFn: () => addContact(props.member.id, contact()),
    onSuccess: async () => {
      setContact({ ...contact(), note: '' });
      showToast({ kind: 'success', title: t('party.common.saved') });
      await refresh();
    },
  }));
  const saveAssessment = useMutation(() => ({
    mutationFn: () => addAssessment(props.member.id, assessment()),
    onSuccess: async () => {
      showToast({ kind: 'success', title: t('party.common.saved') });
      await refresh();
    },
    onError: (error: unknown) =>
      showToast({ kind: 'error', title: t('party.common.saveFailed'), description: errorMessage(error) }),
  }));
  return (
    <>
      <section class="card" aria-labelledby="contacts-heading">
        <h2 id="contacts-heading" class="card__title">
          {t('party.member.contactsHeading')}
        </h2>
        <Show
          when={(contacts.data?.items.length ?? 0) > 0}
          fallback={<p class="muted">{t('party.member.contactsEmpty')}</p>}
        >
          <ul class="party-rows">
            <For each={contacts.data?.items}>
              {(item) => (
                <li>
                  {item.contactedOn} · {t(`party.contactMethod.${item.method}`)} · {item.note}
                  <Show when={item.actorName}> · {item.actorName}</Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={props.member.canManage}>
          <form
            class="party-form"
            onSubmit={(event) => {
              event.preventDefault();
              saveContact.mutate();
            }}
          >
            <TextField
              label={t('party.common.date')}
              type="date"
              value={contact().contactedOn}
              onChange={(v) => setContact({ ...contact(), contactedOn: v })}
              error={fieldError(t, saveContact.error, 'contactedOn')}
            />
            <SelectField
              label={t('party.member.contactMethod')}
              options={(['visit', 'phone', 'message', 'meeting'] as const).map((value) => ({
                value,
                label: t(`party.contactMethod.${value}`),
              }))}
              value={contact().method}
              onChange={(v) => setContact({ ...contact(), method: v })}
            />
            <TextField
              label={t('party.common.note')}
              value={contact().note}
              onChange={(v) => setContact({ ...contact(), note: v })}
              error={fieldError(t, saveContact.error, 'note')}
            />
            <Button type="submit" class="button" disabled={saveContact.isPending || !contact().note.trim()}>
              {t('party.member.addContact')}
            </Button>
          </form>
        </Show>
      </section>
      <section class="card" aria-labelledby="assessments-heading">
        <h2 id="assessments-heading" class="card__title">
          {t('party.member.assessmentsHeading')}
        </h2>
        <Show
          when={(assessments.data?.items.length ?? 0) > 0}
          fallback={<p class="muted">{t('party.member.assessmentsEmpty')}</p>}
        >
          <ul class="party-rows">
            <For each={assessments.data?.items}>
              {(item) => (
                <li>
                  {item.period} · {t(`party.assessment.${item.result}`)} · {item.assessedOn}
                  <Show when={item.note}> · {item.note}</Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={props.member.canManage}>
          <form
            class="party-form"
            onSubmit={(event) => {
              event.preventDefault();
              saveAssessment.mutate();
            }}
          >
            <TextField
              label={t('party.member.period')}
              description={t('party.member.periodHint')}
              value={assessment().period}
              onChange={(v) => setAssessment({ ...assessment(), period: v })}
              error={fieldError(t, saveAssessment.error, 'period')}
            />
            <TextField
              label={t('party.common.date')}
              type="date"
              value={assessment().assessedOn}
              onChange={(v) => setAssessment({ ...assessment(), assessedOn: v })}
            />
            <SelectField
              label={t('party.member.result')}
              options={(['excellent', 'competent', 'basically-competent', 'incompetent'] as const).map(
                (value) => ({ value, label: t(`party.assessment.${value}`) }),
              )}
              value={assessment().result}
              onChange={(v) => setAssessment({ ...assessment(), result: v })}
            />
            <Button type="submit" class="button" disabled={saveAssessment.isPending}>
              {t('party.member.addAssessment')}
            </Button>
          </form>
        </Show>
      </section>
    </>
  );
}

/**
 * One party member: the ID number masked with a reveal button for those allowed (audited), the category's
 * particulars, the transfers between branches, the member's activity record, and for an unemployed member
 * the contact log and the assessments.
 */
export function MemberPage(): JSX.Element {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  const member = useQuery(() => ({
    queryKey: [...partyQueryKey, 'member', params.id],
    queryFn: () => fetchMember(params.id),
  }));
  return (
    <PartyLayout
      title={member.data?.name ?? t('party.tabs.members')}
      actions={
        <Show when={member.data?.canManage}>
          <A class="button" href={`/party/members/${params.id}/edit`}>
            {t('party.member.edit')}
          </A>
        </Show>
      }
    >
      <A href="/party/members" class="back-link">
        ← {t('party.member.back')}
      </A>
      <Switch>
        <Match when={member.isPending}>
          <Loading label={t('party.member.loading')} />
        </Match>
        <Match when={member.isError}>
          <ErrorState error={member.error} onRetry={() => void member.refetch()} />
        </Match>
        <Match when={member.data}>
          {(m) => (
            <div class="party-grid">
              <section class="card" aria-labelledby="facts-heading">
                <h2 id="facts-heading" class="card__title">
                  {t('party.member.facts')}
                </h2>
                <dl class="facts">
                  <Fact label={t('party.member.idNumber')}>
                    <IdNumber member={m()} />
                  </Fact>
                  <Fact label={t('party.member.gender')}>{t(`party.gender.${m().gender}`)}</Fact>
                  <Fact label={t('party.members.phone')}>
                    <span class="mono">{m().phone ?? '—'}</span>
                  </Fact>
                  <Fact label={t('party.members.category')}>{t(`party.category.${m().category}`)}</Fact>
                  <Fact label={t('party.members.status')}>{t(`party.status.${m().status}`)}</Fact>
                  <Fact label={t('party.members.joinedOn')}>{m().joinedOn}</Fact>
                  <Fact label={t('party.member.village')}>{m().villageName}</Fact>
                  <Fact label={t('party.members.organization')}>{m().organizationName}</Fact>
                  <Fact label={t('party.member.group')}>{m().groupName ?? '—'}</Fact>
                </dl>
              </section>
              <Show when={m().category !== 'resident'}>
                <CategoryCard member={m()} />
              </Show>
              <Show when={m().category === 'unemployed'}>
                <UnemployedCards member={m()} />
              </Show>
              <ActivitiesCard member={m()} />
              <TransfersCard member={m()} />
            </div>
          )}
        </Match>
      </Switch>
    </PartyLayout>
  );
}
