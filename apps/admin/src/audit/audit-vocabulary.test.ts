import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogs, type Locale, type MessageArgs, type MessageKey } from '../i18n/catalogs';
import { auditActions, auditEntities } from './audit-labels';
import {
  type AuditVocabulary,
  describeAction,
  describeEntity,
  describeField,
  describePluginValue,
  type PluginVocabulary,
} from './audit-vocabulary';

function translate(locale: Locale) {
  return (key: MessageKey, args: MessageArgs = {}): string => {
    const message = key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogs[locale]);
    return String(message).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(args[name]));
  };
}

const marketTown: PluginVocabulary = {
  id: 'market-town',
  name: { 'zh-CN': '集镇型服务', en: 'Market-town services' },
  labels: {
    actions: { 'agency-request.returned': { 'zh-CN': '代办结果已送达', en: 'Agency result delivered' } },
    entities: { 'agency-request': { 'zh-CN': '代办事项', en: 'Agency request' } },
    fields: { stage: { 'zh-CN': '进度', en: 'Stage' } },
    values: { stage: { 'result-back': { 'zh-CN': '结果已带回', en: 'Result back' } } },
  },
  forms: { 'agency-request': { 'zh-CN': '代办申请', en: 'Agency request' } },
  stations: { 'convenience-point': { 'zh-CN': '便民服务点', en: 'Convenience service point' } },
};

function vocabulary(locale: Locale): AuditVocabulary {
  return { t: translate(locale), locale, plugins: new Map([[marketTown.id, marketTown]]) };
}

const returned = {
  action: 'market-town.agency-request.returned',
  entity: 'agency-request',
  before: { stage: 'result-back' },
  after: { stage: 'returned', countyOffice: '东乡区民政局' },
};

describe('audit wording', () => {
  it('names a core action from the catalog, in both languages', () => {
    const entry = { action: 'village.type-changed', entity: 'village', before: null, after: null };
    expect(describeAction(entry, vocabulary('zh-CN'))).toBe('修改村庄类型');
    expect(describeAction(entry, vocabulary('en'))).toBe('Changed village type');
    expect(describeEntity(entry, vocabulary('zh-CN'))).toBe('村庄');
  });

  it('names the plugin a core entry is about', () => {
    const enabled = {
      action: 'plugin.enabled',
      entity: 'village',
      before: { pluginId: 'market-town', isEnabled: false },
      after: { pluginId: 'market-town', isEnabled: true },
    };
    expect(describeAction(enabled, vocabulary('zh-CN'))).toBe('启用插件 · 集镇型服务');
    expect(describeField(enabled, 'isEnabled', vocabulary('zh-CN'))).toBe('已启用');
    const submitted = { ...enabled, action: 'form.submitted', entity: 'form-submission', before: null };
    expect(describePluginValue(submitted, 'formKey', 'agency-request', vocabulary('en'))).toBe(
      'Agency request',
    );
  });

  it("names a plugin's action, entity, field and value by the labels it declares", () => {
    expect(describeAction(returned, vocabulary('zh-CN'))).toBe('代办结果已送达 · 集镇型服务');
    expect(describeAction(returned, vocabulary('en'))).toBe('Agency result delivered · Market-town services');
    expect(describeEntity(returned, vocabulary('zh-CN'))).toBe('代办事项');
    expect(describeField(returned, 'stage', vocabulary('en'))).toBe('Stage');
    expect(describePluginValue(returned, 'stage', 'result-back', vocabulary('zh-CN'))).toBe('结果已带回');
  });

  it('shows what nobody names as its key, never as nothing', () => {
    const unknown = {
      action: 'market-town.agency-request.lost',
      entity: 'parcel',
      before: null,
      after: null,
    };
    expect(describeAction(unknown, vocabulary('zh-CN'))).toBe('market-town.agency-request.lost');
    expect(describeEntity(unknown, vocabulary('zh-CN'))).toBe('parcel');
    expect(describeField(returned, 'countyOffice', vocabulary('zh-CN'))).toBe('countyOffice');
    expect(describePluginValue(returned, 'stage', 'lost', vocabulary('zh-CN'))).toBeUndefined();
    const uninstalled = { action: 'tea.member.joined', entity: 'tea-member', before: null, after: null };
    expect(describeAction(uninstalled, vocabulary('en'))).toBe('tea.member.joined');
  });
});

// The API's own code, without the test plugins of its fixtures (their actions are theirs to name).
const apiSource = fileURLToPath(new URL('../../../api/src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

describe('audit catalog parity', () => {
  it.each(['zh-CN', 'en'] as const)('%s names every core action and entity', (locale) => {
    const t = translate(locale);
    for (const key of [...Object.values(auditActions), ...Object.values(auditEntities)]) {
      expect(t(key).trim(), key).not.toBe('');
      expect(t(key), key).not.toBe('undefined');
    }
  });

  it('labels every action the API writes with a literal action name', () => {
    const written = new Set<string>();
    for (const file of sourceFiles(apiSource)) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/action: '([a-z0-9-]+\.[a-z0-9.-]+)'/g))
        written.add(match[1] ?? '');
    }
    expect(written.size).toBeGreaterThan(20);
    const unnamed = [...written].filter((action) => !(action in auditActions));
    expect(unnamed).toEqual([]);
  });
});
