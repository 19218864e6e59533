import { Button } from '@kobalte/core/button';
import { useSearchParams } from '@solidjs/router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { useMe } from '../auth/me-context';
import type { ComboboxOption } from '../components/combobox-field';
import { Dialog } from '../components/dialog';
import { SelectField, TextField } from '../components/form-field';
import { EmptyState, Loading } from '../components/states';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import {
  addCadre,
  type Cadre,
  type CommitteeKind,
  cadrePosts,
  cadreSelections,
  committeeKinds,
  createCommittee,
  createOrganization,
  fetchCadreRatios,
  fetchCommittees,
  fetchMemberOptions,
  fetchOrganizations,
  organizationKinds,
  partyQueryKey,
  updateCadre,
  type VillageCommittees,
} from './party-api';
import { errorMessage, fieldError, todayInChina } from './party-format';
import { PartyLayout } from './party-layout';
import { VillagePicker } from './village-picker';

const percent = (ratio: number | null) => (ratio === null ? null : `${Math.round(ratio * 1000) / 10}%`);

function RatiosCard(): JSX.Element {
  const { t } = useI18n();
  const ratios = useQuery(() => ({
    queryKey: [...partyQueryKey, 'cadre-ratios'],
    queryFn: fetchCadreRatios,
  }));
  return (
    <section class="card" aria-labelledby="ratios-heading">
      <h2 id="ratios-heading" class="card__title">
        {t('party.organizations.ratiosHeading')}
      </h2>
      <Show when={ratios.data} fallback={<Loading />}>
        {(r) => (
          <dl class="facts">
            <div class="facts__item">
              <dt>{t('party.organizations.oneShoulderRatio')}</dt>
              <dd>
                <span class="party-ratio">
                  {percent(r().oneShoulderRatio) ?? t('party.organizations.noRatio')}
                </span>{' '}
                <span class="muted">
                  {t('party.organizations.oneShoulderValue', {
                    count: r().oneShoulderVillages,
                    total: r().villagesWithBothHeads,
                  })}
                </span>
              </dd>
            </div>
            <div class="facts__item">
              <dt>{t('party.organizations.crossRatio')}</dt>
              <dd>
                <span class="party-ratio">
                  {percent(r().crossAppointmentRatio) ?? t('party.organizations.noRatio')}
                </span>{' '}
                <span class="muted">
                  {t('party.organizations.crossValue', {
                    count: r().crossAppointedCount,
                    total: r().cadreCount,
                  })}
                </span>
              </dd>
            </div>
          </dl>
        )}
      </Show>
    </section>
  );
}

function NewOrganizationDialog(props: {
  villageId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [kind, setKind] = createSignal<string>('branch');
  const [name, setName] = createSignal('');
  const [parentId, setParentId] = createSignal<string>();
  const [associationKey, setAssociationKey] = createSignal('');
  const [establishedOn, setEstablishedOn] = createSignal('');
  const organizations = useQuery(() => ({
    queryKey: [...partyQueryKey, 'organizations', props.villageId],
    queryFn: () => fetchOrganizations({ villageId: props.villageId }),
  }));
  const create = useMutation(() => ({
    mutationFn: () =>
      createOrganization({
        villageId: props.villageId,
        kind: kind(),
        name: name(),
        parentId: kind() === 'party-group' ? (parentId() ?? null) : null,
        associationKey: kind() === 'association-branch' ? associationKey() || null : null,
        establishedOn: establishedOn() || null,
      }),
    onSuccess: async () => {
      showToast({ kind: 'success', title: t('party.organizations.created') });
      await queryClient.invalidateQueries({ queryKey: partyQueryKey });
      setName('');
      props.onOpenChange(false);
    },
  }));
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('party.organizations.addTitle')}
      footer={
        <>
          <Button class="button" onClick={() => props.onOpenChange(false)}>
            {t('party.common.cancel')}
          </Button>
          <Button
            class="button button--primary"
            disabled={!name().trim() || create.isPending}
            onClick={() => create.mutate()}
          >
            {t('party.common.save')}
          </Button>
        </>
      }
    >
      <div class="party-form party-form--single">
        <SelectField
          label={t('party.organizations.kind')}
          options={organizationKinds.map((value) => ({ value, label: t(`party.kind.${value}`) }))}
          value={kind()}
          onChange={setKind}
        />
        <TextField
          label={t('party.organizations.name')}
          value={name()}
          onChange={setName}
          error={fieldError(t, create.error, 'name') ?? errorMessage(create.error)}
        />
        <Show when={kind() === 'party-group'}>
          <SelectField
            label={t('party.organizations.parentLabel')}
            options={(organizations.data?.items ?? [])
              .filter((o) => o.kind === 'branch' || o.kind === 'general-branch')
              .map((o) => ({ value: o.id, label: o.name }))}
            value={parentId()}
            onChange={setParentId}
            error={fieldError(t, create.error, 'parentId')}
          />
        </Show>
        <Show when={kind() === 'association-branch'}>
          <TextField
            label={t('party.organizations.associationKey')}
            description={t('party.organizations.associationKeyHint')}
            value={associationKey()}
            onChange={setAssociationKey}
            error={fieldError(t, create.error, 'associationKey')}
          />
        </Show>
        <TextField
          label={t('party.organizations.establishedOn')}
          type="date"
          value={establishedOn()}
          onChange={setEstablishedOn}
        />
      </div>
    </Dialog>
  );
}

function NewTermDialog(props: {
  villageId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [kind, setKind] = createSignal<CommitteeKind>('party-branch-committee');
  const [from, setFrom] = createSignal(todayInChina());
  const [to, setTo] = createSignal('');
  const create = useMutation(() => ({
    mutationFn: () =>
      createCommittee({ villageId: props.villageId, kind: kind(), termStartedOn: from(), termEndsOn: to() }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: partyQueryKey });
      props.onOpenChange(false);
    },
  }));
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('party.committees.addTermTitle')}
      footer={
        <>
          <Button class="button" onClick={() => props.onOpenChange(false)}>
            {t('party.common.cancel')}
          </Button>
          <Button
            class="button button--primary"
            disabled={!from() || !to() || create.isPending}
            onClick={() => create.mutate()}
          >
            {t('party.common.save')}
          </Button>
        </>
      }
    >
      <div class="party-form party-form--single">
        <SelectField
          label={t('party.committees.committeeKind')}
          options={committeeKinds.map((value) => ({ value, label: t(`party.committee.${value}`) }))}
          value={kind()}
          onChange={(value) => setKind(value as CommitteeKind)}
        />
        <TextField
          label={t('party.committees.termStartedOn')}
          type="date"
          value={from()}
          onChange={setFrom}
        />
        <TextField
          label={t('party.committees.termEndsOn')}
          type="date"
          value={to()}
          onChange={setTo}
          error={fieldError(t, create.error, 'termEndsOn') ?? errorMessage(create.error)}
        />
      </div>
    </Dialog>
  );
}

function NewCadreDialog(props: {
  villageId: string;
  committee: { id: string; kind: CommitteeKind; termStartedOn: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
}): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const isBranch = () => props.committee.kind === 'party-branch-committee';
  const posts = () =>
    cadrePosts.filter((post) => (isBranch() ? !post.includes('director') : !post.includes('secretary')));
  const [memberId, setMemberId] = createSignal<string>('');
  const [name, setName] = createSignal('');
  const [post, setPost] = createSignal<string>('member');
  const [selection, setSelection] = createSignal<string>('elected');
  const [twoRecommendations, setTwoRecommendations] = createSignal(false);
  const [startedOn, setStartedOn] = createSignal(props.committee.termStartedOn);
  const members = useQuery(() => ({
    queryKey: [...partyQueryKey, 'member-options', props.villageId],
    queryFn: () => fetchMemberOptions({ villageId: props.villageId }),
    enabled: props.open,
  }));
  const add = useMutation(() => ({
    mutationFn: () =>
      addCadre(props.committee.id, {
        memberId: memberId() || null,
        name: memberId() ? null : name(),
        post: post(),
        selection: selection(),
        isTwoRecommendationsOneElection: twoRecommendations(),
        startedOn: startedOn(),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: partyQueryKey });
      props.onOpenChange(false);
    },
  }));
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('party.committees.addCadreTitle', { committee: t(`party.committee.${props.committee.kind}`) })}
      footer={
        <>
          <Button class="button" onClick={() => props.onOpenChange(false)}>
            {t('party.common.cancel')}
          </Button>
          <Button class="button button--primary" disabled={add.isPending} onClick={() => add.mutate()}>
            {t('party.common.save')}
          </Button>
        </>
      }
    >
      <div class="party-form party-form--single">
        <SelectField
          label={t('party.committees.member')}
          description={t('party.committees.memberHint')}
          options={[
            ...(isBranch() ? [] : [{ value: '', label: t('party.common.none') }]),
            ...(members.data?.items ?? []).map((m) => ({
              value: m.id,
              label: `${m.name} · ${m.organizationName}`,
            })),
          ]}
          value={memberId()}
          onChange={setMemberId}
          error={fieldError(t, add.error, 'memberId')}
        />
        <Show when={!memberId()}>
          <TextField
            label={t('party.committees.nonMemberName')}
            value={name()}
            onChange={setName}
            error={fieldError(t, add.error, 'name')}
          />
        </Show>
        <SelectField
          label={t('party.committees.post')}
          options={posts().map((value) => ({ value, label: t(`party.post.${value}`) }))}
          value={post()}
          onChange={setPost}
          error={
            fieldError(t, add.error, 'post') ??
            (add.error && !fieldError(t, add.error, 'memberId') ? errorMessage(add.error) : undefined)
          }
        />
        <SelectField
          label={t('party.committees.selection')}
          options={cadreSelections.map((value) => ({ value, label: t(`party.selection.${value}`) }))}
          value={selection()}
          onChange={setSelection}
        />
        <label class="party-checkbox">
          <input
            type="checkbox"
            checked={twoRecommendations()}
            onChange={(e) => setTwoRecommendations(e.currentTarget.checked)}
          />
          {t('party.committees.twoRecommendations')}
        </label>
        <TextField
          label={t('party.committees.startedOn')}
          type="date"
          value={startedOn()}
          onChange={setStartedOn}
          error={fieldError(t, add.error, 'startedOn')}
        />
      </div>
    </Dialog>
  );
}

function CadreRow(props: { cadre: Cadre; canManage: boolean }): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const end = useMutation(() => ({
    mutationFn: () => updateCadre(props.cadre.id, { endedOn: todayInChina() }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partyQueryKey }),
    onError: (error: unknown) =>
      showToast({ kind: 'error', title: t('party.common.saveFailed'), description: errorMessage(error) }),
  }));
  const c = () => props.cadre;
  return (
    <tr>
      <td>{c().name}</td>
      <td>{t(`party.post.${c().post}`)}</td>
      <td>
        {t(`party.selection.${c().selection}`)}
        <Show when={c().isTwoRecommendationsOneElection}> · {t('party.committees.twoRecommendations')}</Show>
      </td>
      <td>
        {c().startedOn}
        <Show when={c().endedOn}> – {c().endedOn}</Show>
      </td>
      <td>
        <Show when={c().isCrossAppointed}>
          <span class="badge badge--accent">{t('party.committees.crossAppointed')}</span>
        </Show>
        <Show when={!c().isCurrent}>
          <span class="badge badge--muted">{t('party.committees.ended')}</span>
        </Show>
      </td>
      <td>
        <Show when={props.canManage && c().isCurrent}>
          <Button
            class="button button--small button--quiet"
            disabled={end.isPending}
            onClick={() => end.mutate()}
          >
            {t('party.committees.endPost')}
          </Button>
        </Show>
      </td>
    </tr>
  );
}

function CommitteesCard(props: {
  villageId: string;
  data: VillageCommittees;
  canManage: boolean;
}): JSX.Element {
  const { t } = useI18n();
  const [isTermOpen, setIsTermOpen] = createSignal(false);
  const [cadreFor, setCadreFor] = createSignal<VillageCommittees['committees'][number]>();
  return (
    <section class="card" aria-labelledby="committees-heading">
      <div class="card__head">
        <h2 id="committees-heading" class="card__title">
          {t('party.committees.heading')}
        </h2>
        <Show when={props.canManage}>
          <Button class="button button--small" onClick={() => setIsTermOpen(true)}>
            {t('party.committees.addTerm')}
          </Button>
          <NewTermDialog villageId={props.villageId} open={isTermOpen()} onOpenChange={setIsTermOpen} />
        </Show>
      </div>
      <p>
        <Show
          when={props.data.isOneShoulder}
          fallback={<span class="badge badge--muted">{t('party.committees.notOneShoulder')}</span>}
        >
          <span class="badge badge--ok" title={t('party.committees.oneShoulderHint')}>
            {t('party.committees.oneShoulder')}
          </span>
        </Show>{' '}
        <Show when={props.data.secretaryName}>
          {(n) => <span>{t('party.committees.secretary', { name: n() })} </span>}
        </Show>
        <Show when={props.data.directorName}>
          {(n) => <span>{t('party.committees.director', { name: n() })}</span>}
        </Show>
      </p>
      <Show
        when={props.data.committees.length > 0}
        fallback={<p class="muted">{t('party.committees.empty')}</p>}
      >
        <For each={props.data.committees}>
          {(committee) => (
            <div class="party-stack">
              <h3 class="party-term">
                {t(`party.committee.${committee.kind}`)}{' '}
                <span class="muted">
                  {t('party.committees.term', { from: committee.termStartedOn, to: committee.termEndsOn })} ·{' '}
                  {committee.isCurrent ? t('party.committees.current') : t('party.committees.past')}
                </span>
              </h3>
              <Show
                when={committee.cadres.length > 0}
                fallback={<p class="muted">{t('party.committees.noCadres')}</p>}
              >
                <div class="table-scroll">
                  <table class="table">
                    <thead>
                      <tr>
                        <th scope="col">{t('party.committees.name')}</th>
                        <th scope="col">{t('party.committees.post')}</th>
                        <th scope="col">{t('party.committees.selection')}</th>
                        <th scope="col">{t('party.committees.startedOn')}</th>
                        <th scope="col">
                          <span class="visually-hidden">{t('party.committees.crossAppointed')}</span>
                        </th>
                        <th scope="col">
                          <span class="visually-hidden">{t('party.committees.endPost')}</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={committee.cadres}>
                        {(cadre) => <CadreRow cadre={cadre} canManage={props.canManage} />}
                      </For>
                    </tbody>
                  </table>
                </div>
              </Show>
              <Show when={props.canManage && committee.isCurrent}>
                <div>
                  <Button class="button button--small" onClick={() => setCadreFor(committee)}>
                    {t('party.committees.addCadre')}
                  </Button>
                </div>
              </Show>
            </div>
          )}
        </For>
      </Show>
      <Show when={cadreFor()}>
        {(committee) => (
          <NewCadreDialog
            villageId={props.villageId}
            committee={committee()}
            open={true}
            onOpenChange={(open) => !open && setCadreFor(undefined)}
          />
        )}
      </Show>
    </section>
  );
}

function VillageParty(props: { villageId: string; villageName: string }): JSX.Element {
  const { t } = useI18n();
  const { can } = useMe();
  const [isNewOpen, setIsNewOpen] = createSignal(false);
  const organizations = useQuery(() => ({
    queryKey: [...partyQueryKey, 'organizations', props.villageId],
    queryFn: () => fetchOrganizations({ villageId: props.villageId }),
  }));
  const committees = useQuery(() => ({
    queryKey: [...partyQueryKey, 'committees', props.villageId],
    queryFn: () => fetchCommittees(props.villageId),
  }));
  return (
    <div class="party-stack">
      <h2 class="party-village">{props.villageName || committees.data?.villageName}</h2>
      <section class="card" aria-labelledby="organizations-heading">
        <div class="card__head">
          <h2 id="organizations-heading" class="card__title">
            {t('party.organizations.listHeading')}
          </h2>
          <Show when={can('party:manage')}>
            <Button class="button button--small" onClick={() => setIsNewOpen(true)}>
              {t('party.organizations.add')}
            </Button>
            <NewOrganizationDialog
              villageId={props.villageId}
              open={isNewOpen()}
              onOpenChange={setIsNewOpen}
            />
          </Show>
        </div>
        <Show when={organizations.data} fallback={<Loading />}>
          {(page) => (
            <Show
              when={page().items.length > 0}
              fallback={<p class="muted">{t('party.organizations.empty')}</p>}
            >
              <div class="table-scroll">
                <table class="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('party.organizations.name')}</th>
                      <th scope="col">{t('party.organizations.kind')}</th>
                      <th scope="col">{t('party.organizations.secretary')}</th>
                      <th scope="col" class="table__cell--end">
                        {t('party.organizations.memberCount')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={page().items}>
                      {(o) => (
                        <tr>
                          <td>
                            {o.parentName ? '　' : ''}
                            {o.name}
                          </td>
                          <td>{t(`party.kind.${o.kind}`)}</td>
                          <td>{o.secretaryName ?? '—'}</td>
                          <td class="table__cell--end">{o.memberCount}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </Show>
          )}
        </Show>
      </section>
      <Show when={committees.data} fallback={<Loading />}>
        {(data) => (
          <CommitteesCard villageId={props.villageId} data={data()} canManage={can('party:manage')} />
        )}
      </Show>
    </div>
  );
}

/**
 * The village party organizations and the two committees: the county's 一肩挑 and cross-appointment ratios,
 * then, for a chosen village, its branches, groups and association branches, and its committees' terms and
 * cadres (post, selection, 两推一选, cross-appointment), with adding for those allowed to.
 */
export function OrganizationsPage(): JSX.Element {
  const { t } = useI18n();
  const { me } = useMe();
  const [params, setParams] = useSearchParams<{ villageId?: string; villageName?: string }>();
  const own = me().scope.village;
  const chosen = (): ComboboxOption | undefined =>
    params.villageId
      ? { value: params.villageId, label: params.villageName ?? '' }
      : own
        ? { value: own.id, label: own.name }
        : undefined;
  return (
    <PartyLayout title={t('party.tabs.organizations')} intro={t('party.organizations.intro')}>
      <div class="party-stack">
        <RatiosCard />
        <VillagePicker
          value={chosen()}
          onChange={(option) => setParams({ villageId: option?.value, villageName: option?.label })}
        />
        <Show when={chosen()} fallback={<EmptyState title={t('party.organizations.pickVillage')} />}>
          {(village) => <VillageParty villageId={village().value} villageName={village().label} />}
        </Show>
      </div>
    </PartyLayout>
  );
}
