import { DropdownMenu } from '@kobalte/core/dropdown-menu';
import { useMutation, useQueryClient } from '@tanstack/solid-query';
import { For, type JSX } from 'solid-js';
import { confirm } from '../components/confirm-dialog';
import type { DataTableSelection } from '../components/data-table';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import { type VillageType, villageTypeKey, villageTypesOrNone } from './village-types';
import { setVillageTypes, townshipsQueryKey, type VillageListItem, villagesQueryKey } from './villages-api';

const namesShown = 5;

/**
 * The village list's bulk action: choose a type for the selected villages, confirm, and set it. Says how
 * many villages changed, then refreshes the list and the township counts.
 */
export function SetTypeMenu(props: { selection: DataTableSelection<VillageListItem> }): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();

  const setTypes = useMutation(() => ({
    mutationFn: (input: { ids: string[]; type: VillageType | null }) =>
      setVillageTypes(input.ids, input.type),
    onSuccess: (outcomes, input) => {
      const changed = outcomes.filter((outcome) => outcome.isChanged).length;
      const unchanged = outcomes.length - changed;
      showToast({
        kind: 'success',
        title: t('villages.bulk.done', { changed, type: t(villageTypeKey(input.type)) }),
        description: unchanged > 0 ? t('villages.bulk.doneUnchanged', { unchanged }) : undefined,
      });
      props.selection.clear();
    },
    onError: (error: unknown) =>
      showToast({
        kind: 'error',
        title: t('villages.bulk.failed'),
        description: error instanceof Error ? error.message : undefined,
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: villagesQueryKey }),
        queryClient.invalidateQueries({ queryKey: townshipsQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  }));

  const choose = async (type: VillageType | null): Promise<void> => {
    const { keys, rows } = props.selection;
    const names = rows.slice(0, namesShown).map((row) => row.name);
    const typeName = t(villageTypeKey(type));
    const isConfirmed = await confirm({
      title: t('villages.bulk.confirmTitle', { count: keys.length, type: typeName }),
      description: t('villages.bulk.confirmDescription', {
        names: rows.length > namesShown ? `${names.join('、')}…` : names.join('、'),
      }),
      confirmLabel: t('villages.bulk.confirmLabel'),
    });
    if (isConfirmed) setTypes.mutate({ ids: keys, type });
  };

  return (
    <DropdownMenu>
      <DropdownMenu.Trigger class="button button--small" disabled={setTypes.isPending}>
        {t('villages.bulk.setType')}
        <span aria-hidden="true">▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content class="menu">
          <For each={villageTypesOrNone}>
            {(type) => (
              <DropdownMenu.Item
                class="menu__item"
                onSelect={() => void choose(type === 'none' ? null : type)}
              >
                {t(villageTypeKey(type))}
              </DropdownMenu.Item>
            )}
          </For>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu>
  );
}
