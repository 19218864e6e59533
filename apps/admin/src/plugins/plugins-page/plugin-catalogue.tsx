import { For, type JSX, Show } from 'solid-js';
import { useI18n } from '../../i18n/i18n';
import { pluginText } from '../plugin-text';
import type { InstalledPlugin, PluginService } from '../plugins-api';

function Services(props: { services: PluginService[] }): JSX.Element {
  const { t, locale } = useI18n();
  return (
    <Show when={props.services.length > 0}>
      <ul class="catalogue__services" aria-label={t('plugins.county.services')}>
        <For each={props.services}>
          {(service) => (
            <li>
              {pluginText(service.name, locale())}
              <Show when={service.provider}>
                {(provider) => (
                  <span class="muted">
                    {' · '}
                    {t('plugins.county.provider', { provider: pluginText(provider(), locale()) })}
                  </span>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/** A plugin's service stations, with their category, hours and services. */
export function PluginStations(props: { plugin: InstalledPlugin }): JSX.Element {
  const { t, locale } = useI18n();
  return (
    <Show
      when={props.plugin.catalogue.serviceStations.length > 0}
      fallback={<p class="muted">{t('plugins.county.noneDeclared')}</p>}
    >
      <ul class="catalogue">
        <For each={props.plugin.catalogue.serviceStations}>
          {(station) => (
            <li class="catalogue__item">
              <p class="catalogue__name">
                {pluginText(station.name, locale())}
                <span class="badge badge--muted">{t(`plugins.county.category.${station.category}`)}</span>
              </p>
              <Show when={station.openingHours}>
                {(hours) => (
                  <p class="catalogue__detail muted">
                    {t('plugins.county.openingHours', { hours: hours() })}
                  </p>
                )}
              </Show>
              <Services services={station.services} />
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/** A plugin's associations (协会), with their party branch and services. */
export function PluginAssociations(props: { plugin: InstalledPlugin }): JSX.Element {
  const { t, locale } = useI18n();
  return (
    <Show
      when={props.plugin.catalogue.associations.length > 0}
      fallback={<p class="muted">{t('plugins.county.noneDeclared')}</p>}
    >
      <ul class="catalogue">
        <For each={props.plugin.catalogue.associations}>
          {(association) => (
            <li class="catalogue__item">
              <p class="catalogue__name">
                {pluginText(association.name, locale())}
                <Show when={association.hasPartyBranch}>
                  <span class="badge badge--accent">{t('plugins.county.hasPartyBranch')}</span>
                </Show>
              </p>
              <Services services={association.services} />
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/** A plugin's forms, each with its version and the station that handles it. */
export function PluginForms(props: { plugin: InstalledPlugin }): JSX.Element {
  const { t, locale } = useI18n();
  const stationName = (key: string) => {
    const station = props.plugin.catalogue.serviceStations.find((candidate) => candidate.key === key);
    return station ? pluginText(station.name, locale()) : key;
  };
  return (
    <Show
      when={props.plugin.catalogue.forms.length > 0}
      fallback={<p class="muted">{t('plugins.county.noneDeclared')}</p>}
    >
      <ul class="catalogue">
        <For each={props.plugin.catalogue.forms}>
          {(form) => (
            <li class="catalogue__item">
              <p class="catalogue__name">{pluginText(form.title, locale())}</p>
              <p class="catalogue__detail muted">
                <span class="mono">{form.key}</span> ·{' '}
                {t('plugins.county.formVersion', { version: form.version })}
                <Show when={form.station}>
                  {(station) => (
                    <> · {t('plugins.county.formStation', { station: stationName(station()) })}</>
                  )}
                </Show>
              </p>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
