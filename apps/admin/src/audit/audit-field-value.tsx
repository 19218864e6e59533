import { type JSX, Match, Switch } from 'solid-js';
import { describeUserAgent } from '../account/describe-user-agent';
import { isUserRole } from '../auth/me';
import { useI18n } from '../i18n/i18n';
import { useTownshipName, useVillageName } from '../users/user-scope';
import { isVillageType, villageTypeKey } from '../villages/village-types';
import { reasonKey, statusKey } from './audit-labels';
import { type AuditVocabulary, type AuditWords, describePluginValue } from './audit-vocabulary';

function PlaceName(props: { kind: 'township' | 'village'; id: string }): JSX.Element {
  const townshipName = useTownshipName(() => (props.kind === 'township' ? props.id : null));
  const villageName = useVillageName(() => (props.kind === 'village' ? props.id : null));
  return <>{(props.kind === 'township' ? townshipName() : villageName()) ?? props.id.slice(0, 8)}</>;
}

/**
 * One value of an audited snapshot, for people: a village type or role by its name, a township or village by
 * its name, a browser by its name, yes/no for flags, a plugin, its form or a value it labels by that label;
 * other values as they are.
 */
export function AuditFieldValue(props: {
  entry: AuditWords;
  vocabulary: AuditVocabulary;
  field: string;
  value: unknown;
}): JSX.Element {
  const { t } = useI18n();
  const text = (): string => {
    const { field, value } = props;
    const named =
      typeof value === 'string'
        ? describePluginValue(props.entry, field, value, props.vocabulary)
        : undefined;
    if (named !== undefined) return named;
    const status =
      field === 'status' && typeof value === 'string' ? statusKey(props.entry.entity, value) : undefined;
    if (status) return t(status);
    if (field === 'type' && (value === null || isVillageType(value))) return t(villageTypeKey(value));
    if (value === undefined || value === null || value === '') return t('audit.empty');
    if (field === 'role' && isUserRole(value)) return t(`auth.role.${value}`);
    if (field === 'reason' && typeof value === 'string') {
      const key = reasonKey(value);
      return key ? t(key) : value;
    }
    if (field === 'userAgent' && typeof value === 'string') {
      const { browser, os } = describeUserAgent(value);
      return [browser, os].filter(Boolean).join(' · ') || value;
    }
    if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    return JSON.stringify(value);
  };
  return (
    <Switch fallback={text()}>
      <Match when={props.field === 'townshipId' && typeof props.value === 'string' && props.value}>
        {(id) => <PlaceName kind="township" id={id()} />}
      </Match>
      <Match when={props.field === 'villageId' && typeof props.value === 'string' && props.value}>
        {(id) => <PlaceName kind="village" id={id()} />}
      </Match>
    </Switch>
  );
}
