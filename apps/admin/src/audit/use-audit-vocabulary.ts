import { useQuery } from '@tanstack/solid-query';
import type { Accessor } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import {
  type AuditVocabulary,
  auditVocabularyQueryKey,
  fetchPluginVocabulary,
  type PluginVocabulary,
} from './audit-vocabulary';

const noPlugins: ReadonlyMap<string, PluginVocabulary> = new Map();

/**
 * The vocabulary audit entries are read with: the current locale's catalog and the installed plugins' labels.
 * Until the plugins are loaded (or when they cannot be), plugin entries read as their keys.
 */
export function useAuditVocabulary(): Accessor<AuditVocabulary> {
  const { t, locale } = useI18n();
  const plugins = useQuery(() => ({
    queryKey: auditVocabularyQueryKey,
    queryFn: fetchPluginVocabulary,
    staleTime: Number.POSITIVE_INFINITY,
  }));
  return () => ({ t, locale: locale(), plugins: plugins.data ?? noPlugins });
}
