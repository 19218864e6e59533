import { Accordion } from '@kobalte/core/accordion';
import { A } from '@solidjs/router';
import { createUniqueId, For, type JSX, Show } from 'solid-js';
import { useMe } from '../../auth/me-context';
import { useI18n } from '../../i18n/i18n';
import { pluginPageHref } from '../plugin-page/page-path';
import { pluginText, typeNames } from '../plugin-text';
import type { InstalledPlugin, PluginEnablement } from '../plugins-api';
import { EnableByTypeForm } from './enable-by-type-form';
import { PluginAssociations, PluginForms, PluginStations } from './plugin-catalogue';
import { PluginVillages } from './plugin-villages';

function Section(props: { value: string; title: string; count: number; children: JSX.Element }): JSX.Element {
  return (
    <Accordion.Item value={props.value} class="accordion__item">
      <Accordion.Header class="accordion__header">
        <Accordion.Trigger class="accordion__trigger">
          <span>{props.title}</span>
          <span class="accordion__count">{props.count}</span>
          <span class="accordion__icon" aria-hidden="true">
            ▾
          </span>
        </Accordion.Trigger>
      </Accordion.Header>
      <Accordion.Content class="accordion__content">{props.children}</Accordion.Content>
    </Accordion.Item>
  );
}

/** Props of `PluginOverview`. */
export interface PluginOverviewProps {
  plugin: InstalledPlugin;
  /** The villages where it is enabled; undefined while they load or when they cannot be read. */
  villages: PluginEnablement[] | undefined;
}

/** One installed plugin on the county's plugins page: its catalogue, its pages and the villages that have it. */
export function PluginOverview(props: PluginOverviewProps): JSX.Element {
  const { t, locale } = useI18n();
  const { can } = useMe();
  const headingId = createUniqueId();
  const name = () => pluginText(props.plugin.name, locale());
  const { catalogue } = props.plugin;

  return (
    <article class="card plugin-overview" aria-labelledby={headingId}>
      <div class="plugin-overview__head">
        <div>
          <h2 id={headingId} class="card__title plugin-overview__name">
            {name()}
            <span class="plugin-item__version mono">v{props.plugin.version}</span>
          </h2>
          <p class="plugin-item__types">
            {t('plugins.types.list', { types: typeNames(props.plugin.villageTypes, t) })}
          </p>
        </div>
        <Show when={props.villages}>
          {(villages) => (
            <span
              class="badge"
              classList={{ 'badge--ok': villages().length > 0, 'badge--muted': villages().length === 0 }}
            >
              {t('plugins.county.villageCount', { count: villages().length })}
            </span>
          )}
        </Show>
      </div>
      <Show when={catalogue.navigation.length > 0}>
        <nav class="plugin-overview__pages" aria-label={`${name()} · ${t('plugins.county.pages')}`}>
          <For each={catalogue.navigation}>
            {(entry) => (
              <A class="button button--small" href={pluginPageHref(props.plugin.id, entry.path)}>
                {pluginText(entry.label, locale())}
              </A>
            )}
          </For>
        </nav>
      </Show>
      <Accordion class="accordion" multiple collapsible>
        <Section
          value="stations"
          title={t('plugins.county.stations')}
          count={catalogue.serviceStations.length}
        >
          <PluginStations plugin={props.plugin} />
        </Section>
        <Section
          value="associations"
          title={t('plugins.county.associations')}
          count={catalogue.associations.length}
        >
          <PluginAssociations plugin={props.plugin} />
        </Section>
        <Section value="forms" title={t('plugins.county.forms')} count={catalogue.forms.length}>
          <PluginForms plugin={props.plugin} />
        </Section>
        <Section value="villages" title={t('plugins.county.villages')} count={props.villages?.length ?? 0}>
          <PluginVillages pluginName={name()} villages={props.villages ?? []} />
        </Section>
      </Accordion>
      <Show when={can('plugins:manage')}>
        <div class="plugin-overview__by-type">
          <h3 class="plugin-overview__subheading">{t('plugins.county.byType.heading')}</h3>
          <EnableByTypeForm plugin={props.plugin} />
        </div>
      </Show>
    </article>
  );
}
