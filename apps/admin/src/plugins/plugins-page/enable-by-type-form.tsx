import { Button } from '@kobalte/core/button';
import { useMutation, useQueryClient } from '@tanstack/solid-query';
import { createSignal, type JSX } from 'solid-js';
import { confirm } from '../../components/confirm-dialog';
import { SelectField } from '../../components/form-field';
import { showToast } from '../../components/toast';
import { useI18n } from '../../i18n/i18n';
import { isVillageType, type VillageType, villageTypeKey, villageTypes } from '../../villages/village-types';
import { villagesQueryKey } from '../../villages/villages-api';
import { pluginText } from '../plugin-text';
import { enablementsQueryKey, enablePluginByType, type InstalledPlugin } from '../plugins-api';

/** Enables a plugin on every village of one of the types it serves, after a confirmation. */
export function EnableByTypeForm(props: { plugin: InstalledPlugin }): JSX.Element {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const types = (): VillageType[] =>
    props.plugin.villageTypes === 'any' ? [...villageTypes] : props.plugin.villageTypes.filter(isVillageType);
  const [type, setType] = createSignal<VillageType | undefined>(types()[0]);
  const name = () => pluginText(props.plugin.name, locale());

  const enable = useMutation(() => ({
    mutationFn: (chosen: VillageType) => enablePluginByType({ pluginId: props.plugin.id, type: chosen }),
    onSuccess: (result, chosen) =>
      showToast({
        kind: 'success',
        title: t('plugins.county.byType.done', {
          enabled: result.enabled,
          type: t(villageTypeKey(chosen)),
          name: name(),
        }),
        description:
          result.unchanged > 0
            ? t('plugins.county.byType.doneUnchanged', { unchanged: result.unchanged })
            : undefined,
      }),
    onError: (error: Error) =>
      showToast({ kind: 'error', title: t('plugins.county.byType.failed'), description: error.message }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: enablementsQueryKey }),
        queryClient.invalidateQueries({ queryKey: villagesQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  }));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = type();
    if (!chosen) return;
    const typeName = t(villageTypeKey(chosen));
    const isConfirmed = await confirm({
      title: t('plugins.county.byType.confirmTitle', { type: typeName, name: name() }),
      description: t('plugins.county.byType.confirmDescription', { type: typeName }),
      confirmLabel: t('plugins.county.byType.confirmLabel'),
    });
    if (isConfirmed) enable.mutate(chosen);
  };

  return (
    <form class="by-type" onSubmit={(event) => void submit(event)}>
      <SelectField
        class="by-type__select"
        label={t('plugins.county.byType.type')}
        options={types().map((value) => ({ value, label: t(villageTypeKey(value)) }))}
        value={type()}
        onChange={(value) => setType(isVillageType(value) ? value : undefined)}
      />
      <Button type="submit" class="button" disabled={enable.isPending || !type()}>
        {t('plugins.county.byType.submit')}
      </Button>
    </form>
  );
}
