import { definePluginAdmin, localized } from '@cunshe/plugin-sdk/admin';
import { createResource, createSignal, For, Show } from 'solid-js';

const text = {
  heading: { 'zh-CN': '__name_zh__会员', en: '__name_en__ members' },
  village: { 'zh-CN': '村庄编号', en: 'Village id' },
  empty: { 'zh-CN': '还没有会员。', en: 'No members yet.' },
  failed: {
    'zh-CN': '读取失败：该村未启用本插件，或不在您的范围内。',
    en: 'Could not load: not enabled in this village, or outside your scope.',
  },
};

function MembersPage() {
  const [villageId, setVillageId] = createSignal(new URLSearchParams(location.search).get('village') ?? '');
  const [members] = createResource(villageId, async (id) => {
    const res = await fetch(`/api/plugins/__id__/villages/${id}/members`, { credentials: 'same-origin' });
    if (!res.ok) throw new Error(String(res.status));
    return (await res.json()) as { meetingDay: string; items: { id: string; name: string }[] };
  });
  return (
    <section>
      <h1>{localized(text.heading)}</h1>
      <label>
        {localized(text.village)}
        <input value={villageId()} onChange={(event) => setVillageId(event.currentTarget.value)} />
      </label>
      <Show when={!members.error} fallback={<p role="alert">{localized(text.failed)}</p>}>
        <Show when={(members()?.items.length ?? 0) > 0} fallback={<p>{localized(text.empty)}</p>}>
          <ul>
            <For each={members()?.items}>{(member) => <li>{member.name}</li>}</For>
          </ul>
        </Show>
      </Show>
    </section>
  );
}

export default definePluginAdmin({
  pages: [{ path: '/', title: text.heading, component: MembersPage }],
});
