import { call, errorAt, type FieldError, localized, read, useVillagePicker } from '@cunshe/plugin-sdk/admin';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import {
  ASSOCIATIONS,
  type AssociationKey,
  BRANCH_POST_LABELS,
  BRANCH_POSTS,
  type BranchPost,
  type ChainAssociation,
  OFFICER_LABELS,
  OFFICER_TITLES,
  type OfficerTitle,
} from '../catalogue';
import { Field } from './field';

interface Member {
  id: string;
  name: string;
  scale: string | null;
  officerTitle: OfficerTitle | null;
  joinedOn: string;
}
interface BranchMember {
  id: string;
  name: string;
  post: BranchPost;
}
type Overview = ChainAssociation & {
  memberCount: number;
  officers: { name: string; officerTitle: OfficerTitle }[];
};

const text = {
  heading: { 'zh-CN': '产业协会', en: 'Associations' },
  lead: {
    'zh-CN': '实用技术人才协会、民营经济协会党支部、蚕桑协会党支部、生猪协会党支部，是农民发家致富的好帮手。',
    en: 'Four associations, three with their own party branch, helping farmers prosper.',
  },
  members: { 'zh-CN': '会员', en: 'Members' },
  officers: { 'zh-CN': '负责人', en: 'Officers' },
  branch: { 'zh-CN': '党支部成员', en: 'Party branch members' },
  noBranch: { 'zh-CN': '本协会未单独建立党支部。', en: 'This association has no party branch of its own.' },
  name: { 'zh-CN': '姓名', en: 'Name' },
  scale: { 'zh-CN': '从业情况或经营规模', en: 'Trade or size of business' },
  title: { 'zh-CN': '职务', en: 'Title' },
  plainMember: { 'zh-CN': '会员', en: 'Member' },
  joinedOn: { 'zh-CN': '入会日期', en: 'Joined' },
  post: { 'zh-CN': '支部职务', en: 'Post in the branch' },
  addMember: { 'zh-CN': '登记入会', en: 'Record a member' },
  addBranchMember: { 'zh-CN': '添加支部成员', en: 'Add a branch member' },
  leave: { 'zh-CN': '退会', en: 'Left' },
  failed: {
    'zh-CN': '读取失败：该村未启用本插件，或不在您的范围内。',
    en: 'Could not load: not enabled in this village, or outside your scope.',
  },
};

const today = () => new Date().toLocaleDateString('en-CA');

function MemberForm(props: {
  villageId: string;
  association: AssociationKey;
  onAdded: () => void;
}): JSX.Element {
  const [name, setName] = createSignal('');
  const [scale, setScale] = createSignal('');
  const [title, setTitle] = createSignal<OfficerTitle | ''>('');
  const [joinedOn, setJoinedOn] = createSignal(today());
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const answer = await call(
      `/api/plugins/industry-chain/villages/${props.villageId}/associations/${props.association}/members`,
      {
        method: 'POST',
        json: { name: name(), scale: scale() || null, officerTitle: title() || null, joinedOn: joinedOn() },
      },
    );
    if (!answer.ok) return setErrors(answer.errors);
    setErrors([]);
    setName('');
    setScale('');
    setTitle('');
    props.onAdded();
  };
  return (
    <form class="form card" onSubmit={submit}>
      <h2>{localized(text.addMember)}</h2>
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
      <Field label={localized(text.scale)} error={errorAt(errors(), 'scale')}>
        {(id) => (
          <input
            id={id}
            class="field__input"
            value={scale()}
            onInput={(e) => setScale(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={localized(text.title)} error={errorAt(errors(), 'officerTitle')}>
        {(id) => (
          <select
            id={id}
            class="field__input"
            value={title()}
            onChange={(e) => setTitle(e.currentTarget.value as OfficerTitle | '')}
          >
            <option value="">{localized(text.plainMember)}</option>
            <For each={OFFICER_TITLES}>
              {(t) => <option value={t}>{localized(OFFICER_LABELS[t])}</option>}
            </For>
          </select>
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
      <div class="form__actions">
        <button class="button button--primary" type="submit">
          {localized(text.addMember)}
        </button>
      </div>
    </form>
  );
}

function BranchForm(props: {
  villageId: string;
  association: AssociationKey;
  onAdded: () => void;
}): JSX.Element {
  const [name, setName] = createSignal('');
  const [post, setPost] = createSignal<BranchPost>('member');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const answer = await call(
      `/api/plugins/industry-chain/villages/${props.villageId}/associations/${props.association}/branch-members`,
      { method: 'POST', json: { name: name(), post: post() } },
    );
    if (!answer.ok) return setErrors(answer.errors);
    setErrors([]);
    setName('');
    props.onAdded();
  };
  return (
    <form class="form" onSubmit={submit}>
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
          <select
            id={id}
            class="field__input"
            value={post()}
            onChange={(e) => setPost(e.currentTarget.value as BranchPost)}
          >
            <For each={BRANCH_POSTS}>
              {(p) => <option value={p}>{localized(BRANCH_POST_LABELS[p])}</option>}
            </For>
          </select>
        )}
      </Field>
      <div class="form__actions form__actions--start">
        <button class="button" type="submit">
          {localized(text.addBranchMember)}
        </button>
      </div>
    </form>
  );
}

/** The associations of a village: an overview of the four, then one association's members and branch. */
export function AssociationsPage(): JSX.Element {
  const { villageId, Picker } = useVillagePicker('industry-chain');
  const [association, setAssociation] = createSignal<AssociationKey>('sericulture');
  const api = () => `/api/plugins/industry-chain/villages/${villageId()}`;
  const [overview, { refetch: refetchOverview }] = createResource(villageId, (id) =>
    id
      ? read<{ items: Overview[]; meetingDay: string }>(
          `/api/plugins/industry-chain/villages/${id}/associations`,
        )
      : undefined,
  );
  const source = () => (villageId() ? { village: villageId(), key: association() } : undefined);
  const [members, { refetch: refetchMembers }] = createResource(source, ({ village, key }) =>
    read<{ items: Member[]; total: number }>(
      `/api/plugins/industry-chain/villages/${village}/associations/${key}/members?pageSize=100`,
    ),
  );
  const [branch, { refetch: refetchBranch }] = createResource(source, ({ village, key }) =>
    ASSOCIATIONS.find((a) => a.key === key)?.hasPartyBranch
      ? read<{ items: BranchMember[] }>(
          `/api/plugins/industry-chain/villages/${village}/associations/${key}/branch-members`,
        )
      : Promise.resolve({ items: [] }),
  );
  const current = () => ASSOCIATIONS.find((a) => a.key === association());
  const refresh = () => {
    void refetchMembers();
    void refetchBranch();
    void refetchOverview();
  };
  const leave = async (id: string) => {
    await call(`${api()}/members/${id}`, { method: 'PATCH', json: { leftOn: today() } });
    refresh();
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
      <Show when={!overview.error} fallback={<p class="alert alert--error">{localized(text.failed)}</p>}>
        <div class="facts">
          <For each={overview()?.items}>
            {(a) => (
              <button
                type="button"
                class={a.key === association() ? 'card card--selected' : 'card'}
                aria-pressed={a.key === association()}
                onClick={() => setAssociation(a.key)}
              >
                <strong>{localized(a.name)}</strong>
                <br />
                {a.memberCount} {localized(text.members)}
                <Show when={a.branchName}>
                  {(name) => <span class="badge badge--accent">{localized(name())}</span>}
                </Show>
                <br />
                <span class="muted">
                  {a.officers.map((o) => `${localized(OFFICER_LABELS[o.officerTitle])} ${o.name}`).join('，')}
                </span>
              </button>
            )}
          </For>
        </div>
        <div class="card stack">
          <h2>
            {localized(current()?.name ?? text.heading)} · {localized(text.members)}
          </h2>
          <p class="muted">
            {current()
              ?.services.map((s) => localized(s.name))
              .join('、')}
          </p>
          <div class="table-scroll">
            <table class="table">
              <thead>
                <tr>
                  <th>{localized(text.name)}</th>
                  <th>{localized(text.title)}</th>
                  <th>{localized(text.scale)}</th>
                  <th>{localized(text.joinedOn)}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                <For each={members()?.items}>
                  {(m) => (
                    <tr>
                      <td>{m.name}</td>
                      <td>
                        {m.officerTitle
                          ? localized(OFFICER_LABELS[m.officerTitle])
                          : localized(text.plainMember)}
                      </td>
                      <td>{m.scale}</td>
                      <td>{m.joinedOn}</td>
                      <td>
                        <button
                          class="button button--quiet button--small"
                          type="button"
                          onClick={() => leave(m.id)}
                        >
                          {localized(text.leave)}
                        </button>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </div>
        <div class="card stack">
          <h2>
            {current()?.branchName ? localized(current()?.branchName ?? text.branch) : localized(text.branch)}
          </h2>
          <Show when={current()?.hasPartyBranch} fallback={<p class="muted">{localized(text.noBranch)}</p>}>
            <ul>
              <For each={branch()?.items}>
                {(m) => (
                  <li>
                    {localized(BRANCH_POST_LABELS[m.post])} {m.name}
                  </li>
                )}
              </For>
            </ul>
            <BranchForm villageId={villageId()} association={association()} onAdded={refresh} />
          </Show>
        </div>
        <Show when={villageId()}>
          <MemberForm villageId={villageId()} association={association()} onAdded={refresh} />
        </Show>
      </Show>
    </section>
  );
}
