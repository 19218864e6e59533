import { Button } from '@kobalte/core/button';
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query';
import { createSignal, type JSX, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { useMe } from '../auth/me-context';
import type { ComboboxOption } from '../components/combobox-field';
import { DataTable, type DataTableColumn } from '../components/data-table';
import { Dialog } from '../components/dialog';
import { SelectField, TextField } from '../components/form-field';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import { centresQueryKey, fetchCentres } from './centres-api';
import { type PersonRow, PersonRows } from './participant-rows';
import {
  type Activity,
  type ActivityKind,
  activityKinds,
  createActivity,
  fetchActivities,
  fetchMemberOptions,
  partyQueryKey,
} from './party-api';
import { fieldError, todayInChina } from './party-format';
import { PartyLayout } from './party-layout';
import { VillagePicker } from './village-picker';

function NewActivityDialog(props: { open: boolean; onOpenChange: (open: boolean) => void }): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [village, setVillage] = createSignal<ComboboxOption>();
  const [form, setForm] = createStore({
    kind: 'dedication-day' as ActivityKind,
    title: '',
    startedOn: todayInChina(),
    location: '',
    description: '',
    householdName: '',
    householdSituation: '',
  });
  const [centreId, setCentreId] = createSignal('');
  const [rows, setRows] = createSignal<PersonRow[]>([]);
  const centres = useQuery(() => ({
    queryKey: [...centresQueryKey, 'options', village()?.value],
    queryFn: () =>
      fetchCentres({ q: '', page: 1, pageSize: 100, filters: { villageId: village()?.value ?? '' } }),
    enabled: !!village(),
  }));
  const members = useQuery(() => ({
    queryKey: [...partyQueryKey, 'member-options', village()?.value],
    queryFn: () => fetchMemberOptions({ villageId: village()?.value }),
    enabled: !!village(),
  }));
  const create = useMutation(() => ({
    mutationFn: () =>
      createActivity({
        villageId: village()?.value,
        centreId: centreId() || null,
        ...form,
        location: form.location || null,
        description: form.description || null,
        householdName: form.kind === 'pairing-assistance' ? form.householdName : null,
        householdSituation: form.kind === 'pairing-assistance' ? form.householdSituation || null : null,
        participants: rows().map((row) => ({ memberId: row.memberId, hours: Number(row.detail) || 0 })),
      }),
    onSuccess: async () => {
      showToast({ kind: 'success', title: t('party.activities.created') });
      await queryClient.invalidateQueries({ queryKey: partyQueryKey });
      setRows([]);
      setForm('title', '');
      props.onOpenChange(false);
    },
  }));
  const error = (path: string) => fieldError(t, create.error, path);
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('party.activities.addTitle')}
      size="wide"
      footer={
        <>
          <Button class="button" onClick={() => props.onOpenChange(false)}>
            {t('party.common.cancel')}
          </Button>
          <Button
            class="button button--primary"
            disabled={!village() || create.isPending}
            onClick={() => create.mutate()}
          >
            {t('party.common.save')}
          </Button>
        </>
      }
    >
      <div class="party-form">
        <VillagePicker value={village()} onChange={setVillage} error={error('villageId')} />
        <SelectField
          label={t('party.activities.kind')}
          options={activityKinds.map((value) => ({ value, label: t(`party.activityKind.${value}`) }))}
          value={form.kind}
          onChange={(value) => setForm('kind', value as ActivityKind)}
        />
        <TextField
          label={t('party.activities.titleLabel')}
          value={form.title}
          onChange={(v) => setForm('title', v)}
          error={error('title')}
        />
        <TextField
          label={t('party.activities.startedOn')}
          type="date"
          value={form.startedOn}
          onChange={(v) => setForm('startedOn', v)}
          error={error('startedOn')}
        />
        <SelectField
          label={t('party.activities.centre')}
          options={[
            { value: '', label: t('party.common.none') },
            ...(centres.data?.items ?? []).map((c) => ({ value: c.id, label: c.name })),
          ]}
          value={centreId()}
          onChange={setCentreId}
          error={error('centreId')}
        />
        <TextField
          label={t('party.activities.location')}
          value={form.location}
          onChange={(v) => setForm('location', v)}
        />
        <TextField
          label={t('party.activities.description')}
          value={form.description}
          onChange={(v) => setForm('description', v)}
        />
        <Show when={form.kind === 'pairing-assistance'}>
          <TextField
            label={t('party.activities.householdName')}
            value={form.householdName}
            onChange={(v) => setForm('householdName', v)}
            error={error('householdName')}
          />
          <TextField
            label={t('party.activities.householdSituation')}
            value={form.householdSituation}
            onChange={(v) => setForm('householdSituation', v)}
          />
        </Show>
        <h3 class="party-form__section">{t('party.activities.participantsHeading')}</h3>
        <div class="party-form__hint">
          <PersonRows
            mode="hours"
            members={members.data?.items ?? []}
            rows={rows()}
            onChange={setRows}
            errorOf={(i, field) => error(`participants.${i}.${field}`)}
          />
        </div>
      </div>
    </Dialog>
  );
}

/** The party activities of the user's villages, with participants and hours, and recording a new one. */
export function ActivitiesPage(): JSX.Element {
  const { t } = useI18n();
  const { can } = useMe();
  const [isOpen, setIsOpen] = createSignal(false);
  const columns = (): DataTableColumn<Activity>[] => [
    { id: 'startedOn', header: t('party.activities.startedOn'), cell: (a) => a.startedOn },
    {
      id: 'kind',
      header: t('party.activities.kind'),
      cell: (a) => <span class="badge">{t(`party.activityKind.${a.kind}`)}</span>,
    },
    {
      id: 'title',
      header: t('party.activities.title'),
      cell: (a) => (
        <span>
          {a.title}
          <Show when={a.centreName}>
            <span class="muted"> · {a.centreName}</span>
          </Show>
          <Show when={a.householdName}>
            <span class="muted">
              {' '}
              · {t('party.activities.household')}：{a.householdName}
            </span>
          </Show>
        </span>
      ),
    },
    { id: 'village', header: t('party.common.village'), cell: (a) => a.villageName },
    {
      id: 'participants',
      header: t('party.activities.participants'),
      cell: (a) => a.participantCount,
      align: 'end',
    },
    { id: 'hours', header: t('party.activities.hours'), cell: (a) => a.totalHours, align: 'end' },
  ];
  return (
    <PartyLayout
      title={t('party.tabs.activities')}
      intro={t('party.activities.intro')}
      actions={
        <Show when={can('party:manage')}>
          <Button class="button button--primary" onClick={() => setIsOpen(true)}>
            {t('party.activities.add')}
          </Button>
          <NewActivityDialog open={isOpen()} onOpenChange={setIsOpen} />
        </Show>
      }
    >
      <DataTable<Activity>
        caption={t('party.activities.caption')}
        queryKey={[...partyQueryKey, 'activities']}
        fetchPage={fetchActivities}
        columns={columns()}
        rowKey={(a) => a.id}
        filters={[
          {
            param: 'kind',
            label: t('party.activities.kind'),
            options: activityKinds.map((value) => ({ value, label: t(`party.activityKind.${value}`) })),
          },
        ]}
        searchLabel={t('party.activities.search')}
        searchPlaceholder={t('party.activities.searchPlaceholder')}
        emptyTitle={t('party.activities.emptyTitle')}
        emptyHint={t('party.activities.emptyHint')}
      />
    </PartyLayout>
  );
}
