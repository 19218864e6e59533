import { Button } from '@kobalte/core/button';
import { createQuery, useMutation, useQueryClient } from '@tanstack/solid-query';
import { createSignal, type JSX } from 'solid-js';
import { fieldErrorOf } from '../api/client';
import { SelectField, TextField } from '../components/form-field';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import { fetchDivisions, type OnboardResult, onboardCounty, tenantsQueryKey } from './tenants-api';
import { localizeCountyCodeProblem } from './tenants-problems';

/**
 * The operator's onboarding form: a searchable-by-typing province -> city -> county picker from the
 * national division codes, or a typed 6-digit code (current or former). Errors from the API (an unknown,
 * malformed, province or city code) show at the code field with the closest counties it suggests.
 */
export function OnboardCountyForm(): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [province, setProvince] = createSignal<string>();
  const [city, setCity] = createSignal<string>();
  const [code, setCode] = createSignal('');
  const provinces = createQuery(() => ({
    queryKey: ['divisions', 'provinces'],
    queryFn: () => fetchDivisions(),
  }));
  const cities = createQuery(() => ({
    queryKey: ['divisions', province()],
    queryFn: () => fetchDivisions(province()),
    enabled: province() !== undefined,
  }));
  const counties = createQuery(() => ({
    queryKey: ['divisions', city()],
    queryFn: () => fetchDivisions(city()),
    enabled: city() !== undefined,
  }));
  const options = (items: { code: string; name: string }[] | undefined) =>
    (items ?? []).map((d) => ({ value: d.code, label: `${d.name} ${d.code}` }));

  const onboard = useMutation(() => ({
    mutationFn: (county: string) => onboardCounty(county),
    onSuccess: (result: OnboardResult) => {
      const count = (c: OnboardResult['villages']) => c.added + c.unchanged + c.renamed + c.restored;
      const title =
        result.status === 'created'
          ? t('tenants.onboard.created', {
              name: result.name,
              code: result.code,
              townships: count(result.townships),
              villages: count(result.villages),
            })
          : result.status === 'updated'
            ? t('tenants.onboard.updated', { name: result.name, ...result.villages })
            : t('tenants.onboard.unchanged', { name: result.name });
      showToast({ kind: 'success', title });
      setCode('');
      return queryClient.invalidateQueries({ queryKey: tenantsQueryKey });
    },
  }));
  const codeError = () => {
    const message = fieldErrorOf(onboard.error, 'code');
    return message === undefined ? undefined : localizeCountyCodeProblem(message, t);
  };

  return (
    <form
      class="card onboard-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (code().trim()) onboard.mutate(code().trim());
      }}
    >
      <h2>{t('tenants.onboard.heading')}</h2>
      <div class="onboard-form__pickers">
        <SelectField
          label={t('tenants.onboard.province')}
          options={options(provinces.data)}
          value={province()}
          onChange={(value) => {
            setProvince(value);
            setCity(undefined);
            setCode('');
          }}
        />
        <SelectField
          label={t('tenants.onboard.city')}
          options={options(cities.data?.filter((d) => d.level === 'city'))}
          value={city()}
          disabled={province() === undefined}
          onChange={(value) => {
            setCity(value);
            setCode('');
          }}
        />
        <SelectField
          label={t('tenants.onboard.county')}
          options={options([
            ...(counties.data ?? []),
            ...(cities.data?.filter((d) => d.level === 'county') ?? []),
          ])}
          value={/^\d{6}$/.test(code()) ? code() : undefined}
          disabled={city() === undefined}
          onChange={setCode}
        />
      </div>
      <TextField
        label={t('tenants.onboard.code')}
        placeholder={t('tenants.onboard.codePlaceholder')}
        value={code()}
        onChange={setCode}
        error={codeError()}
      />
      <Button class="button button--primary" type="submit" disabled={onboard.isPending || !code().trim()}>
        {onboard.isPending ? t('tenants.onboard.working') : t('tenants.onboard.submit')}
      </Button>
    </form>
  );
}
