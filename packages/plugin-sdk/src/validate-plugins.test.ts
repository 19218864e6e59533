import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { definePlugin } from './define-plugin';
import { PluginManifestError, validatePlugin, validatePlugins } from './validate-plugins';

const good = definePlugin({
  id: 'tea',
  version: '1.0.0',
  name: { 'zh-CN': '茶叶协会', en: 'Tea growers' },
  villageTypes: ['industry-chain'],
  hostApi: '^1.0.0',
  settings: z.object({ season: z.string().default('春茶') }),
});

function failure(plugins: unknown[]): PluginManifestError {
  try {
    validatePlugins(plugins);
  } catch (error) {
    if (error instanceof PluginManifestError) return error;
    throw error;
  }
  throw new Error('expected a PluginManifestError');
}

describe('plugin manifests', () => {
  it('accepts a good manifest', () => {
    expect(validatePlugin(good).id).toBe('tea');
    const labelled = {
      ...good,
      auditLabels: {
        actions: { 'member.joined': { 'zh-CN': '入会', en: 'Member joined' } },
        values: { stage: { returned: { 'zh-CN': '已送达', en: 'Returned' } } },
      },
    };
    expect(validatePlugin(labelled).auditLabels?.actions?.['member.joined']?.en).toBe('Member joined');
  });

  it('names the plugin and the field of each bad manifest', () => {
    const { id: _id, ...noId } = good;
    const cases: [unknown[], string, RegExp][] = [
      [[noId], '(no id)', /id: /],
      [[good, { ...good }], 'tea', /id: another plugin has the same id/],
      [[{ ...good, id: "tea'; drop" }], "tea'; drop", /id: must match/],
      [[{ ...good, id: 'tea leaf' }], 'tea leaf', /id: must match/],
      [[{ ...good, villageTypes: ['tea-garden'] }], 'tea', /villageTypes/],
      [[{ ...good, hostApi: '^2.0.0' }], 'tea', /hostApi: is not met by this host/],
      [[{ ...good, requires: ['stations'] }], 'tea', /requires.0: requires plugin "stations"/],
      [
        [{ ...good, auditLabels: { actions: { 'member.joined': { 'zh-CN': '入会' } } } }],
        'tea',
        /auditLabels.actions.member.joined.en/,
      ],
    ];
    for (const [plugins, pluginId, message] of cases) {
      const error = failure(plugins);
      expect(error.pluginId).toBe(pluginId);
      expect(error.message).toMatch(message);
    }
  });

  it('refuses a table without tenant_id or named outside the plugin', () => {
    const members = pgTable('tea_members', {
      id: uuid().primaryKey(),
      villageId: uuid().notNull(),
      name: text(),
    });
    const stray = pgTable('members', { tenantId: uuid(), villageId: uuid() });
    const error = failure([{ ...good, tables: { tables: [members, stray], migrations: [] } }]);
    expect(error.issues).toEqual([
      { path: 'tables.tables.0', message: 'table tea_members has no tenant_id column' },
      { path: 'tables.tables.1', message: 'table members must be named tea_<name>' },
    ]);
  });
});
