import { useQuery } from '@tanstack/solid-query';
import { type JSX, Match, Switch } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { fetchTownships, fetchVillage, townshipsQueryKey, villagesQueryKey } from '../villages/villages-api';
import type { ManagedUser } from './users-api';

/** The name of a township by id, from the (cached) township list; undefined while loading or unknown. */
export function useTownshipName(id: () => string | null): () => string | undefined {
  const townships = useQuery(() => ({ queryKey: townshipsQueryKey, queryFn: fetchTownships }));
  return () => townships.data?.find((township) => township.id === id())?.name;
}

/** The name of a village by id (one cached request per village); undefined while loading or unknown. */
export function useVillageName(id: () => string | null): () => string | undefined {
  const village = useQuery(() => ({
    queryKey: [...villagesQueryKey, 'one', id()],
    queryFn: () => fetchVillage(id() ?? ''),
    enabled: id() !== null,
    staleTime: 5 * 60_000,
  }));
  return () => village.data?.name;
}

/** Where a user works, by name: 全县, a township, or a village with its township. */
export function UserScope(props: { user: ManagedUser }): JSX.Element {
  const { t } = useI18n();
  const townshipName = useTownshipName(() => (props.user.townshipName ? null : props.user.townshipId));
  const villageName = useVillageName(() => (props.user.villageName ? null : props.user.villageId));
  const township = () => props.user.townshipName ?? townshipName() ?? t('users.scope.unknown');
  const village = () => props.user.villageName ?? villageName() ?? t('users.scope.unknown');

  return (
    <Switch fallback={t('users.scope.county')}>
      <Match when={props.user.villageId}>
        <span class="user-scope">
          {village()}
          <span class="muted"> · {township()}</span>
        </span>
      </Match>
      <Match when={props.user.townshipId}>{township()}</Match>
    </Switch>
  );
}
