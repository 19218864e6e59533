import { call, errorAt, type FieldError, localized, read, useVillagePicker } from '@cunshe/plugin-sdk/admin';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { SERVICE_KIND_LABELS, SERVICE_KINDS, type ServiceKind } from '../catalogue';
import { Field } from './field';

interface Volunteer {
  id: string;
  name: string;
  isPartyMember: boolean;
  joinedOn: string;
  skills: string | null;
}
interface HoursReport {
  year: number;
  hours: number;
  monthlyHoursGoal: number;
  byVolunteer: {
    volunteerId: string;
    name: string;
    hours: number;
    months: Record<string, number>;
    monthsAtGoal: number;
  }[];
  byMonth: { month: string; hours: number; records: number; volunteers: number }[];
}

const text = {
  heading: { 'zh-CN': '村落社区志愿者协会', en: 'Village community volunteer association' },
  lead: {
    'zh-CN': '志愿者、每次志愿服务和服务时长（按人、按月统计）。',
    en: 'Volunteers, each service and its hours, per volunteer and per month.',
  },
  volunteers: { 'zh-CN': '志愿者', en: 'Volunteers' },
  partyMember: { 'zh-CN': '党员', en: 'Party member' },
  addVolunteer: { 'zh-CN': '登记志愿者', en: 'Add a volunteer' },
  name: { 'zh-CN': '姓名', en: 'Name' },
  skills: { 'zh-CN': '特长', en: 'Skills' },
  joinedOn: { 'zh-CN': '加入日期', en: 'Joined' },
  record: { 'zh-CN': '登记志愿服务', en: 'Record a service' },
  servedOn: { 'zh-CN': '服务日期', en: 'Date' },
  kind: { 'zh-CN': '服务类别', en: 'Kind' },
  description: { 'zh-CN': '服务内容', en: 'What was done' },
  hours: { 'zh-CN': '时长（小时）', en: 'Hours' },
  report: { 'zh-CN': '服务时长统计', en: 'Hours' },
  year: { 'zh-CN': '年度', en: 'Year' },
  total: { 'zh-CN': '合计', en: 'Total' },
  goal: { 'zh-CN': '每月目标（小时）', en: 'Monthly goal (hours)' },
  atGoal: { 'zh-CN': '达标月数', en: 'Months at goal' },
  failed: {
    'zh-CN': '读取失败：该村未启用本插件，或不在您的范围内。',
    en: 'Could not load: not enabled in this village, or outside your scope.',
  },
};

const today = () => new Date().toLocaleDateString('en-CA');

function RecordServiceForm(props: {
  villageId: string;
  volunteers: Volunteer[];
  onRecorded: () => void;
}): JSX.Element {
  const [servedOn, setServedOn] = createSignal(today());
  const [kind, setKind] = createSignal<ServiceKind>('voluntary-labour');
  const [description, setDescription] = createSignal('');
  const [hours, setHours] = createSignal<Record<string, string>>({});
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const entries = Object.entries(hours())
      .filter(([, h]) => h !== '')
      .map(([volunteerId, h]) => ({ volunteerId, hours: Number(h) }));
    const answer = await call(`/api/plugins/suburban/villages/${props.villageId}/service-records`, {
      method: 'POST',
      json: { servedOn: servedOn(), kind: kind(), description: description(), entries },
    });
    if (!answer.ok) return setErrors(answer.errors);
    setErrors([]);
    setDescription('');
    setHours({});
    props.onRecorded();
  };
  return (
    <form class="form card" onSubmit={submit}>
      <h2>{localized(text.record)}</h2>
      <Field label={localized(text.servedOn)} error={errorAt(errors(), 'servedOn')}>
        {(id) => (
          <input
            id={id}
            class="field__input"
            type="date"
            value={servedOn()}
            onInput={(e) => setServedOn(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={localized(text.kind)} error={errorAt(errors(), 'kind')}>
        {(id) => (
          <select
            id={id}
            class="field__input"
            value={kind()}
            onChange={(e) => setKind(e.currentTarget.value as ServiceKind)}
          >
            <For each={SERVICE_KINDS}>
              {(k) => <option value={k}>{localized(SERVICE_KIND_LABELS[k])}</option>}
            </For>
          </select>
        )}
      </Field>
      <Field label={localized(text.description)} error={errorAt(errors(), 'description')}>
        {(id) => (
          <input
            id={id}
            class="field__input"
            value={description()}
            onInput={(e) => setDescription(e.currentTarget.value)}
          />
        )}
      </Field>
      <fieldset>
        <legend>{localized(text.hours)}</legend>
        <Show when={errorAt(errors(), 'entries')}>
          <p class="field__error">{errorAt(errors(), 'entries')}</p>
        </Show>
        <For each={props.volunteers}>
          {(volunteer) => (
            <Field label={volunteer.name}>
              {(id) => (
                <input
                  id={id}
                  class="field__input"
                  type="number"
                  step="0.5"
                  min="0"
                  value={hours()[volunteer.id] ?? ''}
                  onInput={(e) => setHours({ ...hours(), [volunteer.id]: e.currentTarget.value })}
                />
              )}
            </Field>
          )}
        </For>
      </fieldset>
      <div class="form__actions">
        <button class="button button--primary" type="submit">
          {localized(text.record)}
        </button>
      </div>
    </form>
  );
}

function AddVolunteerForm(props: { villageId: string; onAdded: () => void }): JSX.Element {
  const [name, setName] = createSignal('');
  const [skills, setSkills] = createSignal('');
  const [isPartyMember, setIsPartyMember] = createSignal(false);
  const [joinedOn, setJoinedOn] = createSignal(today());
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const answer = await call(`/api/plugins/suburban/villages/${props.villageId}/volunteers`, {
      method: 'POST',
      json: { name: name(), skills: skills() || null, isPartyMember: isPartyMember(), joinedOn: joinedOn() },
    });
    if (!answer.ok) return setErrors(answer.errors);
    setErrors([]);
    setName('');
    setSkills('');
    props.onAdded();
  };
  return (
    <form class="form card" onSubmit={submit}>
      <h2>{localized(text.addVolunteer)}</h2>
      <Field label={localized(text.name)} error={errorAt(errors(), 'name')}>
        {(id) => (
          <input
            id={id}
            class="field__input"
            value={name()}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={localized(text.skills)} error={errorAt(errors(), 'skills')}>
        {(id) => (
          <input
            id={id}
            class="field__input"
            value={skills()}
            onInput={(e) => setSkills(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={localized(text.joinedOn)} error={errorAt(errors(), 'joinedOn')}>
        {(id) => (
          <input
            id={id}
            class="field__input"
            type="date"
            value={joinedOn()}
            onInput={(e) => setJoinedOn(e.currentTarget.value)}
          />
        )}
      </Field>
      <label>
        <input
          type="checkbox"
          checked={isPartyMember()}
          onChange={(e) => setIsPartyMember(e.currentTarget.checked)}
        />{' '}
        {localized(text.partyMember)}
      </label>
      <div class="form__actions">
        <button class="button button--primary" type="submit">
          {localized(text.addVolunteer)}
        </button>
      </div>
    </form>
  );
}

/** The volunteer association of a village: volunteers, the hours report, and forms to add and record. */
export function VolunteersPage(): JSX.Element {
  const { villageId, Picker } = useVillagePicker('suburban');
  const [year, setYear] = createSignal(new Date().getFullYear());
  const [volunteers, { refetch: refetchVolunteers }] = createResource(villageId, (id) =>
    id
      ? read<{ items: Volunteer[] }>(`/api/plugins/suburban/villages/${id}/volunteers?pageSize=100`)
      : undefined,
  );
  const source = () => (villageId() ? { id: villageId(), year: year() } : undefined);
  const [report, { refetch: refetchReport }] = createResource(source, ({ id, year }) =>
    read<HoursReport>(`/api/plugins/suburban/villages/${id}/volunteer-hours?year=${year}`),
  );
  const months = () => report()?.byMonth.map((m) => m.month) ?? [];
  return (
    <section class="stack">
      <div class="page-head">
        <div>
          <h1>{localized(text.heading)}</h1>
          <p class="lead muted">{localized(text.lead)}</p>
        </div>
        <Picker />
      </div>
      <Show when={!volunteers.error} fallback={<p class="alert alert--error">{localized(text.failed)}</p>}>
        <div class="card stack">
          <div class="button-row">
            <h2>{localized(text.report)}</h2>
            <label>
              {localized(text.year)}{' '}
              <input
                class="field__input"
                type="number"
                value={year()}
                onChange={(e) => setYear(Number(e.currentTarget.value))}
              />
            </label>
            <span class="muted">
              {localized(text.total)} {report()?.hours ?? 0} h · {localized(text.goal)}{' '}
              {report()?.monthlyHoursGoal ?? ''}
            </span>
          </div>
          <div class="table-scroll">
            <table class="table">
              <thead>
                <tr>
                  <th>{localized(text.name)}</th>
                  <For each={months()}>{(m) => <th>{m}</th>}</For>
                  <th>{localized(text.total)}</th>
                  <th>{localized(text.atGoal)}</th>
                </tr>
              </thead>
              <tbody>
                <For each={report()?.byVolunteer}>
                  {(row) => (
                    <tr>
                      <td>{row.name}</td>
                      <For each={months()}>{(m) => <td>{row.months[m] ?? ''}</td>}</For>
                      <td>{row.hours}</td>
                      <td>{row.monthsAtGoal}</td>
                    </tr>
                  )}
                </For>
                <tr>
                  <th>{localized(text.total)}</th>
                  <For each={report()?.byMonth}>{(m) => <th>{m.hours}</th>}</For>
                  <th>{report()?.hours}</th>
                  <th />
                </tr>
              </tbody>
            </table>
          </div>
        </div>
        <div class="card">
          <h2>{localized(text.volunteers)}</h2>
          <ul>
            <For each={volunteers()?.items}>
              {(v) => (
                <li>
                  {v.name}{' '}
                  {v.isPartyMember ? (
                    <span class="badge badge--accent">{localized(text.partyMember)}</span>
                  ) : null}{' '}
                  <span class="muted">
                    {v.skills ?? ''} {v.joinedOn}
                  </span>
                </li>
              )}
            </For>
          </ul>
        </div>
        <Show when={villageId()}>
          <RecordServiceForm
            villageId={villageId()}
            volunteers={volunteers()?.items ?? []}
            onRecorded={() => void refetchReport()}
          />
          <AddVolunteerForm villageId={villageId()} onAdded={() => void refetchVolunteers()} />
        </Show>
      </Show>
    </section>
  );
}
