import { A } from '@solidjs/router';
import { For, type JSX, Show } from 'solid-js';
import { useI18n } from '../../i18n/i18n';
import { VillageTypeBadge } from '../../villages/village-type-badge';
import type { PluginEnablement } from '../plugins-api';
import '../../components/data-table/data-table.css';
import '../../villages/villages.css';

/** The villages where a plugin is enabled, each linking to its village page. */
export function PluginVillages(props: { pluginName: string; villages: PluginEnablement[] }): JSX.Element {
  const { t } = useI18n();
  return (
    <Show when={props.villages.length > 0} fallback={<p class="muted">{t('plugins.county.noVillages')}</p>}>
      <div class="table-scroll">
        <table class="table">
          <caption class="visually-hidden">
            {t('plugins.county.villagesCaption', { name: props.pluginName })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('plugins.county.village')}</th>
              <th scope="col">{t('plugins.county.township')}</th>
              <th scope="col">{t('plugins.county.type')}</th>
              <th scope="col">{t('plugins.county.override')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.villages}>
              {(village) => (
                <tr>
                  <td>
                    <A href={`/villages/${village.villageId}`}>{village.villageName}</A>
                    <span class="mono muted plugin-villages__code">{village.villageCode}</span>
                  </td>
                  <td>{village.townshipName}</td>
                  <td>
                    <VillageTypeBadge type={village.type} />
                  </td>
                  <td class="plugin-villages__reason">{village.overrideReason ?? '—'}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
