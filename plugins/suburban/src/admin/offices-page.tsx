import { call, errorAt, type FieldError, localized, read, useVillagePicker } from '@cunshe/plugin-sdk/admin';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import type { Office } from '../catalogue';
import { Field } from './field';

type OfficeView = Office & {
  openingHours: string;
  desk: { room: string; onDuty: string; phone: string | null } | null;
};

const text = {
  heading: { 'zh-CN': '服务群众办公室', en: 'Offices serving villagers' },
  lead: {
    'zh-CN': '村委会大楼设有各类服务群众办公室：党员服务、民政、劳动就业、法律咨询、家政服务等职能集中办理。',
    en: 'The committee building’s offices: party member services, civil affairs, employment, legal advice, housekeeping.',
  },
  handles: { 'zh-CN': '办理事项', en: 'Handles' },
  hours: { 'zh-CN': '办公时间', en: 'Hours' },
  room: { 'zh-CN': '房间', en: 'Room' },
  onDuty: { 'zh-CN': '值班人员', en: 'On duty' },
  phone: { 'zh-CN': '电话', en: 'Phone' },
  unset: { 'zh-CN': '尚未安排', en: 'Not set yet' },
  save: { 'zh-CN': '保存', en: 'Save' },
  failed: {
    'zh-CN': '读取失败：该村未启用本插件，或不在您的范围内。',
    en: 'Could not load: not enabled in this village, or outside your scope.',
  },
};

function DeskForm(props: { villageId: string; office: OfficeView; onSaved: () => void }): JSX.Element {
  const [room, setRoom] = createSignal(props.office.desk?.room ?? '');
  const [onDuty, setOnDuty] = createSignal(props.office.desk?.onDuty ?? '');
  const [phone, setPhone] = createSignal(props.office.desk?.phone ?? '');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const answer = await call(
      `/api/plugins/suburban/villages/${props.villageId}/offices/${props.office.key}`,
      {
        method: 'PUT',
        json: { room: room(), onDuty: onDuty(), phone: phone() || null },
      },
    );
    if (!answer.ok) return setErrors(answer.errors);
    setErrors([]);
    props.onSaved();
  };
  return (
    <form class="form" onSubmit={submit}>
      <Field label={localized(text.room)} error={errorAt(errors(), 'room')}>
        {(id) => (
          <input
            id={id}
            class="field__input"
            value={room()}
            onInput={(e) => setRoom(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={localized(text.onDuty)} error={errorAt(errors(), 'onDuty')}>
        {(id) => (
          <input
            id={id}
            class="field__input"
            value={onDuty()}
            onInput={(e) => setOnDuty(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={localized(text.phone)} error={errorAt(errors(), 'phone')}>
        {(id) => (
          <input
            id={id}
            class="field__input"
            value={phone()}
            onInput={(e) => setPhone(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="form__actions form__actions--start">
        <button class="button" type="submit">
          {localized(text.save)}
        </button>
      </div>
    </form>
  );
}

/** The offices of a village's committee building: what each handles, where it is and who is on duty. */
export function OfficesPage(): JSX.Element {
  const { villageId, Picker } = useVillagePicker('suburban');
  const [offices, { refetch }] = createResource(villageId, (id) =>
    id ? read<{ items: OfficeView[] }>(`/api/plugins/suburban/villages/${id}/offices`) : undefined,
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
      <Show when={!offices.error} fallback={<p class="alert alert--error">{localized(text.failed)}</p>}>
        <For each={offices()?.items}>
          {(office) => (
            <article class="card stack">
              <h2>{localized(office.name)}</h2>
              <dl class="facts">
                <div class="facts__item">
                  <dt>{localized(text.handles)}</dt>
                  <dd>{office.services.map((s) => localized(s.name)).join('、')}</dd>
                </div>
                <div class="facts__item">
                  <dt>{localized(text.hours)}</dt>
                  <dd>{office.openingHours}</dd>
                </div>
                <div class="facts__item">
                  <dt>{localized(text.onDuty)}</dt>
                  <dd>
                    {office.desk ? `${office.desk.room} · ${office.desk.onDuty}` : localized(text.unset)}
                  </dd>
                </div>
              </dl>
              <DeskForm villageId={villageId()} office={office} onSaved={() => void refetch()} />
            </article>
          )}
        </For>
      </Show>
    </section>
  );
}
