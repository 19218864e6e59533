import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, realpath, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { scaffoldPlugin } from './create-plugin';

const run = promisify(execFile);
const here = fileURLToPath(new URL('..', import.meta.url));
const sdk = fileURLToPath(new URL('../../plugin-sdk', import.meta.url));
let folder: string;

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Links the scaffolded plugin's dependencies as pnpm would in the workspace. */
async function linkDependencies(plugin: string) {
  const pkg = JSON.parse(await readFile(join(plugin, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  for (const name of [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]) {
    const target = name === '@cunshe/plugin-sdk' ? sdk : await realpath(join(here, 'node_modules', name));
    await mkdir(dirname(join(plugin, 'node_modules', name)), { recursive: true });
    await symlink(target, join(plugin, 'node_modules', name));
  }
}

describe('pnpm create-plugin', () => {
  it('scaffolds a plugin whose tests and typecheck pass with no edits', async () => {
    folder = await mkdtemp(join(tmpdir(), 'cunshe-scaffold-'));
    const plugin = join(folder, 'tea-growers');
    await scaffoldPlugin({ id: 'tea-growers', nameZh: '茶叶协会', nameEn: 'Tea growers', into: plugin });
    await linkDependencies(plugin);
    const server = await readFile(join(plugin, 'src/server.ts'), 'utf8');
    expect(server).toContain('export const teaGrowersPlugin = definePlugin({');
    expect(server).not.toMatch(/__[a-z_]+__/);
    await run(process.execPath, [join(plugin, 'node_modules/typescript/bin/tsc'), '-p', '.'], {
      cwd: plugin,
    });
    const tests = await run(process.execPath, [join(plugin, 'node_modules/vitest/vitest.mjs'), 'run'], {
      cwd: plugin,
      env: { ...process.env, DATABASE_URL: '' },
    });
    expect(tests.stdout).toMatch(/Tests\s+.*3 passed/);
  });

  it('refuses an id the host would refuse', async () => {
    await expect(scaffoldPlugin({ id: "tea'; drop", into: join(tmpdir(), 'never') })).rejects.toThrow(
      /is not a plugin id/,
    );
  });
});
