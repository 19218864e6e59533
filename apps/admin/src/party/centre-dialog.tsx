import { Button } from '@kobalte/core/button';
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { ApiError } from '../api/client';
import { useMe } from '../auth/me-context';
import type { ComboboxOption } from '../components/combobox-field';
import { Dialog } from '../components/dialog';
import { SelectField, TextField } from '../components/form-field';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import { fetchTownships, townshipsQueryKey } from '../villages/villages-api';
import {
  type Centre,
  type CentreKind,
  type CentreService,
  centreKinds,
  centreServices,
  centresQueryKey,
  createCentre,
  updateCentre,
} from './centres-api';
import { errorMessage, fieldError } from './party-format';
import { VillagePicker } from './village-picker';

/**
 * Sets up a centre (its place: a village, or a township for those who keep a township's centres) or edits
 * one (its place stays; the version loaded goes along, so a change made meanwhile is not overwritten).
 */
export function CentreDialog(props: {
  centre?: Centre | undefined;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}): JSX.Element {
  const { t } = useI18n();
  const { me } = useMe();
  const queryClient = useQueryClient();
  const ownVillage = me().scope.village;
  const keepsTownships = !ownVillage;
  const [level, setLevel] = createSignal<'village' | 'township'>('village');
  const [village, setVillage] = createSignal<ComboboxOption | undefined>(
    ownVillage ? { value: ownVillage.id, label: ownVillage.name } : undefined,
  );
  const [townshipId, setTownshipId] = createSignal<string>();
  const initial = props.centre;
  const [form, setForm] = createStore({
    kind: (initial?.kind ?? 'activity') as CentreKind,
    name: initial?.name ?? '',
    services: [...(initial?.services ?? [])] as CentreService[],
    address: initial?.address ?? '',
    openingHours: initial?.openingHours ?? '',
    personInCharge: initial?.personInCharge ?? '',
  });
  const townships = useQuery(() => ({
    queryKey: townshipsQueryKey,
    queryFn: fetchTownships,
    enabled: keepsTownships && !initial,
  }));
  const fields = () => ({
    kind: form.kind,
    name: form.name,
    services: centreServices.filter((service) => form.services.includes(service)),
    address: form.address || null,
    openingHours: form.openingHours || null,
    personInCharge: form.personInCharge || null,
  });
  const save = useMutation(() => ({
    mutationFn: () =>
      initial
        ? updateCentre(initial.id, { ...fields(), version: initial.version })
        : createCentre({
            ...fields(),
            ...(level() === 'village'
              ? { villageId: village()?.value ?? null }
              : { townshipId: townshipId() ?? null }),
          }),
    onSuccess: async () => {
      showToast({ kind: 'success', title: initial ? t('party.centres.saved') : t('party.centres.created') });
      await queryClient.invalidateQueries({ queryKey: centresQueryKey });
      props.onOpenChange(false);
    },
  }));
  const error = (path: string) => fieldError(t, save.error, path);
  const servicesError = () => {
    const path =
      save.error instanceof ApiError
        ? save.error.problem.errors?.find((e) => e.path.startsWith('services'))?.path
        : undefined;
    return path ? error(path) : undefined;
  };
  const formError = () => {
    if (save.error instanceof ApiError && save.error.status === 409 && initial)
      return t('party.centres.stale');
    return save.error && !(save.error instanceof ApiError && save.error.problem.errors?.length)
      ? errorMessage(save.error)
      : undefined;
  };
  const toggle = (service: CentreService, isChecked: boolean) =>
    setForm('services', (services) =>
      isChecked ? [...services, service] : services.filter((s) => s !== service),
    );
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={initial ? t('party.centres.editTitle') : t('party.centres.addTitle')}
      size="wide"
      footer={
        <>
          <Button class="button" onClick={() => props.onOpenChange(false)}>
            {t('party.common.cancel')}
          </Button>
          <Button
            class="button button--primary"
            disabled={!form.name.trim() || save.isPending}
            onClick={() => save.mutate()}
          >
            {save.isPending ? t('party.common.saving') : t('party.common.save')}
          </Button>
        </>
      }
    >
      <div class="party-form">
        <Show
          when={!initial}
          fallback={
            <p class="party-form__hint">
              {t('party.centres.belongsTo')}：
              {initial?.villageName
                ? `${initial.townshipName} · ${initial.villageName}`
                : initial?.townshipName}
            </p>
          }
        >
          <Show when={keepsTownships}>
            <SelectField
              label={t('party.centres.belongsTo')}
              options={(['village', 'township'] as const).map((value) => ({
                value,
                label: t(`party.centres.level.${value}`),
              }))}
              value={level()}
              onChange={(value) => setLevel(value as 'village' | 'township')}
            />
          </Show>
          <Show
            when={level() === 'village'}
            fallback={
              <SelectField
                label={t('party.centres.township')}
                placeholder={t('party.centres.chooseTownship')}
                options={(townships.data ?? []).map((township) => ({
                  value: township.id,
                  label: township.name,
                }))}
                value={townshipId()}
                onChange={setTownshipId}
                error={error('townshipId')}
              />
            }
          >
            <VillagePicker
              label={t('party.centres.village')}
              value={village()}
              onChange={setVillage}
              error={error('villageId')}
            />
          </Show>
        </Show>
        <SelectField
          label={t('party.centres.kind')}
          options={centreKinds.map((value) => ({ value, label: t(`party.centres.kindName.${value}`) }))}
          value={form.kind}
          onChange={(value) => setForm('kind', value as CentreKind)}
          error={error('kind')}
        />
        <TextField
          label={t('party.centres.name')}
          value={form.name}
          onChange={(value) => setForm('name', value)}
          error={error('name')}
        />
        <fieldset class="party-form__hint party-services">
          <legend>{t('party.centres.services')}</legend>
          <For each={centreServices}>
            {(service) => (
              <label class="party-checkbox">
                <input
                  type="checkbox"
                  checked={form.services.includes(service)}
                  onChange={(e) => toggle(service, e.currentTarget.checked)}
                />
                {t(`party.centres.service.${service}`)}
              </label>
            )}
          </For>
          <Show when={servicesError()}>{(message) => <p class="field__error">{message()}</p>}</Show>
        </fieldset>
        <TextField
          label={t('party.centres.address')}
          value={form.address}
          onChange={(value) => setForm('address', value)}
          error={error('address')}
        />
        <TextField
          label={t('party.centres.openingHours')}
          value={form.openingHours}
          onChange={(value) => setForm('openingHours', value)}
          error={error('openingHours')}
        />
        <TextField
          label={t('party.centres.personInCharge')}
          value={form.personInCharge}
          onChange={(value) => setForm('personInCharge', value)}
          error={error('personInCharge')}
        />
        <Show when={formError()}>
          {(message) => (
            <p class="party-form__hint field__error" role="alert">
              {message()}
            </p>
          )}
        </Show>
      </div>
    </Dialog>
  );
}
