import { call, errorAt, type FieldError, localized, read, useVillagePicker } from '@cunshe/plugin-sdk/admin';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { MANAGEMENT_LABELS, MANAGEMENT_MODES, type ManagementMode } from '../catalogue';
import { Field } from './field';

interface FloatingMember {
  id: string;
  name: string;
  destination: string;
  work: string | null;
  management: ManagementMode;
  certificateNumber: string | null;
  leftOn: string;
  lastCheckInOn: string | null;
  isCheckInOverdue: boolean;
}

const text = {
  heading: { 'zh-CN': '流动党员服务点', en: 'Floating party member service point' },
  lead: {
    'zh-CN': '流动党员登记、异地报到和活动记录；实行《流动党员活动证》制度，采用直管、协管、代管等方法。',
    en: 'Floating members register, check in from elsewhere and have their activities recorded.',
  },
  name: { 'zh-CN': '姓名', en: 'Name' },
  mobile: { 'zh-CN': '手机号', en: 'Mobile' },
  destination: { 'zh-CN': '外出地点', en: 'Away in' },
  work: { 'zh-CN': '从事工作', en: 'Work' },
  management: { 'zh-CN': '管理方式', en: 'Management' },
  certificate: { 'zh-CN': '活动证编号', en: 'Certificate no.' },
  leftOn: { 'zh-CN': '外出日期', en: 'Left on' },
  lastCheckIn: { 'zh-CN': '最近报到', en: 'Last check-in' },
  overdue: { 'zh-CN': '逾期未报到', en: 'Check-in overdue' },
  never: { 'zh-CN': '从未报到', en: 'Never' },
  register: { 'zh-CN': '登记流动党员', en: 'Register a floating member' },
  checkIn: { 'zh-CN': '记录报到', en: 'Record a check-in' },
  activity: { 'zh-CN': '记录活动', en: 'Record an activity' },
  place: { 'zh-CN': '地点', en: 'Where' },
  description: { 'zh-CN': '内容', en: 'What' },
  failed: {
    'zh-CN': '读取失败：该村未启用本插件，或不在您的范围内。',
    en: 'Could not load: not enabled in this village, or outside your scope.',
  },
};

const today = () => new Date().toLocaleDateString('en-CA');

function RecordForm(props: {
  villageId: string;
  member: FloatingMember;
  onRecorded: () => void;
}): JSX.Element {
  const [kind, setKind] = createSignal<'check-in' | 'activity'>('check-in');
  const [place, setPlace] = createSignal(props.member.destination);
  const [description, setDescription] = createSignal('');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const answer = await call(
      `/api/plugins/market-town/villages/${props.villageId}/floating-members/${props.member.id}/records`,
      {
        method: 'POST',
        json: {
          kind: kind(),
          happenedOn: today(),
          place: place(),
          description: description(),
          ...(kind() === 'check-in' ? { channel: 'online' } : {}),
        },
      },
    );
    if (!answer.ok) return setErrors(answer.errors);
    setErrors([]);
    setDescription('');
    props.onRecorded();
  };
  return (
    <form class="button-row" onSubmit={submit}>
      <select
        class="field__input"
        value={kind()}
        onChange={(e) => setKind(e.currentTarget.value as 'check-in' | 'activity')}
      >
        <option value="check-in">{localized(text.checkIn)}</option>
        <option value="activity">{localized(text.activity)}</option>
      </select>
      <Field label={localized(text.place)} error={errorAt(errors(), 'place')}>
        {(id) => (
          <input
            id={id}
            class="field__input"
            value={place()}
            onInput={(e) => setPlace(e.currentTarget.value)}
          />
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
      <button class="button button--small" type="submit">
        {localized(kind() === 'check-in' ? text.checkIn : text.activity)}
      </button>
    </form>
  );
}

function RegisterForm(props: { villageId: string; onRegistered: () => void }): JSX.Element {
  const empty = {
    name: '',
    mobile: '',
    destination: '',
    work: '',
    management: 'direct',
    certificateNumber: '',
    leftOn: today(),
  };
  const [v, setV] = createSignal(empty);
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const set = (key: keyof typeof empty) => (e: { currentTarget: { value: string } }) =>
    setV({ ...v(), [key]: e.currentTarget.value });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const answer = await call(`/api/plugins/market-town/villages/${props.villageId}/floating-members`, {
      method: 'POST',
      json: { ...v(), work: v().work || null, certificateNumber: v().certificateNumber || null },
    });
    if (!answer.ok) return setErrors(answer.errors);
    setErrors([]);
    setV(empty);
    props.onRegistered();
  };
  const input = (key: keyof typeof empty, label: { 'zh-CN': string; en: string }, type = 'text') => (
    <Field label={localized(label)} error={errorAt(errors(), key)}>
      {(id) => <input id={id} class="field__input" type={type} value={v()[key]} onInput={set(key)} />}
    </Field>
  );
  return (
    <form class="form card" onSubmit={submit}>
      <h2>{localized(text.register)}</h2>
      {input('name', text.name)}
      {input('mobile', text.mobile, 'tel')}
      {input('destination', text.destination)}
      {input('work', text.work)}
      <Field label={localized(text.management)} error={errorAt(errors(), 'management')}>
        {(id) => (
          <select id={id} class="field__input" value={v().management} onChange={set('management')}>
            <For each={MANAGEMENT_MODES}>
              {(m) => <option value={m}>{localized(MANAGEMENT_LABELS[m])}</option>}
            </For>
          </select>
        )}
      </Field>
      {input('certificateNumber', text.certificate)}
      {input('leftOn', text.leftOn, 'date')}
      <div class="form__actions">
        <button class="button button--primary" type="submit">
          {localized(text.register)}
        </button>
      </div>
    </form>
  );
}

/** The floating members of a village still away, with their last check-in, and forms to record. */
export function FloatingMembersPage(): JSX.Element {
  const { villageId, Picker } = useVillagePicker('market-town');
  const [members, { refetch }] = createResource(villageId, (id) =>
    id
      ? read<{ items: FloatingMember[]; overdue: number; checkInIntervalDays: number }>(
          `/api/plugins/market-town/villages/${id}/floating-members?pageSize=100`,
        )
      : undefined,
  );
  return (
    <section class="stack">
      <div class="page-head">
        <div>
          <h1>{localized(text.heading)}</h1>
          <p class="lead muted">{localized(text.lead)}</p>
        </div>
        <Picker />
      </div>
      <Show when={!members.error} fallback={<p class="alert alert--error">{localized(text.failed)}</p>}>
        <Show when={(members()?.overdue ?? 0) > 0}>
          <p class="alert alert--warn">
            {localized(text.overdue)}: {members()?.overdue}
          </p>
        </Show>
        <For each={members()?.items}>
          {(member) => (
            <article class="card stack">
              <h2>
                {member.name}{' '}
                <span class="badge badge--muted">{localized(MANAGEMENT_LABELS[member.management])}</span>{' '}
                <Show when={member.isCheckInOverdue}>
                  <span class="badge badge--warn">{localized(text.overdue)}</span>
                </Show>
              </h2>
              <p class="muted">
                {member.destination} · {member.work ?? ''} · {localized(text.leftOn)} {member.leftOn} ·{' '}
                {localized(text.certificate)} {member.certificateNumber ?? '—'} ·{' '}
                {localized(text.lastCheckIn)} {member.lastCheckInOn ?? localized(text.never)}
              </p>
              <RecordForm villageId={villageId()} member={member} onRecorded={() => void refetch()} />
            </article>
          )}
        </For>
        <Show when={villageId()}>
          <RegisterForm villageId={villageId()} onRegistered={() => void refetch()} />
        </Show>
      </Show>
    </section>
  );
}
