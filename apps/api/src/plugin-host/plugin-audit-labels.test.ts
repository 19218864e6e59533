import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PluginDefinition, validatePlugin } from '@cunshe/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { discoverPlugins } from './discover-plugins';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** The action names a plugin's code passes to `audit()` as string literals (`'member.joined'`, a ternary's both). */
async function literalActions(source: string): Promise<string[]> {
  const folder = join(root, source, 'src');
  const files = (await readdir(folder)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
  const actions: string[] = [];
  for (const name of files) {
    const code = await readFile(join(folder, name), 'utf8');
    for (const call of code.matchAll(/\.audit\(tx, \{([\s\S]*?)entity:/g)) {
      for (const literal of (call[1] ?? '').matchAll(/'([a-z][a-z0-9-]*\.[a-z0-9.-]+)'/g)) {
        actions.push(literal[1] ?? '');
      }
    }
  }
  return actions;
}

describe('the plugins’ audit labels', () => {
  it('name every action each workspace plugin audits, in zh-CN and en', async () => {
    const discovered = await discoverPlugins();
    expect(discovered.length).toBeGreaterThanOrEqual(5);
    for (const { source, plugin } of discovered) {
      const { id, auditLabels }: PluginDefinition = validatePlugin(plugin);
      const actions = await literalActions(source);
      expect(actions.length, id).toBeGreaterThan(0);
      for (const action of actions) {
        const label = auditLabels?.actions?.[action];
        expect(label?.['zh-CN'], `${id}: ${action}`).toBeTruthy();
        expect(label?.en, `${id}: ${action}`).toBeTruthy();
      }
    }
  });
});
