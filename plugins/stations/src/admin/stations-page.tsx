import { call, errorAt, type FieldError, localized, read, useVillagePicker } from '@cunshe/plugin-sdk/admin';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { STATIONS, type Station, type StationKey } from '../catalogue';
import { Field } from './field';

interface StaffMember {
  id: string;
  stationKey: StationKey;
  name: string;
  post: string;
  mobile: string | null;
}

type StationView = Station & { openingHours: string; formKey: string; staff: StaffMember[] };

const text = {
  heading: { 'zh-CN': '四站两室', en: 'Four stations and two rooms' },
  lead: {
    'zh-CN':
      '求助服务站、农业服务站、医疗服务站、治安警务站和宣教活动室、文化活动室：服务项目、开放时间和工作人员。',
    en: 'Help, agricultural, medical and police stations, publicity-education and culture rooms: services, hours and staff.',
  },
  hours: { 'zh-CN': '开放时间', en: 'Opening hours' },
  services: { 'zh-CN': '服务项目', en: 'Services' },
  staff: { 'zh-CN': '工作人员', en: 'Staff' },
  kindStation: { 'zh-CN': '站', en: 'Station' },
  kindRoom: { 'zh-CN': '室', en: 'Room' },
  noStaff: { 'zh-CN': '尚未登记工作人员。', en: 'No staff recorded yet.' },
  station: { 'zh-CN': '站室', en: 'Station' },
  name: { 'zh-CN': '姓名', en: 'Name' },
  post: { 'zh-CN': '岗位', en: 'Post' },
  mobile: { 'zh-CN': '手机号', en: 'Mobile' },
  add: { 'zh-CN': '添加工作人员', en: 'Add staff member' },
  remove: { 'zh-CN': '移除', en: 'Remove' },
  failed: {
    'zh-CN': '读取失败：该村未启用本插件，或不在您的范围内。',
    en: 'Could not load: not enabled in this village, or outside your scope.',
  },
  refused: { 'zh-CN': '未保存：', en: 'Not saved: ' },
};

function AddStaffForm(props: { villageId: string; onAdded: () => void }): JSX.Element {
  const [stationKey, setStationKey] = createSignal<StationKey>('help-station');
  const [name, setName] = createSignal('');
  const [post, setPost] = createSignal('');
  const [mobile, setMobile] = createSignal('');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [title, setTitle] = createSignal('');
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const answer = await call(`/api/plugins/stations/villages/${props.villageId}/staff`, {
      method: 'POST',
      json: { stationKey: stationKey(), name: name(), post: post(), mobile: mobile() || null },
    });
    if (!answer.ok) {
      setErrors(answer.errors);
      setTitle(answer.title);
      return;
    }
    setErrors([]);
    setTitle('');
    setName('');
    setPost('');
    setMobile('');
    props.onAdded();
  };
  return (
    <form class="form card" onSubmit={submit}>
      <h2>{localized(text.add)}</h2>
      <Show when={title()}>
        <p class="alert alert--error">
          {localized(text.refused)}
          {title()}
        </p>
      </Show>
      <Field label={localized(text.station)} error={errorAt(errors(), 'stationKey')}>
        {(id) => (
          <select
            id={id}
            class="field__input"
            value={stationKey()}
            onChange={(e) => setStationKey(e.currentTarget.value as StationKey)}
          >
            <For each={STATIONS}>{(s) => <option value={s.key}>{localized(s.name)}</option>}</For>
          </select>
        )}
      </Field>
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
      <Field label={localized(text.post)} error={errorAt(errors(), 'post')}>
        {(id) => (
          <input
            id={id}
            class="field__input"
            value={post()}
            onInput={(e) => setPost(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={localized(text.mobile)} error={errorAt(errors(), 'mobile')}>
        {(id) => (
          <input
            id={id}
            class="field__input"
            type="tel"
            value={mobile()}
            onInput={(e) => setMobile(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="form__actions">
        <button class="button button--primary" type="submit">
          {localized(text.add)}
        </button>
      </div>
    </form>
  );
}

function StationCard(props: { station: StationView; onRemove: (id: string) => void }): JSX.Element {
  return (
    <article class="card stack">
      <header>
        <h2>
          {localized(props.station.name)}{' '}
          <span class="badge badge--muted">
            {localized(props.station.category === 'room' ? text.kindRoom : text.kindStation)}
          </span>
        </h2>
      </header>
      <dl class="facts">
        <div class="facts__item">
          <dt>{localized(text.hours)}</dt>
          <dd>{props.station.openingHours}</dd>
        </div>
        <div class="facts__item">
          <dt>{localized(text.services)}</dt>
          <dd>{props.station.services.map((s) => localized(s.name)).join('、')}</dd>
        </div>
      </dl>
      <h3>{localized(text.staff)}</h3>
      <Show when={props.station.staff.length > 0} fallback={<p class="muted">{localized(text.noStaff)}</p>}>
        <ul>
          <For each={props.station.staff}>
            {(member) => (
              <li>
                {member.name}（{member.post}）{member.mobile ? ` ${member.mobile}` : ''}{' '}
                <button
                  class="button button--quiet button--small"
                  type="button"
                  onClick={() => props.onRemove(member.id)}
                >
                  {localized(text.remove)}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </article>
  );
}

/** The stations of a village: each one's services, hours and staff; staff can be added and removed. */
export function StationsPage(): JSX.Element {
  const { villageId, Picker } = useVillagePicker('stations');
  const [stations, { refetch }] = createResource(villageId, (id) =>
    id ? read<{ items: StationView[] }>(`/api/plugins/stations/villages/${id}/stations`) : undefined,
  );
  const remove = async (id: string) => {
    await call(`/api/plugins/stations/villages/${villageId()}/staff/${id}`, { method: 'DELETE' });
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
      <Show when={!stations.error} fallback={<p class="alert alert--error">{localized(text.failed)}</p>}>
        <For each={stations()?.items}>{(station) => <StationCard station={station} onRemove={remove} />}</For>
        <Show when={villageId()}>
          <AddStaffForm villageId={villageId()} onAdded={() => void refetch()} />
        </Show>
      </Show>
    </section>
  );
}
