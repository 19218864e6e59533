import { call, errorAt, type FieldError, localized, read, useVillagePicker } from '@cunshe/plugin-sdk/admin';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { ROOM_KEYS, type RoomKey, STATIONS } from '../catalogue';
import { Field } from './field';

interface Activity {
  id: string;
  roomKey: RoomKey;
  heldOn: string;
  topic: string;
  attendance: number;
  note: string | null;
  recordedByName: string;
}

const text = {
  heading: { 'zh-CN': '活动室活动记录', en: 'Room activity log' },
  lead: {
    'zh-CN': '宣教活动室、文化活动室的每次活动：日期、主题、参加人数。',
    en: 'Every activity of the publicity-education and culture rooms: date, topic, attendance.',
  },
  allRooms: { 'zh-CN': '全部活动室', en: 'Both rooms' },
  room: { 'zh-CN': '活动室', en: 'Room' },
  heldOn: { 'zh-CN': '日期', en: 'Date' },
  topic: { 'zh-CN': '主题', en: 'Topic' },
  attendance: { 'zh-CN': '参加人数', en: 'Attendance' },
  note: { 'zh-CN': '备注', en: 'Note' },
  recordedBy: { 'zh-CN': '登记人', en: 'Recorded by' },
  totals: { 'zh-CN': '合计', en: 'Total' },
  sessions: { 'zh-CN': '次活动', en: 'sessions' },
  people: { 'zh-CN': '人次', en: 'attendances' },
  empty: { 'zh-CN': '还没有活动记录。', en: 'No activities recorded yet.' },
  record: { 'zh-CN': '登记活动', en: 'Record an activity' },
  remove: { 'zh-CN': '删除', en: 'Remove' },
  failed: {
    'zh-CN': '读取失败：该村未启用本插件，或不在您的范围内。',
    en: 'Could not load: not enabled in this village, or outside your scope.',
  },
};

const roomName = (key: RoomKey) =>
  localized(STATIONS.find((s) => s.key === key)?.name ?? { 'zh-CN': key, en: key });

function RecordForm(props: { villageId: string; onRecorded: () => void }): JSX.Element {
  const [roomKey, setRoomKey] = createSignal<RoomKey>('publicity-room');
  const [heldOn, setHeldOn] = createSignal(new Date().toLocaleDateString('en-CA'));
  const [topic, setTopic] = createSignal('');
  const [attendance, setAttendance] = createSignal('');
  const [note, setNote] = createSignal('');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const answer = await call(`/api/plugins/stations/villages/${props.villageId}/room-activities`, {
      method: 'POST',
      json: {
        roomKey: roomKey(),
        heldOn: heldOn(),
        topic: topic(),
        attendance: attendance() === '' ? undefined : Number(attendance()),
        note: note() || null,
      },
    });
    if (!answer.ok) return setErrors(answer.errors);
    setErrors([]);
    setTopic('');
    setAttendance('');
    setNote('');
    props.onRecorded();
  };
  return (
    <form class="form card" onSubmit={submit}>
      <h2>{localized(text.record)}</h2>
      <Field label={localized(text.room)} error={errorAt(errors(), 'roomKey')}>
        {(id) => (
          <select
            id={id}
            class="field__input"
            value={roomKey()}
            onChange={(e) => setRoomKey(e.currentTarget.value as RoomKey)}
          >
            <For each={ROOM_KEYS}>{(key) => <option value={key}>{roomName(key)}</option>}</For>
          </select>
        )}
      </Field>
      <Field label={localized(text.heldOn)} error={errorAt(errors(), 'heldOn')}>
        {(id) => (
          <input
            id={id}
            class="field__input"
            type="date"
            value={heldOn()}
            onInput={(e) => setHeldOn(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={localized(text.topic)} error={errorAt(errors(), 'topic')}>
        {(id) => (
          <input
            id={id}
            class="field__input"
            value={topic()}
            onInput={(e) => setTopic(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={localized(text.attendance)} error={errorAt(errors(), 'attendance')}>
        {(id) => (
          <input
            id={id}
            class="field__input"
            type="number"
            min="0"
            value={attendance()}
            onInput={(e) => setAttendance(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={localized(text.note)} error={errorAt(errors(), 'note')}>
        {(id) => (
          <textarea
            id={id}
            class="field__input"
            value={note()}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="form__actions">
        <button class="button button--primary" type="submit">
          {localized(text.record)}
        </button>
      </div>
    </form>
  );
}

/** The two rooms' activity log of a village, filtered by room, with totals; activities can be recorded. */
export function RoomActivitiesPage(): JSX.Element {
  const { villageId, Picker } = useVillagePicker('stations');
  const [room, setRoom] = createSignal<RoomKey | ''>('');
  const source = () => ({ id: villageId(), room: room() });
  const [log, { refetch }] = createResource(source, ({ id, room }) =>
    id
      ? read<{ items: Activity[]; total: number; attendance: number }>(
          `/api/plugins/stations/villages/${id}/room-activities?pageSize=100${room ? `&room=${room}` : ''}`,
        )
      : undefined,
  );
  const remove = async (id: string) => {
    await call(`/api/plugins/stations/villages/${villageId()}/room-activities/${id}`, { method: 'DELETE' });
    await refetch();
  };
  return (
    <section class="stack">
      <div class="page-head">
        <div>
          <h1>{localized(text.heading)}</h1>
          <p class="lead muted">{localized(text.lead)}</p>
        </div>
        <Picker />
      </div>
      <Show when={!log.error} fallback={<p class="alert alert--error">{localized(text.failed)}</p>}>
        <div class="card stack">
          <div class="button-row">
            <select
              class="field__input"
              value={room()}
              onChange={(e) => setRoom(e.currentTarget.value as RoomKey | '')}
            >
              <option value="">{localized(text.allRooms)}</option>
              <For each={ROOM_KEYS}>{(key) => <option value={key}>{roomName(key)}</option>}</For>
            </select>
            <span class="muted">
              {localized(text.totals)}: {log()?.total ?? 0} {localized(text.sessions)},{' '}
              {log()?.attendance ?? 0} {localized(text.people)}
            </span>
          </div>
          <Show when={(log()?.items.length ?? 0) > 0} fallback={<p class="muted">{localized(text.empty)}</p>}>
            <div class="table-scroll">
              <table class="table">
                <thead>
                  <tr>
                    <th>{localized(text.heldOn)}</th>
                    <th>{localized(text.room)}</th>
                    <th>{localized(text.topic)}</th>
                    <th>{localized(text.attendance)}</th>
                    <th>{localized(text.recordedBy)}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  <For each={log()?.items}>
                    {(activity) => (
                      <tr>
                        <td>{activity.heldOn}</td>
                        <td>{roomName(activity.roomKey)}</td>
                        <td>{activity.topic}</td>
                        <td>{activity.attendance}</td>
                        <td>{activity.recordedByName}</td>
                        <td>
                          <button
                            class="button button--quiet button--small"
                            type="button"
                            onClick={() => remove(activity.id)}
                          >
                            {localized(text.remove)}
                          </button>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        </div>
        <Show when={villageId()}>
          <RecordForm villageId={villageId()} onRecorded={() => void refetch()} />
        </Show>
      </Show>
    </section>
  );
}
