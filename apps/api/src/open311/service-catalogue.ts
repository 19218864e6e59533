import type { Tx } from '@cunshe/db';
import { villagePlugins } from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import type { FormLocale } from '@cunshe/forms';
import { and, eq } from 'drizzle-orm';
import { allForms, type CatalogueForm, stationId, stationNameOf } from '../forms/form-catalogue';
import type { PluginRegistry } from '../plugin-host/plugin-registry';
import { serviceAttributes } from './service-attributes';

/**
 * An Open311 service code: `<plugin-id>.<form-key>` (both kebab-case, so the dot is unambiguous and the
 * code stays one URL path segment).
 */
export function serviceCodeOf(pluginId: string, formKey: string): string {
  return `${pluginId}.${formKey}`;
}

/**
 * The county's services: every service-request form (current version) of the plugins enabled on at least
 * one of its villages, in load order. The core has no forms of its own.
 */
export async function countyServices(
  tx: Tx,
  input: { tenantId: string; registry: PluginRegistry },
): Promise<CatalogueForm[]> {
  const enabled = await tx
    .selectDistinct({ pluginId: villagePlugins.pluginId })
    .from(villagePlugins)
    .where(and(eq(villagePlugins.tenantId, input.tenantId), eq(villagePlugins.isEnabled, true)));
  const ids = new Set(enabled.map((row) => row.pluginId));
  return allForms(input.registry).filter((f) => ids.has(f.plugin.id) && f.document.isServiceRequest);
}

/**
 * One service of the county by its code.
 * @throws NotFoundError when the county offers no such service.
 */
export async function findCountyService(
  tx: Tx,
  input: { tenantId: string; registry: PluginRegistry; serviceCode: string },
): Promise<CatalogueForm> {
  const services = await countyServices(tx, input);
  const found = services.find((s) => serviceCodeOf(s.plugin.id, s.form.key) === input.serviceCode);
  if (!found) throw new NotFoundError(`service_code: the county offers no service ${input.serviceCode}.`);
  return found;
}

/** The agency responsible for a station (`<plugin-id>:<key>`): its name in `locale`, or the id itself. */
export function agencyOf(
  registry: PluginRegistry,
  station: string | null,
  locale: FormLocale,
): string | null {
  if (!station) return null;
  return stationNameOf(registry, station)?.[locale] ?? station;
}

/** The Open311 `services.json` entry of a form. */
export function serviceEntry(
  { plugin, form, document }: CatalogueForm,
  registry: PluginRegistry,
  locale: FormLocale,
) {
  const station = document.station ? stationId(plugin.id, document.station) : null;
  const group = agencyOf(registry, station, locale);
  return {
    service_code: serviceCodeOf(plugin.id, form.key),
    service_name: document.title[locale],
    description: document.description?.[locale] ?? document.title[locale],
    metadata: serviceAttributes(document, locale).length > 0,
    type: 'realtime' as const,
    keywords: [plugin.name[locale], ...(group ? [group] : [])].join(','),
    group: group ?? plugin.name[locale],
  };
}
