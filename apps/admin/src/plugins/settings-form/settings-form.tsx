import { Button } from '@kobalte/core/button';
import { useMutation, useQueryClient } from '@tanstack/solid-query';
import { createEffect, createMemo, createSignal, For, type JSX, on, Show } from 'solid-js';
import { ApiError } from '../../api/client';
import { showToast } from '../../components/toast';
import { useI18n } from '../../i18n/i18n';
import { type ResolvedSettings, saveVillageSettings } from '../plugins-api';
import {
  currentValueOf,
  type DraftError,
  draftOf,
  inheritedOf,
  isDraftChanged,
  type SettingsDraft,
  sourceOf,
  valuesOf,
} from './settings-draft';
import { SettingsFormField } from './settings-form-field';
import { settingFieldsOf } from './settings-schema';

/** Props of `SettingsForm`. */
export interface SettingsFormProps {
  villageId: string;
  pluginId: string;
  settingsSchema: Record<string, unknown>;
  settings: ResolvedSettings;
  /** Shows the values without letting them be changed (no `plugins:manage`). */
  isReadOnly: boolean;
  /** Called after a save, to refresh the settings. */
  onSaved: () => Promise<unknown>;
}

// The server names a bad value `values.<key>` (or deeper, `values.<key>.<part>`).
function serverFieldErrors(error: unknown): { byKey: Record<string, string>; other: string[] } {
  const byKey: Record<string, string> = {};
  const other: string[] = [];
  if (!(error instanceof ApiError)) return { byKey, other };
  for (const fieldError of error.problem.errors ?? []) {
    const [head, key] = fieldError.path.split('.');
    if (head === 'values' && key) byKey[key] ??= fieldError.message;
    else other.push(fieldError.message);
  }
  return { byKey, other };
}

/**
 * A plugin's settings for one village, rendered from the plugin's settings schema. Each value shows where it
 * comes from (default, county, township or the village); a value the village sets can be handed back to the
 * level above. Saving replaces the village's own values (`PUT /api/villages/{id}/plugins/{pluginId}/settings`).
 */
export function SettingsForm(props: SettingsFormProps): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const fields = createMemo(() => settingFieldsOf(props.settingsSchema));
  const saved = createMemo(() => JSON.stringify(props.settings.levels.village));
  const [draft, setDraft] = createSignal<SettingsDraft>(draftOf(fields(), props.settings.levels.village));
  const [draftErrors, setDraftErrors] = createSignal<Record<string, DraftError>>({});
  // A refetch that brings other saved values (e.g. after saving) starts the draft again from them.
  createEffect(on(saved, () => setDraft(draftOf(fields(), props.settings.levels.village)), { defer: true }));

  const save = useMutation(() => ({
    mutationFn: (values: Record<string, unknown>) =>
      saveVillageSettings({ villageId: props.villageId, pluginId: props.pluginId, values }),
    onSuccess: async () => {
      await props.onSaved();
      showToast({ kind: 'success', title: t('plugins.settings.saved') });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['audit'] }),
  }));
  const serverErrors = () => serverFieldErrors(save.error);
  const errorOf = (key: string) => {
    const clientError = draftErrors()[key];
    if (!clientError) return serverErrors().byKey[key];
    return t(`plugins.settings.errors.${clientError.code}`, { limit: clientError.limit ?? '' });
  };
  const savedDraft = () => draftOf(fields(), props.settings.levels.village);
  const isFieldUnsaved = (key: string) =>
    key in draft() !== key in savedDraft() ||
    JSON.stringify(draft()[key]) !== JSON.stringify(savedDraft()[key]);

  const change = (key: string, value: unknown) => {
    setDraft({ ...draft(), [key]: value });
    setDraftErrors(({ [key]: _, ...rest }) => rest);
    if (save.isError) save.reset();
  };
  const inherit = (key: string) => {
    const { [key]: _, ...rest } = draft();
    setDraft(rest);
    setDraftErrors(({ [key]: _dropped, ...others }) => others);
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const { values, errors } = valuesOf(fields(), draft());
    setDraftErrors(errors);
    if (Object.keys(errors).length === 0) save.mutate(values);
  };

  return (
    <Show when={fields().length > 0} fallback={<p class="muted">{t('plugins.settings.none')}</p>}>
      <form class="settings-form" onSubmit={submit} novalidate>
        <p class="card__hint settings-form__hint">{t('plugins.settings.hint')}</p>
        <Show
          when={
            save.isError &&
            (serverErrors().other.length > 0 || Object.keys(serverErrors().byKey).length === 0)
          }
        >
          <div class="alert alert--error" role="alert">
            <p class="alert__title">{t('plugins.settings.saveFailed')}</p>
            <For each={serverErrors().other.length > 0 ? serverErrors().other : [save.error?.message ?? '']}>
              {(message) => <p>{message}</p>}
            </For>
          </div>
        </Show>
        <div class="settings-form__fields">
          <For each={fields()}>
            {(field) => (
              <SettingsFormField
                field={field}
                value={currentValueOf(field, draft(), props.settings)}
                source={sourceOf(field, draft(), props.settings)}
                isUnsaved={isFieldUnsaved(field.key)}
                inherited={inheritedOf(field, props.settings)}
                error={errorOf(field.key)}
                isReadOnly={props.isReadOnly}
                onChange={(value) => change(field.key, value)}
                onInherit={() => inherit(field.key)}
              />
            )}
          </For>
        </div>
        <Show when={!props.isReadOnly}>
          <div class="form__actions form__actions--start">
            <Button
              type="submit"
              class="button button--primary"
              disabled={save.isPending || !isDraftChanged(fields(), draft(), props.settings)}
            >
              {save.isPending ? t('plugins.settings.saving') : t('plugins.settings.save')}
            </Button>
            <Show when={isDraftChanged(fields(), draft(), props.settings)}>
              <Button
                class="button"
                onClick={() => {
                  setDraft(savedDraft());
                  setDraftErrors({});
                  save.reset();
                }}
              >
                {t('plugins.settings.reset')}
              </Button>
            </Show>
          </div>
        </Show>
      </form>
    </Show>
  );
}
