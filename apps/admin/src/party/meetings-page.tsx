import { Button } from '@kobalte/core/button';
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { useMe } from '../auth/me-context';
import { DataTable, type DataTableColumn } from '../components/data-table';
import { Dialog } from '../components/dialog';
import { SelectField, TextField } from '../components/form-field';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import { type PersonRow, PersonRows } from './participant-rows';
import {
  createMeeting,
  fetchMeetingStatus,
  fetchMeetings,
  fetchMemberOptions,
  fetchOrganizations,
  type Meeting,
  type MeetingKind,
  meetingKinds,
  meetingStatuses,
  partyQueryKey,
  updateMeeting,
} from './party-api';
import { fieldError, todayInChina } from './party-format';
import { PartyLayout } from './party-layout';

const attendanceOf = (rows: PersonRow[]) =>
  rows.map((row) => ({
    memberId: row.memberId,
    isPresent: row.isPresent,
    absenceReason: row.isPresent ? null : row.detail,
  }));

function AttendanceEditor(props: {
  organizationId: string | undefined;
  rows: PersonRow[];
  onChange: (rows: PersonRow[]) => void;
  error: (path: string) => string | undefined;
}): JSX.Element {
  const { t } = useI18n();
  const members = useQuery(() => ({
    queryKey: [...partyQueryKey, 'member-options', 'organization', props.organizationId],
    queryFn: () => fetchMemberOptions({ organizationId: props.organizationId }),
    enabled: !!props.organizationId,
  }));
  return (
    <div class="party-form__hint">
      <h3>{t('party.meetings.attendanceHeading')}</h3>
      <p class="muted">{t('party.meetings.attendanceHint')}</p>
      <PersonRows
        mode="attendance"
        members={members.data?.items ?? []}
        rows={props.rows}
        onChange={props.onChange}
        errorOf={(i, field) => props.error(`attendance.${i}.${field}`)}
      />
    </div>
  );
}

function NewMeetingDialog(props: { open: boolean; onOpenChange: (open: boolean) => void }): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [form, setForm] = createStore({
    organizationId: '',
    kind: 'general-meeting' as MeetingKind,
    topic: '',
    plannedOn: '',
    heldOn: todayInChina(),
    location: '',
  });
  const [rows, setRows] = createSignal<PersonRow[]>([]);
  const organizations = useQuery(() => ({
    queryKey: [...partyQueryKey, 'organizations', 'all'],
    queryFn: () => fetchOrganizations(),
    enabled: props.open,
  }));
  const chosen = () => organizations.data?.items.find((o) => o.id === form.organizationId);
  const kinds = () =>
    meetingKinds.filter((kind) => (chosen()?.kind === 'party-group') === (kind === 'group-meeting'));
  const create = useMutation(() => ({
    mutationFn: () =>
      createMeeting({
        ...form,
        plannedOn: form.plannedOn || null,
        heldOn: form.heldOn || null,
        location: form.location || null,
        attendance: form.heldOn ? attendanceOf(rows()) : [],
      }),
    onSuccess: async () => {
      showToast({ kind: 'success', title: t('party.meetings.created') });
      await queryClient.invalidateQueries({ queryKey: partyQueryKey });
      setRows([]);
      props.onOpenChange(false);
    },
  }));
  const error = (path: string) => fieldError(t, create.error, path);
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('party.meetings.addTitle')}
      size="wide"
      footer={
        <>
          <Button class="button" onClick={() => props.onOpenChange(false)}>
            {t('party.common.cancel')}
          </Button>
          <Button
            class="button button--primary"
            disabled={!form.organizationId || create.isPending}
            onClick={() => create.mutate()}
          >
            {t('party.common.save')}
          </Button>
        </>
      }
    >
      <div class="party-form">
        <SelectField
          label={t('party.meetings.organization')}
          options={(organizations.data?.items ?? []).map((o) => ({
            value: o.id,
            label: `${o.villageName} · ${o.name}`,
          }))}
          value={form.organizationId || undefined}
          onChange={(value) => {
            setForm('organizationId', value);
            const kind = organizations.data?.items.find((o) => o.id === value)?.kind;
            setForm('kind', kind === 'party-group' ? 'group-meeting' : 'general-meeting');
            setRows([]);
          }}
        />
        <SelectField
          label={t('party.meetings.kind')}
          options={kinds().map((value) => ({ value, label: t(`party.meetingKind.${value}`) }))}
          value={form.kind}
          onChange={(value) => setForm('kind', value as MeetingKind)}
          error={error('kind')}
        />
        <TextField
          label={t('party.meetings.topic')}
          value={form.topic}
          onChange={(v) => setForm('topic', v)}
          error={error('topic')}
        />
        <TextField
          label={t('party.meetings.location')}
          value={form.location}
          onChange={(v) => setForm('location', v)}
        />
        <TextField
          label={t('party.meetings.plannedOn')}
          type="date"
          value={form.plannedOn}
          onChange={(v) => setForm('plannedOn', v)}
          error={error('plannedOn')}
        />
        <TextField
          label={t('party.meetings.heldOn')}
          description={t('party.meetings.heldOnHint')}
          type="date"
          value={form.heldOn}
          onChange={(v) => setForm('heldOn', v)}
          error={error('heldOn')}
        />
        <Show when={form.heldOn}>
          <AttendanceEditor
            organizationId={form.organizationId || undefined}
            rows={rows()}
            onChange={setRows}
            error={error}
          />
        </Show>
      </div>
    </Dialog>
  );
}

function RecordHeldDialog(props: { meeting: Meeting; onClose: () => void }): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [heldOn, setHeldOn] = createSignal(todayInChina());
  const [rows, setRows] = createSignal<PersonRow[]>([]);
  const record = useMutation(() => ({
    mutationFn: () => updateMeeting(props.meeting.id, { heldOn: heldOn(), attendance: attendanceOf(rows()) }),
    onSuccess: async () => {
      showToast({ kind: 'success', title: t('party.meetings.created') });
      await queryClient.invalidateQueries({ queryKey: partyQueryKey });
      props.onClose();
    },
  }));
  const error = (path: string) => fieldError(t, record.error, path);
  return (
    <Dialog
      open={true}
      onOpenChange={(open) => !open && props.onClose()}
      title={t('party.meetings.recordTitle', { topic: props.meeting.topic })}
      size="wide"
      footer={
        <>
          <Button class="button" onClick={props.onClose}>
            {t('party.common.cancel')}
          </Button>
          <Button class="button button--primary" disabled={record.isPending} onClick={() => record.mutate()}>
            {t('party.common.save')}
          </Button>
        </>
      }
    >
      <div class="party-form">
        <TextField
          label={t('party.meetings.heldOn')}
          type="date"
          value={heldOn()}
          onChange={setHeldOn}
          error={error('heldOn')}
        />
        <AttendanceEditor
          organizationId={props.meeting.organizationId}
          rows={rows()}
          onChange={setRows}
          error={error}
        />
      </div>
    </Dialog>
  );
}

function StandingCard(): JSX.Element {
  const { t } = useI18n();
  const standing = useQuery(() => ({
    queryKey: [...partyQueryKey, 'meeting-status'],
    queryFn: () => fetchMeetingStatus(),
  }));
  return (
    <section class="card" aria-labelledby="standing-heading">
      <h2 id="standing-heading" class="card__title">
        {t('party.meetings.standingHeading')}
      </h2>
      <p class="card__hint">{t('party.meetings.standingHint')}</p>
      <ul class="party-rows">
        <For each={standing.data?.items ?? []}>
          {(item) => (
            <li>
              <strong>
                {item.villageName} · {item.organizationName}
              </strong>{' '}
              <Show
                when={item.isOverdue}
                fallback={<span class="badge badge--ok">{t('party.meetings.allOnTime')}</span>}
              >
                <span class="party-standing">
                  <For each={item.kinds.filter((k) => k.isOverdue)}>
                    {(kind) => (
                      <span class="badge badge--warn" title={t('party.meetings.dueBy', { date: kind.dueBy })}>
                        {t(`party.meetingKind.${kind.kind}`)} {t('party.meetings.overdue')} ·{' '}
                        {kind.lastHeldOn
                          ? t('party.meetings.lastHeld', { date: kind.lastHeldOn })
                          : t('party.meetings.neverHeld')}
                      </span>
                    )}
                  </For>
                </span>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}

/** 三会一课: each organization's standing with overdue flags, the meetings with attendance, and planning or recording one. */
export function MeetingsPage(): JSX.Element {
  const { t } = useI18n();
  const { can } = useMe();
  const [isOpen, setIsOpen] = createSignal(false);
  const [recording, setRecording] = createSignal<Meeting>();
  const columns = (): DataTableColumn<Meeting>[] => [
    { id: 'date', header: t('party.meetings.date'), cell: (m) => m.heldOn ?? m.plannedOn },
    { id: 'kind', header: t('party.meetings.kind'), cell: (m) => t(`party.meetingKind.${m.kind}`) },
    { id: 'topic', header: t('party.meetings.topic'), cell: (m) => m.topic },
    {
      id: 'organization',
      header: t('party.meetings.organization'),
      cell: (m) => `${m.villageName} · ${m.organizationName}`,
    },
    {
      id: 'status',
      header: t('party.meetings.status'),
      cell: (m) => (
        <span
          class={`badge ${m.status === 'overdue' ? 'badge--warn' : m.status === 'held' ? 'badge--ok' : ''}`}
        >
          {t(`party.meetingStatus.${m.status}`)}
        </span>
      ),
    },
    {
      id: 'attendance',
      header: t('party.meetings.attendance'),
      cell: (m) =>
        m.status === 'held' ? (
          t('party.meetings.attendanceValue', { present: m.presentCount, absent: m.absentCount })
        ) : can('party:manage') ? (
          <Button class="button button--small" onClick={() => setRecording(m)}>
            {t('party.meetings.record')}
          </Button>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <PartyLayout
      title={t('party.tabs.meetings')}
      intro={t('party.meetings.intro')}
      actions={
        <Show when={can('party:manage')}>
          <Button class="button button--primary" onClick={() => setIsOpen(true)}>
            {t('party.meetings.add')}
          </Button>
          <NewMeetingDialog open={isOpen()} onOpenChange={setIsOpen} />
        </Show>
      }
    >
      <div class="party-stack">
        <StandingCard />
        <DataTable<Meeting>
          caption={t('party.meetings.caption')}
          queryKey={[...partyQueryKey, 'meetings']}
          fetchPage={fetchMeetings}
          columns={columns()}
          rowKey={(m) => m.id}
          hasSearch={false}
          filters={[
            {
              param: 'kind',
              label: t('party.meetings.kind'),
              options: meetingKinds.map((value) => ({ value, label: t(`party.meetingKind.${value}`) })),
            },
            {
              param: 'status',
              label: t('party.meetings.status'),
              options: meetingStatuses.map((value) => ({ value, label: t(`party.meetingStatus.${value}`) })),
            },
          ]}
          emptyTitle={t('party.meetings.emptyTitle')}
          emptyHint={t('party.meetings.emptyHint')}
        />
      </div>
      <Show when={recording()}>
        {(meeting) => <RecordHeldDialog meeting={meeting()} onClose={() => setRecording(undefined)} />}
      </Show>
    </PartyLayout>
  );
}
