import { call, errorAt, type FieldError, localized, read, useVillagePicker } from '@cunshe/plugin-sdk/admin';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { SERVICE_POINTS } from '../catalogue';
import { Field } from './field';

interface CadreDuty {
  id: string;
  cadreName: string;
  post: string;
  partyBuildingDuty: string;
  serviceDuty: string;
  servicePointKey: string | null;
}

const text = {
  heading: { 'zh-CN': '一岗双责', en: 'One post, two duties' },
  lead: {
    'zh-CN': '村党支部实行“一岗双责”：每名干部的岗位，既有党建职责，又有服务职责。',
    en: 'Each cadre’s post carries a party-building duty and a service duty.',
  },
  cadre: { 'zh-CN': '干部', en: 'Cadre' },
  post: { 'zh-CN': '岗位', en: 'Post' },
  party: { 'zh-CN': '党建职责', en: 'Party-building duty' },
  service: { 'zh-CN': '服务职责', en: 'Service duty' },
  point: { 'zh-CN': '坐班服务点', en: 'Service point' },
  none: { 'zh-CN': '无', en: 'None' },
  order: { 'zh-CN': '排序', en: 'Order' },
  add: { 'zh-CN': '添加', en: 'Add' },
  remove: { 'zh-CN': '删除', en: 'Remove' },
  empty: { 'zh-CN': '还没有记录。', en: 'Nothing recorded yet.' },
  failed: {
    'zh-CN': '读取失败：该村未启用本插件，或不在您的范围内。',
    en: 'Could not load: not enabled in this village, or outside your scope.',
  },
};

const pointName = (key: string | null) =>
  key ? localized(SERVICE_POINTS.find((p) => p.key === key)?.name ?? { 'zh-CN': key, en: key }) : '';

function AddForm(props: { villageId: string; onAdded: () => void }): JSX.Element {
  const [values, setValues] = createSignal({
    cadreName: '',
    post: '',
    partyBuildingDuty: '',
    serviceDuty: '',
    servicePointKey: '',
  });
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const set = (key: keyof ReturnType<typeof values>) => (e: { currentTarget: { value: string } }) =>
    setValues({ ...values(), [key]: e.currentTarget.value });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const v = values();
    const answer = await call(`/api/plugins/industrial/villages/${props.villageId}/cadre-duties`, {
      method: 'POST',
      json: { ...v, servicePointKey: v.servicePointKey || null },
    });
    if (!answer.ok) return setErrors(answer.errors);
    setErrors([]);
    setValues({ cadreName: '', post: '', partyBuildingDuty: '', serviceDuty: '', servicePointKey: '' });
    props.onAdded();
  };
  return (
    <form class="form card" onSubmit={submit}>
      <h2>{localized(text.add)}</h2>
      <Field label={localized(text.cadre)} error={errorAt(errors(), 'cadreName')}>
        {(id) => <input id={id} class="field__input" value={values().cadreName} onInput={set('cadreName')} />}
      </Field>
      <Field label={localized(text.post)} error={errorAt(errors(), 'post')}>
        {(id) => <input id={id} class="field__input" value={values().post} onInput={set('post')} />}
      </Field>
      <Field label={localized(text.party)} error={errorAt(errors(), 'partyBuildingDuty')}>
        {(id) => (
          <textarea
            id={id}
            class="field__input"
            value={values().partyBuildingDuty}
            onInput={set('partyBuildingDuty')}
          />
        )}
      </Field>
      <Field label={localized(text.service)} error={errorAt(errors(), 'serviceDuty')}>
        {(id) => (
          <textarea id={id} class="field__input" value={values().serviceDuty} onInput={set('serviceDuty')} />
        )}
      </Field>
      <Field label={localized(text.point)} error={errorAt(errors(), 'servicePointKey')}>
        {(id) => (
          <select
            id={id}
            class="field__input"
            value={values().servicePointKey}
            onChange={set('servicePointKey')}
          >
            <option value="">{localized(text.none)}</option>
            <For each={SERVICE_POINTS}>{(p) => <option value={p.key}>{localized(p.name)}</option>}</For>
          </select>
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

/** The branch's 一岗双责 record of a village: each cadre's post with its two duties. */
export function CadreDutiesPage(): JSX.Element {
  const { villageId, Picker } = useVillagePicker('industrial');
  const [duties, { refetch }] = createResource(villageId, (id) =>
    id ? read<{ items: CadreDuty[] }>(`/api/plugins/industrial/villages/${id}/cadre-duties`) : undefined,
  );
  const remove = async (id: string) => {
    await call(`/api/plugins/industrial/villages/${villageId()}/cadre-duties/${id}`, { method: 'DELETE' });
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
      <Show when={!duties.error} fallback={<p class="alert alert--error">{localized(text.failed)}</p>}>
        <div class="card">
          <Show
            when={(duties()?.items.length ?? 0) > 0}
            fallback={<p class="muted">{localized(text.empty)}</p>}
          >
            <div class="table-scroll">
              <table class="table">
                <thead>
                  <tr>
                    <th>{localized(text.cadre)}</th>
                    <th>{localized(text.post)}</th>
                    <th>{localized(text.party)}</th>
                    <th>{localized(text.service)}</th>
                    <th>{localized(text.point)}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  <For each={duties()?.items}>
                    {(duty) => (
                      <tr>
                        <td>{duty.cadreName}</td>
                        <td>{duty.post}</td>
                        <td>{duty.partyBuildingDuty}</td>
                        <td>{duty.serviceDuty}</td>
                        <td>{pointName(duty.servicePointKey)}</td>
                        <td>
                          <button
                            class="button button--quiet button--small"
                            type="button"
                            onClick={() => remove(duty.id)}
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
          <AddForm villageId={villageId()} onAdded={() => void refetch()} />
        </Show>
      </Show>
    </section>
  );
}
