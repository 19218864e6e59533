import { A } from '@solidjs/router';
import { For, type JSX } from 'solid-js';
import { RequirePermission } from '../auth/require-permission';
import type { MessageKey } from '../i18n/catalogs';
import { useI18n } from '../i18n/i18n';
import './party.css';

const tabs: { href: string; label: MessageKey }[] = [
  { href: '/party/members', label: 'party.tabs.members' },
  { href: '/party/organizations', label: 'party.tabs.organizations' },
  { href: '/party/activities', label: 'party.tabs.activities' },
  { href: '/party/meetings', label: 'party.tabs.meetings' },
  { href: '/party/dues', label: 'party.tabs.dues' },
  { href: '/party/centres', label: 'party.tabs.centres' },
];

/** A party page: behind `party:read`, with the party sections as tabs above its title. */
export function PartyLayout(props: {
  title: string;
  intro?: string;
  actions?: JSX.Element;
  children: JSX.Element;
}): JSX.Element {
  const { t } = useI18n();
  return (
    <RequirePermission permission="party:read">
      <nav class="party-tabs" aria-label={t('party.tabs.label')}>
        <For each={tabs}>
          {(tab) => (
            <A href={tab.href} class="party-tabs__tab" activeClass="party-tabs__tab--active">
              {t(tab.label)}
            </A>
          )}
        </For>
      </nav>
      <div class="page-head">
        <div>
          <h1 class="page-title">{props.title}</h1>
          {props.intro ? <p class="lead">{props.intro}</p> : null}
        </div>
        {props.actions}
      </div>
      {props.children}
    </RequirePermission>
  );
}
