import { serve } from '@hono/node-server';
import { createPluginTestHost } from './plugin-test-host';

/**
 * Runs plugins alone in a dev host at `http://localhost:<port>`: the in-memory host of
 * {@link createPluginTestHost} (two counties, a village of each type, signed-in users), served over HTTP,
 * with the plugins enabled where they apply. Prints how to sign in. Stops on Ctrl-C.
 */
export async function startDevHost(options: { plugins: unknown[]; port: number }): Promise<void> {
  const host = await createPluginTestHost({ plugins: options.plugins });
  for (const plugin of options.plugins as { id: string; villageTypes: string[] | 'any' }[]) {
    const type =
      plugin.villageTypes === 'any' ? 'industry-chain' : (plugin.villageTypes[0] ?? 'industry-chain');
    await host.enable(plugin.id, host.county.villages[type as keyof typeof host.county.villages]);
  }
  const server = serve({ fetch: host.app.fetch, port: options.port });
  process.stdout.write(
    `Dev host at http://localhost:${options.port}\n` +
      `  users: ${host.countyAdmin.username}, ${host.villageAdmin.username}, ${host.otherCountyAdmin.username}` +
      ` (password ${host.password})\n  villages of county A: ${JSON.stringify(host.county.villages)}\n`,
  );
  process.once('SIGINT', () => {
    server.close();
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
