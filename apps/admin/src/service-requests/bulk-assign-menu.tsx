import { DropdownMenu } from '@kobalte/core/dropdown-menu';
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query';
import { For, type JSX } from 'solid-js';
import { useMe } from '../auth/me-context';
import type { DataTableSelection } from '../components/data-table';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import {
  assignServiceRequests,
  fetchAssignees,
  type ServiceRequest,
  serviceRequestsQueryKey,
} from './service-requests-api';

/**
 * Assigns the selected requests to one staff member at once: the staff of their village when they share one,
 * else the signed-in user.
 */
export function BulkAssignMenu(props: { selection: DataTableSelection<ServiceRequest> }): JSX.Element {
  const { t } = useI18n();
  const { me } = useMe();
  const queryClient = useQueryClient();
  const village = () => {
    const ids = new Set(props.selection.rows.map((row) => row.village.id));
    return ids.size === 1 ? [...ids][0] : undefined;
  };
  const assignees = useQuery(() => ({
    queryKey: [...serviceRequestsQueryKey, 'assignees', village()],
    queryFn: () => fetchAssignees(village() ?? ''),
    enabled: village() !== undefined,
  }));
  const choices = () =>
    village()
      ? (assignees.data ?? [])
      : [{ id: me().user.id, name: me().user.displayName, role: me().user.role }];
  const assign = useMutation(() => ({
    mutationFn: (assigneeId: string) => assignServiceRequests(props.selection.keys, assigneeId),
    onSuccess: () => {
      showToast({
        kind: 'success',
        title: t('serviceRequests.bulk.done', { count: props.selection.keys.length }),
      });
      props.selection.clear();
    },
    onError: (error: unknown) =>
      showToast({
        kind: 'error',
        title: t('serviceRequests.bulk.failed'),
        description: error instanceof Error ? error.message : undefined,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: serviceRequestsQueryKey }),
  }));
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger class="button button--small" disabled={assign.isPending}>
        {t('serviceRequests.bulk.assign')}
        <span aria-hidden="true">▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content class="menu">
          <div class="menu__header">
            {t('serviceRequests.bulk.title', { count: props.selection.keys.length })}
          </div>
          <For each={choices()}>
            {(person) => (
              <DropdownMenu.Item class="menu__item" onSelect={() => assign.mutate(person.id)}>
                {person.name}
              </DropdownMenu.Item>
            )}
          </For>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu>
  );
}
