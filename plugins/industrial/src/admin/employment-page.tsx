import { call, errorAt, type FieldError, localized, read, useVillagePicker } from '@cunshe/plugin-sdk/admin';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { EDUCATION_LABELS, EDUCATION_LEVELS, type EducationLevel } from '../catalogue';
import { Field } from './field';

interface Seeker {
  id: string;
  name: string;
  birthYear: number;
  education: EducationLevel;
  skills: string[];
  desiredWork: string;
  isSeeking: boolean;
}
interface Opening {
  id: string;
  employer: string;
  title: string;
  headcount: number;
  wageMinFen: number;
  wageMaxFen: number;
  workplace: string;
  skills: string[];
  isOpen: boolean;
}
interface MatchList {
  items: { seeker: Seeker; score: number; reasons: string[] }[];
}

const text = {
  heading: { 'zh-CN': '就业岗位匹配', en: 'Jobs and matching' },
  lead: {
    'zh-CN': '县就业局服务点：求职登记、发布岗位，按年龄、文化程度、薪资、倒班和技能为岗位匹配求职者。',
    en: 'The employment point: job seekers, openings, and matches by age, schooling, wage, shifts and skills.',
  },
  openings: { 'zh-CN': '在招岗位', en: 'Open positions' },
  seekers: { 'zh-CN': '求职者', en: 'Job seekers' },
  matches: { 'zh-CN': '匹配求职者', en: 'Matching seekers' },
  noMatches: { 'zh-CN': '暂无符合条件的求职者。', en: 'No seeker fits yet.' },
  close: { 'zh-CN': '停止招聘', en: 'Close' },
  placed: { 'zh-CN': '已就业', en: 'Placed' },
  employer: { 'zh-CN': '用工单位', en: 'Employer' },
  title: { 'zh-CN': '岗位', en: 'Position' },
  headcount: { 'zh-CN': '招聘人数', en: 'Headcount' },
  wageMin: { 'zh-CN': '月薪下限（元）', en: 'Monthly wage from (CNY)' },
  wageMax: { 'zh-CN': '月薪上限（元）', en: 'Monthly wage to (CNY)' },
  workplace: { 'zh-CN': '工作地点', en: 'Workplace' },
  skills: { 'zh-CN': '技能（用顿号或逗号分隔）', en: 'Skills (comma-separated)' },
  needsShifts: { 'zh-CN': '需要倒班', en: 'Shift work' },
  post: { 'zh-CN': '发布岗位', en: 'Post an opening' },
  name: { 'zh-CN': '姓名', en: 'Name' },
  birthYear: { 'zh-CN': '出生年份', en: 'Year of birth' },
  education: { 'zh-CN': '文化程度', en: 'Schooling' },
  desiredWork: { 'zh-CN': '求职意向', en: 'Work wanted' },
  register: { 'zh-CN': '求职登记', en: 'Register a seeker' },
  failed: {
    'zh-CN': '读取失败：该村未启用本插件，或不在您的范围内。',
    en: 'Could not load: not enabled in this village, or outside your scope.',
  },
};

const yuan = (fen: number) => (fen / 100).toLocaleString('zh-CN');
const skillList = (value: string) =>
  value
    .split(/[、,，\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
const toFen = (value: string) => (value === '' ? undefined : Math.round(Number(value) * 100));

function PostOpeningForm(props: { villageId: string; onPosted: () => void }): JSX.Element {
  const empty = {
    employer: '',
    title: '',
    headcount: '1',
    wageMin: '',
    wageMax: '',
    workplace: '',
    skills: '',
    needsShifts: false,
  };
  const [v, setV] = createSignal(empty);
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const set = (key: keyof typeof empty) => (e: { currentTarget: { value: string } }) =>
    setV({ ...v(), [key]: e.currentTarget.value });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const answer = await call(`/api/plugins/industrial/villages/${props.villageId}/job-openings`, {
      method: 'POST',
      json: {
        employer: v().employer,
        title: v().title,
        headcount: Number(v().headcount),
        wageMinFen: toFen(v().wageMin),
        wageMaxFen: toFen(v().wageMax),
        workplace: v().workplace,
        skills: skillList(v().skills),
        needsShifts: v().needsShifts,
      },
    });
    if (!answer.ok) return setErrors(answer.errors);
    setErrors([]);
    setV(empty);
    props.onPosted();
  };
  const input = (
    key: keyof typeof empty,
    label: { 'zh-CN': string; en: string },
    path: string,
    type = 'text',
  ) => (
    <Field label={localized(label)} error={errorAt(errors(), path)}>
      {(id) => <input id={id} class="field__input" type={type} value={String(v()[key])} onInput={set(key)} />}
    </Field>
  );
  return (
    <form class="form card" onSubmit={submit}>
      <h2>{localized(text.post)}</h2>
      {input('employer', text.employer, 'employer')}
      {input('title', text.title, 'title')}
      {input('headcount', text.headcount, 'headcount', 'number')}
      {input('wageMin', text.wageMin, 'wageMinFen', 'number')}
      {input('wageMax', text.wageMax, 'wageMaxFen', 'number')}
      {input('workplace', text.workplace, 'workplace')}
      {input('skills', text.skills, 'skills')}
      <label>
        <input
          type="checkbox"
          checked={v().needsShifts}
          onChange={(e) => setV({ ...v(), needsShifts: e.currentTarget.checked })}
        />{' '}
        {localized(text.needsShifts)}
      </label>
      <div class="form__actions">
        <button class="button button--primary" type="submit">
          {localized(text.post)}
        </button>
      </div>
    </form>
  );
}

function RegisterSeekerForm(props: { villageId: string; onRegistered: () => void }): JSX.Element {
  const empty = {
    name: '',
    gender: 'male',
    birthYear: '',
    education: 'junior',
    skills: '',
    desiredWork: '',
    canWorkShifts: true,
  };
  const [v, setV] = createSignal(empty);
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const set = (key: keyof typeof empty) => (e: { currentTarget: { value: string } }) =>
    setV({ ...v(), [key]: e.currentTarget.value });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const answer = await call(`/api/plugins/industrial/villages/${props.villageId}/job-seekers`, {
      method: 'POST',
      json: { ...v(), birthYear: Number(v().birthYear), skills: skillList(v().skills) },
    });
    if (!answer.ok) return setErrors(answer.errors);
    setErrors([]);
    setV(empty);
    props.onRegistered();
  };
  return (
    <form class="form card" onSubmit={submit}>
      <h2>{localized(text.register)}</h2>
      <Field label={localized(text.name)} error={errorAt(errors(), 'name')}>
        {(id) => <input id={id} class="field__input" value={v().name} onInput={set('name')} />}
      </Field>
      <Field label={localized(text.birthYear)} error={errorAt(errors(), 'birthYear')}>
        {(id) => (
          <input
            id={id}
            class="field__input"
            type="number"
            value={v().birthYear}
            onInput={set('birthYear')}
          />
        )}
      </Field>
      <Field label={localized(text.education)} error={errorAt(errors(), 'education')}>
        {(id) => (
          <select id={id} class="field__input" value={v().education} onChange={set('education')}>
            <For each={EDUCATION_LEVELS}>
              {(level) => <option value={level}>{localized(EDUCATION_LABELS[level])}</option>}
            </For>
          </select>
        )}
      </Field>
      <Field label={localized(text.skills)} error={errorAt(errors(), 'skills')}>
        {(id) => <input id={id} class="field__input" value={v().skills} onInput={set('skills')} />}
      </Field>
      <Field label={localized(text.desiredWork)} error={errorAt(errors(), 'desiredWork')}>
        {(id) => <input id={id} class="field__input" value={v().desiredWork} onInput={set('desiredWork')} />}
      </Field>
      <div class="form__actions">
        <button class="button button--primary" type="submit">
          {localized(text.register)}
        </button>
      </div>
    </form>
  );
}

/** The employment point of a village: open positions with their matching seekers, and the seekers. */
export function EmploymentPage(): JSX.Element {
  const { villageId, Picker } = useVillagePicker('industrial');
  const base = () => `/api/plugins/industrial/villages/${villageId()}`;
  const [openings, { refetch: refetchOpenings }] = createResource(villageId, (id) =>
    id
      ? read<{ items: Opening[] }>(
          `/api/plugins/industrial/villages/${id}/job-openings?isOpen=true&pageSize=100`,
        )
      : undefined,
  );
  const [seekers, { refetch: refetchSeekers }] = createResource(villageId, (id) =>
    id
      ? read<{ items: Seeker[] }>(
          `/api/plugins/industrial/villages/${id}/job-seekers?isSeeking=true&pageSize=100`,
        )
      : undefined,
  );
  const [shown, setShown] = createSignal<string>('');
  const [matches] = createResource(shown, (id) =>
    id ? read<MatchList>(`${base()}/job-openings/${id}/matches`) : undefined,
  );
  const close = async (id: string) => {
    await call(`${base()}/job-openings/${id}`, { method: 'PATCH', json: { isOpen: false } });
    await refetchOpenings();
  };
  const place = async (id: string) => {
    await call(`${base()}/job-seekers/${id}`, { method: 'PATCH', json: { isSeeking: false } });
    await refetchSeekers();
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
      <Show when={!openings.error} fallback={<p class="alert alert--error">{localized(text.failed)}</p>}>
        <div class="card stack">
          <h2>{localized(text.openings)}</h2>
          <For each={openings()?.items}>
            {(opening) => (
              <div>
                <strong>{opening.title}</strong> · {opening.employer} · {opening.headcount} 人 ·{' '}
                {yuan(opening.wageMinFen)}–{yuan(opening.wageMaxFen)} 元/月 · {opening.workplace}{' '}
                <span class="button-row">
                  <button class="button button--small" type="button" onClick={() => setShown(opening.id)}>
                    {localized(text.matches)}
                  </button>
                  <button
                    class="button button--quiet button--small"
                    type="button"
                    onClick={() => close(opening.id)}
                  >
                    {localized(text.close)}
                  </button>
                </span>
                <Show when={shown() === opening.id && matches()}>
                  {(list) => (
                    <Show
                      when={list().items.length > 0}
                      fallback={<p class="muted">{localized(text.noMatches)}</p>}
                    >
                      <ol>
                        <For each={list().items}>
                          {(m) => (
                            <li>
                              {m.seeker.name}（{m.seeker.desiredWork}）
                              {m.reasons.map((r) => r.replace('skill:', '')).join('、')}
                            </li>
                          )}
                        </For>
                      </ol>
                    </Show>
                  )}
                </Show>
              </div>
            )}
          </For>
        </div>
        <div class="card stack">
          <h2>{localized(text.seekers)}</h2>
          <ul>
            <For each={seekers()?.items}>
              {(seeker) => (
                <li>
                  {seeker.name} · {seeker.birthYear} · {localized(EDUCATION_LABELS[seeker.education])} ·{' '}
                  {seeker.desiredWork} {seeker.skills.join('、')}{' '}
                  <button
                    class="button button--quiet button--small"
                    type="button"
                    onClick={() => place(seeker.id)}
                  >
                    {localized(text.placed)}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </div>
        <Show when={villageId()}>
          <PostOpeningForm villageId={villageId()} onPosted={() => void refetchOpenings()} />
          <RegisterSeekerForm villageId={villageId()} onRegistered={() => void refetchSeekers()} />
        </Show>
      </Show>
    </section>
  );
}
