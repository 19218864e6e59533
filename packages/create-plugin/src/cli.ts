import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { scaffoldPlugin } from './create-plugin';

const pluginsDir = fileURLToPath(new URL('../../../plugins', import.meta.url));
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'name-zh': { type: 'string' }, 'name-en': { type: 'string' } },
});
const [id] = positionals;
if (!id) {
  process.stderr.write('Usage: pnpm create-plugin <id> [--name-zh 茶叶协会] [--name-en "Tea growers"]\n');
  process.exit(1);
}
const into = join(pluginsDir, id);
scaffoldPlugin({ id, nameZh: values['name-zh'], nameEn: values['name-en'], into }).then(
  (files) => {
    // pnpm runs the script in this package's folder; INIT_CWD is where the user typed the command.
    const where = relative(process.env.INIT_CWD ?? process.cwd(), into) || '.';
    process.stdout.write(
      `Created ${where} (${files.length} files).\nNext: pnpm install && pnpm --filter @cunshe/plugin-${id} test\n`,
    );
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
