import { call, errorAt, type FieldError, localized, read, useVillagePicker } from '@cunshe/plugin-sdk/admin';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { AGENCY_STAGE_LABELS, AGENCY_STAGES, type AgencyStage } from '../catalogue';
import { Field } from './field';

interface Trip {
  id: string;
  stage: AgencyStage;
  countyOffice: string | null;
  carried: string | null;
  sentOn: string | null;
  result: string | null;
  resultOn: string | null;
  returnedOn: string | null;
  receivedAt: string;
}
/** The host's service request of the same id (villager, matter, status). */
interface ServiceRequest {
  id: string;
  status: string;
  villager: { name: string; phone: string | null };
  createdAt: string;
}

const text = {
  heading: { 'zh-CN': '便民服务点代办', en: 'Agency requests' },
  lead: {
    'zh-CN': '村民要到县城办的事，由便民服务点收件、送县直部门、带回结果、交还村民。',
    en: 'Matters villagers must handle in the county town: received, sent to the county office, result back, returned.',
  },
  allStages: { 'zh-CN': '全部', en: 'All' },
  villager: { 'zh-CN': '村民', en: 'Villager' },
  stage: { 'zh-CN': '进度', en: 'Stage' },
  office: { 'zh-CN': '县直部门', en: 'County office' },
  carried: { 'zh-CN': '送交材料', en: 'Carried' },
  result: { 'zh-CN': '办理结果', en: 'Result' },
  on: { 'zh-CN': '日期', en: 'Date' },
  note: { 'zh-CN': '交还说明', en: 'Note' },
  send: { 'zh-CN': '送县直部门', en: 'Send to the county office' },
  back: { 'zh-CN': '结果带回', en: 'Result back' },
  returned: { 'zh-CN': '交还村民', en: 'Return to the villager' },
  trips: { 'zh-CN': '进城送件', en: 'Trips to town' },
  empty: {
    'zh-CN': '没有代办事项。村民的代办申请在“服务申请”中填写。',
    en: 'No agency requests. File them as service requests.',
  },
  failed: {
    'zh-CN': '读取失败：该村未启用本插件，或不在您的范围内。',
    en: 'Could not load: not enabled in this village, or outside your scope.',
  },
};

const today = () => new Date().toLocaleDateString('en-CA');

function StepForm(props: { villageId: string; trip: Trip; onStepped: () => void }): JSX.Element {
  const [office, setOffice] = createSignal('');
  const [carried, setCarried] = createSignal('');
  const [result, setResult] = createSignal('');
  const [note, setNote] = createSignal('');
  const [on, setOn] = createSignal(today());
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const to = () =>
    props.trip.stage === 'received' ? 'sent' : props.trip.stage === 'sent' ? 'result-back' : 'returned';
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const json =
      to() === 'sent'
        ? { to: 'sent', countyOffice: office(), carried: carried(), on: on() }
        : to() === 'result-back'
          ? { to: 'result-back', result: result(), on: on() }
          : { to: 'returned', note: note() || null, on: on() };
    const answer = await call(
      `/api/plugins/market-town/villages/${props.villageId}/agency-requests/${props.trip.id}/steps`,
      {
        method: 'POST',
        json,
      },
    );
    if (!answer.ok)
      return setErrors(answer.errors.length > 0 ? answer.errors : [{ path: 'on', message: answer.title }]);
    setErrors([]);
    props.onStepped();
  };
  return (
    <form class="form" onSubmit={submit}>
      <Show when={to() === 'sent'}>
        <Field label={localized(text.office)} error={errorAt(errors(), 'countyOffice')}>
          {(id) => (
            <input
              id={id}
              class="field__input"
              value={office()}
              onInput={(e) => setOffice(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field label={localized(text.carried)} error={errorAt(errors(), 'carried')}>
          {(id) => (
            <input
              id={id}
              class="field__input"
              value={carried()}
              onInput={(e) => setCarried(e.currentTarget.value)}
            />
          )}
        </Field>
      </Show>
      <Show when={to() === 'result-back'}>
        <Field label={localized(text.result)} error={errorAt(errors(), 'result')}>
          {(id) => (
            <input
              id={id}
              class="field__input"
              value={result()}
              onInput={(e) => setResult(e.currentTarget.value)}
            />
          )}
        </Field>
      </Show>
      <Show when={to() === 'returned'}>
        <Field label={localized(text.note)} error={errorAt(errors(), 'note')}>
          {(id) => (
            <input
              id={id}
              class="field__input"
              value={note()}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          )}
        </Field>
      </Show>
      <Field label={localized(text.on)} error={errorAt(errors(), 'on')}>
        {(id) => (
          <input
            id={id}
            class="field__input"
            type="date"
            value={on()}
            onInput={(e) => setOn(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="form__actions form__actions--start">
        <button class="button button--primary" type="submit">
          {localized(to() === 'sent' ? text.send : to() === 'result-back' ? text.back : text.returned)}
        </button>
      </div>
    </form>
  );
}

/** The agency requests of a village with their trips; each can be taken one step on. */
export function AgencyPage(): JSX.Element {
  const { villageId, Picker } = useVillagePicker('market-town');
  const [stage, setStage] = createSignal<AgencyStage | ''>('');
  const source = () => (villageId() ? { id: villageId(), stage: stage() } : undefined);
  const [trips, { refetch }] = createResource(source, ({ id, stage }) =>
    read<{ items: Trip[]; counts: Record<AgencyStage, number>; countyTripDays: string }>(
      `/api/plugins/market-town/villages/${id}/agency-requests?pageSize=100${stage ? `&stage=${stage}` : ''}`,
    ),
  );
  // The villager and the matter live in the host's service requests; one call fetches them all.
  const [requests] = createResource(villageId, (id) =>
    id
      ? read<{ items: ServiceRequest[] }>(
          `/api/service-requests?form=market-town:agency-request&villageId=${id}&pageSize=100`,
        ).catch(() => ({ items: [] }))
      : undefined,
  );
  const requestOf = (id: string) => requests()?.items.find((r) => r.id === id);
  return (
    <section class="stack">
      <div class="page-head">
        <div>
          <h1>{localized(text.heading)}</h1>
          <p class="lead muted">{localized(text.lead)}</p>
        </div>
        <Picker />
      </div>
      <Show when={!trips.error} fallback={<p class="alert alert--error">{localized(text.failed)}</p>}>
        <div class="button-row">
          <button
            class="button button--small"
            type="button"
            aria-pressed={stage() === ''}
            onClick={() => setStage('')}
          >
            {localized(text.allStages)}
          </button>
          <For each={AGENCY_STAGES}>
            {(s) => (
              <button
                class="button button--small"
                type="button"
                aria-pressed={stage() === s}
                onClick={() => setStage(s)}
              >
                {localized(AGENCY_STAGE_LABELS[s])} {trips()?.counts[s] ?? 0}
              </button>
            )}
          </For>
          <span class="muted">
            {localized(text.trips)}：{trips()?.countyTripDays}
          </span>
        </div>
        <Show when={(trips()?.items.length ?? 0) > 0} fallback={<p class="muted">{localized(text.empty)}</p>}>
          <For each={trips()?.items}>
            {(trip) => (
              <article class="card stack">
                <h2>
                  {requestOf(trip.id)?.villager.name ?? trip.id.slice(0, 8)}{' '}
                  <span class="badge badge--muted">{localized(AGENCY_STAGE_LABELS[trip.stage])}</span>
                </h2>
                <dl class="facts">
                  <div class="facts__item">
                    <dt>{localized(text.office)}</dt>
                    <dd>{trip.countyOffice ?? '—'}</dd>
                  </div>
                  <div class="facts__item">
                    <dt>{localized(text.carried)}</dt>
                    <dd>
                      {trip.carried ?? '—'} {trip.sentOn ?? ''}
                    </dd>
                  </div>
                  <div class="facts__item">
                    <dt>{localized(text.result)}</dt>
                    <dd>
                      {trip.result ?? '—'} {trip.resultOn ?? ''}
                    </dd>
                  </div>
                  <div class="facts__item">
                    <dt>{localized(text.returned)}</dt>
                    <dd>{trip.returnedOn ?? '—'}</dd>
                  </div>
                </dl>
                <Show when={['received', 'sent', 'result-back'].includes(trip.stage)}>
                  <StepForm villageId={villageId()} trip={trip} onStepped={() => void refetch()} />
                </Show>
              </article>
            )}
          </For>
        </Show>
      </Show>
    </section>
  );
}
