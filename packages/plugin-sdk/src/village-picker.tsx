import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { localized } from './admin';
import { read } from './admin-api';

interface Enablement {
  pluginId: string;
  villageId: string;
  villageName: string;
  townshipName: string;
}

const text = {
  village: { 'zh-CN': '村', en: 'Village' },
  choose: { 'zh-CN': '请选择村', en: 'Choose a village' },
  none: {
    'zh-CN': '您的范围内还没有村启用本插件。',
    en: 'No village in your scope has this plugin enabled yet.',
  },
};

/**
 * The villages of the user's scope where the plugin is enabled (the host's `/api/plugin-enablements`), as a
 * select; the chosen one is kept in the address (`?village=`), so a page can be linked to.
 */
export function useVillagePicker(pluginId: string): {
  villageId: () => string;
  Picker: () => JSX.Element;
} {
  const initial = new URLSearchParams(location.search).get('village') ?? '';
  const [villageId, setVillageId] = createSignal(initial);
  const [villages] = createResource(async () => {
    const { items } = await read<{ items: Enablement[] }>('/api/plugin-enablements');
    const mine = items.filter((item) => item.pluginId === pluginId);
    if (!villageId() && mine[0]) setVillageId(mine[0].villageId);
    return mine;
  });
  const choose = (id: string) => {
    setVillageId(id);
    const url = new URL(location.href);
    url.searchParams.set('village', id);
    history.replaceState(history.state, '', url);
  };
  const Picker = () => (
    <Show
      when={(villages()?.length ?? 1) > 0}
      fallback={<p class="alert alert--info">{localized(text.none)}</p>}
    >
      <label class="field">
        <span class="field__label">{localized(text.village)}</span>
        <select class="field__input" value={villageId()} onChange={(e) => choose(e.currentTarget.value)}>
          <option value="" disabled>
            {localized(text.choose)}
          </option>
          <For each={villages()}>
            {(v) => (
              <option value={v.villageId}>
                {v.townshipName} {v.villageName}
              </option>
            )}
          </For>
        </select>
      </label>
    </Show>
  );
  return { villageId, Picker };
}
