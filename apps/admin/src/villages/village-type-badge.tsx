import type { JSX } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { type VillageTypeOrNone, villageTypeKey } from './village-types';

/** A village's type as a coloured badge; no type reads 未分类 in grey. */
export function VillageTypeBadge(props: { type: VillageTypeOrNone | null }): JSX.Element {
  const { t } = useI18n();
  const type = () => props.type ?? 'none';
  return <span class={`type-badge type-badge--${type()}`}>{t(villageTypeKey(type()))}</span>;
}
