import { describe, expect, it } from 'vitest';
import { catalogs, isLocale, locales } from './catalogs';
import { shellMessages } from './shell-messages';

function flatKeys(value: unknown, prefix = ''): Map<string, unknown> {
  const keys = new Map<string, unknown>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'object' && child !== null) {
      for (const [nested, leaf] of flatKeys(child, path)) keys.set(nested, leaf);
    } else {
      keys.set(path, child);
    }
  }
  return keys;
}

function placeholders(message: unknown): string[] {
  return [...String(message).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

describe('message catalogs', () => {
  const reference = flatKeys(catalogs['zh-CN']);

  it.each(locales)('%s has exactly the keys of zh-CN, each a non-empty string', (locale) => {
    const messages = flatKeys(catalogs[locale]);
    expect([...messages.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, message] of messages) {
      expect(typeof message, key).toBe('string');
      expect(String(message).trim(), key).not.toBe('');
    }
  });

  it.each(locales)('%s uses the same placeholders as zh-CN', (locale) => {
    const messages = flatKeys(catalogs[locale]);
    for (const [key, message] of reference) {
      expect(placeholders(messages.get(key)), key).toEqual(placeholders(message));
    }
  });

  it.each(locales)(
    '%s: the first page’s messages (shell-messages.ts) are part of the catalog, word for word',
    (locale) => {
      const whole = flatKeys(catalogs[locale]);
      const shell = flatKeys(shellMessages[locale]);
      expect(shell.size).toBeGreaterThan(0);
      for (const [key, message] of shell) expect(whole.get(key), key).toBe(message);
      expect(shell.has('auth.login.title')).toBe(true);
    },
  );

  it('offers zh-CN first and recognises only supported locales', () => {
    expect(locales[0]).toBe('zh-CN');
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(null)).toBe(false);
  });

  it('labels the language switch with the other language', () => {
    expect(catalogs['zh-CN'].header.switchLanguage).toBe('English');
    expect(catalogs.en.header.switchLanguage).toBe('中文');
  });
});
