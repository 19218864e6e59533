import { keepPreviousData, useQuery } from '@tanstack/solid-query';
import { createSignal, type JSX, onCleanup } from 'solid-js';
import { ComboboxField, type ComboboxOption } from '../components/combobox-field';
import { useI18n } from '../i18n/i18n';
import { fetchTownships, fetchVillages, townshipsQueryKey, villagesQueryKey } from '../villages/villages-api';

/** Props of the township and village pickers. */
export interface ScopePickerProps {
  value: ComboboxOption | undefined;
  onChange: (option: ComboboxOption | undefined) => void;
  error?: string;
}

/** A searchable choice of one of the county's townships. */
export function TownshipPicker(props: ScopePickerProps): JSX.Element {
  const { t } = useI18n();
  const townships = useQuery(() => ({ queryKey: townshipsQueryKey, queryFn: fetchTownships }));
  const options = () =>
    (townships.data ?? []).map((township) => ({
      value: township.id,
      label: township.name,
      description: township.code,
    }));
  return (
    <ComboboxField
      label={t('users.scope.township')}
      placeholder={t('users.scope.townshipPlaceholder')}
      emptyText={t('users.scope.noMatch')}
      options={options()}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      required
    />
  );
}

const searchDelayMs = 250;
const optionsShown = 20;

/** A choice of one of the county's villages, searched on the server by name, code or pinyin initials. */
export function VillagePicker(props: ScopePickerProps): JSX.Element {
  const { t } = useI18n();
  const [typed, setTyped] = createSignal('');
  const [text, setText] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const search = (value: string): void => {
    setTyped(value.trim());
    clearTimeout(timer);
    timer = setTimeout(() => setText(value.trim()), searchDelayMs);
  };
  const villages = useQuery(() => ({
    queryKey: [...villagesQueryKey, 'pick', text()],
    queryFn: () => fetchVillages({ q: text(), page: 1, pageSize: optionsShown, filters: {} }),
    placeholderData: keepPreviousData,
  }));
  // Only the answer for what is typed now is offered, so a quick Enter cannot pick a village of the last search.
  const isCurrent = () => typed() === text() && !villages.isPlaceholderData && !villages.isPending;
  const options = () =>
    (isCurrent() ? (villages.data?.items ?? []) : []).map((village) => ({
      value: village.id,
      label: village.name,
      description: `${village.townshipName} · ${village.code}`,
    }));
  return (
    <ComboboxField
      label={t('users.scope.village')}
      placeholder={t('users.scope.villagePlaceholder')}
      emptyText={isCurrent() ? t('users.scope.noMatch') : t('users.scope.searching')}
      options={options()}
      value={props.value}
      onChange={props.onChange}
      onInputChange={search}
      error={props.error}
      required
    />
  );
}
