import { createSignal, type JSX, Show } from 'solid-js';
import { useMe } from '../auth/me-context';
import type { ComboboxOption } from '../components/combobox-field';
import { Dialog } from '../components/dialog';
import { TextField } from '../components/form-field';
import { useI18n } from '../i18n/i18n';
import { VillagePicker } from '../users/scope-pickers';
import { ledgerUrl } from './service-requests-api';

/**
 * Exports the ledger (台账) of a village, or of the user's whole scope, for a period, as .xlsx or CSV. The
 * files are plain links: the browser downloads them with the session cookie.
 */
export function LedgerExportDialog(props: {
  open: boolean;
  onOpenChange: (isOpen: boolean) => void;
}): JSX.Element {
  const { t } = useI18n();
  const { me } = useMe();
  const ownVillage = () => me().scope.village;
  const [village, setVillage] = createSignal<ComboboxOption>();
  const [from, setFrom] = createSignal('');
  const [to, setTo] = createSignal('');
  const filters = () => ({
    villageId: ownVillage()?.id ?? village()?.value,
    from: from() || undefined,
    to: to() || undefined,
  });
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange} title={t('serviceRequests.ledger.title')}>
      <div class="stack">
        <p class="muted">{t('serviceRequests.ledger.intro')}</p>
        <Show
          when={ownVillage()}
          fallback={
            <div>
              <VillagePicker value={village()} onChange={setVillage} />
              <Show when={!village()}>
                <p class="field__description">{t('serviceRequests.ledger.allVillages')}</p>
              </Show>
            </div>
          }
        >
          {(place) => (
            <p>
              {t('serviceRequests.ledger.village')}：{place().name}
            </p>
          )}
        </Show>
        <div class="ledger-period">
          <TextField type="date" label={t('serviceRequests.ledger.from')} value={from()} onChange={setFrom} />
          <TextField type="date" label={t('serviceRequests.ledger.to')} value={to()} onChange={setTo} />
        </div>
        <div class="button-row">
          <a class="button button--primary" href={ledgerUrl('xlsx', filters())} download="">
            {t('serviceRequests.ledger.xlsx')}
          </a>
          <a class="button" href={ledgerUrl('csv', filters())} download="">
            {t('serviceRequests.ledger.csv')}
          </a>
        </div>
      </div>
    </Dialog>
  );
}
