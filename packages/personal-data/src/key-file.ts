import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatePersonalDataKey, parsePersonalDataKey } from './protector';

/**
 * The personal-data key kept in a file, created once with a random key (mode 0600) when the file does not
 * exist yet, and read from then on. For demo and development set-ups, where nobody configured a key: the
 * key lives beside the data it protects, which production must never do.
 * @throws PersonalDataKeyError when the file exists but does not hold base64 of 32 bytes.
 * @example
 * const key = readOrCreateKeyFile(join(env.DATA_DIR, 'personal-data.key'));
 */
export function readOrCreateKeyFile(path: string): Buffer {
  mkdirSync(dirname(path), { recursive: true });
  try {
    // `wx` fails when the file exists, so two processes starting at once cannot overwrite each other's key.
    writeFileSync(path, `${generatePersonalDataKey()}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as { code?: string }).code !== 'EEXIST') throw error;
  }
  return parsePersonalDataKey(readFileSync(path, 'utf8'));
}
