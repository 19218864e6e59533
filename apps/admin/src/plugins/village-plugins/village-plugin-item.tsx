import { pluginAdminLoaders } from 'virtual:cunshe-plugin-admin';
import { Button } from '@kobalte/core/button';
import { A } from '@solidjs/router';
import { useMutation, useQueryClient } from '@tanstack/solid-query';
import { createSignal, createUniqueId, type JSX, Show } from 'solid-js';
import { confirm } from '../../components/confirm-dialog';
import { showToast } from '../../components/toast';
import { useI18n } from '../../i18n/i18n';
import { pluginText, typeNames } from '../plugin-text';
import { disablePlugin, enablementsQueryKey, enablePlugin, type VillagePlugin } from '../plugins-api';
import { SettingsForm } from '../settings-form/settings-form';
import { EnableOverrideDialog } from './enable-override-dialog';

/** Props of `VillagePluginItem`. */
export interface VillagePluginItemProps {
  plugin: VillagePlugin;
  villageId: string;
  villageName: string;
  /** The village's type, named (e.g. 产业型, or 未分类). */
  villageType: string;
  canManage: boolean;
  /** Refreshes the village's plugins after a change. */
  refresh: () => Promise<unknown>;
}

/** One plugin on a village page: what it is, whether it is enabled (and why), its actions and settings. */
export function VillagePluginItem(props: VillagePluginItemProps): JSX.Element {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [isOverrideOpen, setIsOverrideOpen] = createSignal(false);
  const [isSettingsOpen, setIsSettingsOpen] = createSignal(false);
  const settingsId = createUniqueId();
  const headingId = createUniqueId();
  const name = () => pluginText(props.plugin.name, locale());
  const hasPages = () => props.plugin.id in pluginAdminLoaders;
  const afterChange = () =>
    Promise.all([
      props.refresh(),
      queryClient.invalidateQueries({ queryKey: enablementsQueryKey }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);

  const enable = useMutation(() => ({
    mutationFn: (overrideReason?: string) =>
      enablePlugin({ villageId: props.villageId, pluginId: props.plugin.id, overrideReason }),
    onSuccess: async () => {
      await afterChange();
      setIsOverrideOpen(false);
      showToast({ kind: 'success', title: t('plugins.village.enabledToast', { name: name() }) });
    },
    onError: (error: Error) => {
      // A missing or refused reason is shown at the reason in the dialog; anything else as a toast.
      if (isOverrideOpen()) return;
      showToast({
        kind: 'error',
        title: t('plugins.village.enableFailed', { name: name() }),
        description: error.message,
      });
    },
  }));
  const disable = useMutation(() => ({
    mutationFn: () => disablePlugin({ villageId: props.villageId, pluginId: props.plugin.id }),
    onSuccess: async () => {
      await afterChange();
      setIsSettingsOpen(false);
      showToast({ kind: 'success', title: t('plugins.village.disabledToast', { name: name() }) });
    },
    onError: (error: Error) =>
      showToast({
        kind: 'error',
        title: t('plugins.village.disableFailed', { name: name() }),
        description: error.message,
      }),
  }));

  const startEnable = () => {
    if (props.plugin.isTargeted) {
      enable.mutate(undefined);
      return;
    }
    enable.reset();
    setIsOverrideOpen(true);
  };
  const startDisable = async () => {
    const isConfirmed = await confirm({
      title: t('plugins.village.disableTitle', { name: name() }),
      description: t('plugins.village.disableDescription'),
      confirmLabel: t('plugins.village.disableLabel'),
    });
    if (isConfirmed) disable.mutate();
  };

  return (
    <li class="plugin-item" classList={{ 'is-enabled': props.plugin.isEnabled }} aria-labelledby={headingId}>
      <div class="plugin-item__head">
        <div class="plugin-item__identity">
          <h3 id={headingId} class="plugin-item__name">
            {name()}
            <span class="plugin-item__version mono">v{props.plugin.version}</span>
          </h3>
          <p class="plugin-item__types">
            {t('plugins.types.list', { types: typeNames(props.plugin.villageTypes, t) })}
          </p>
        </div>
        <div class="plugin-item__badges">
          <Show
            when={props.plugin.isEnabled}
            fallback={<span class="badge badge--muted">{t('plugins.village.notEnabled')}</span>}
          >
            <span class="badge badge--ok">{t('plugins.village.enabled')}</span>
          </Show>
          <Show when={!props.plugin.isTargeted}>
            <span class="badge badge--warn">{t('plugins.village.notTargeted')}</span>
          </Show>
        </div>
      </div>
      <Show when={props.plugin.isEnabled && props.plugin.overrideReason}>
        {(reason) => (
          <p class="plugin-item__reason">{t('plugins.village.overrideReason', { reason: reason() })}</p>
        )}
      </Show>
      <div class="button-row plugin-item__actions">
        <Show when={props.canManage}>
          <Show
            when={props.plugin.isEnabled}
            fallback={
              <Button
                class="button button--small"
                classList={{ 'button--primary': props.plugin.isTargeted }}
                disabled={enable.isPending}
                onClick={startEnable}
              >
                {t('plugins.village.enable')}
              </Button>
            }
          >
            <Button
              class="button button--small"
              disabled={disable.isPending}
              onClick={() => void startDisable()}
            >
              {t('plugins.village.disable')}
            </Button>
          </Show>
        </Show>
        <Show when={props.plugin.isEnabled && props.plugin.settingsSchema && props.plugin.settings}>
          <Button
            class="button button--small"
            aria-expanded={isSettingsOpen()}
            aria-controls={settingsId}
            onClick={() => setIsSettingsOpen(!isSettingsOpen())}
          >
            {isSettingsOpen() ? t('plugins.village.hideSettings') : t('plugins.village.showSettings')}
          </Button>
        </Show>
        <Show when={props.plugin.isEnabled && hasPages()}>
          <A
            class="button button--quiet button--small"
            href={`/plugins/${props.plugin.id}?village=${encodeURIComponent(props.villageId)}`}
          >
            {t('plugins.village.openPage')} →
          </A>
        </Show>
      </div>
      <Show when={isSettingsOpen() && props.plugin.isEnabled && props.plugin.settingsSchema}>
        {(schema) => (
          <Show when={props.plugin.settings}>
            {(settings) => (
              <section
                id={settingsId}
                class="plugin-item__settings"
                aria-label={t('plugins.settings.heading')}
              >
                <SettingsForm
                  villageId={props.villageId}
                  pluginId={props.plugin.id}
                  settingsSchema={schema()}
                  settings={settings()}
                  isReadOnly={!props.canManage}
                  onSaved={props.refresh}
                />
              </section>
            )}
          </Show>
        )}
      </Show>
      <EnableOverrideDialog
        open={isOverrideOpen()}
        onOpenChange={setIsOverrideOpen}
        pluginName={name()}
        pluginTypes={typeNames(props.plugin.villageTypes, t)}
        villageName={props.villageName}
        villageType={props.villageType}
        isPending={enable.isPending}
        error={enable.error}
        onSubmit={(reason) => enable.mutate(reason)}
      />
    </li>
  );
}
