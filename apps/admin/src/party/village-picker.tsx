import { useQuery } from '@tanstack/solid-query';
import { createSignal, type JSX } from 'solid-js';
import { ComboboxField, type ComboboxOption } from '../components/combobox-field';
import { useI18n } from '../i18n/i18n';
import { searchVillages } from './party-api';

/** A village of the user's scope, searched on the server by name, code or pinyin initials. */
export function VillagePicker(props: {
  value: ComboboxOption | undefined;
  onChange: (option: ComboboxOption | undefined) => void;
  label?: string;
  error?: string;
  class?: string;
}): JSX.Element {
  const { t } = useI18n();
  const [text, setText] = createSignal('');
  const villages = useQuery(() => ({
    queryKey: ['villages', 'picker', text()],
    queryFn: () => searchVillages(text()),
  }));
  return (
    <ComboboxField
      class={props.class}
      label={props.label ?? t('party.common.chooseVillage')}
      placeholder={t('party.common.chooseVillagePlaceholder')}
      emptyText={t('party.common.noVillage')}
      options={(villages.data?.items ?? []).map((village) => ({
        value: village.id,
        label: village.name,
        description: `${village.townshipName} · ${village.code}`,
      }))}
      value={props.value}
      onChange={props.onChange}
      onInputChange={setText}
      error={props.error}
    />
  );
}
