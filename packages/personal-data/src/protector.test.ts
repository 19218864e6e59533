import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOrCreateKeyFile } from './key-file';
import {
  createPersonalDataProtector,
  derivePersonalDataKey,
  generatePersonalDataKey,
  PersonalDataDecryptionError,
  PersonalDataKeyError,
  parsePersonalDataKey,
} from './protector';

const key = generatePersonalDataKey();
const protector = createPersonalDataProtector(key);
const id = '11010519491231002X';
const context = 'party-member.id-number:3e1c4f1e-0000-4000-8000-000000000001';

describe('the personal-data protector', () => {
  it('round-trips through AES-256-GCM, never showing the plaintext and never sealing twice the same', () => {
    const sealed = protector.encrypt(id, context);
    expect(sealed.startsWith('pd1.')).toBe(true);
    expect(sealed).not.toContain(id);
    expect(sealed).not.toContain(Buffer.from(id).toString('base64').slice(0, 12));
    expect(protector.encrypt(id, context)).not.toBe(sealed);
    expect(protector.decrypt(sealed, context)).toBe(id);
    expect(protector.decrypt(protector.encrypt('张三 李四', context), context)).toBe('张三 李四');
  });

  it('refuses another key, another context and a damaged value', () => {
    const sealed = protector.encrypt(id, context);
    const other = createPersonalDataProtector(generatePersonalDataKey());
    expect(() => other.decrypt(sealed, context)).toThrow(PersonalDataDecryptionError);
    expect(() => protector.decrypt(sealed, `${context}x`)).toThrow(PersonalDataDecryptionError);
    const bytes = Buffer.from(sealed.slice(4), 'base64url');
    bytes[14] = (bytes[14] ?? 0) ^ 1;
    const flipped = `pd1.${bytes.toString('base64url')}`;
    expect(() => protector.decrypt(flipped, context)).toThrow(PersonalDataDecryptionError);
    expect(() => protector.decrypt('plain', context)).toThrow(PersonalDataDecryptionError);
    expect(() => protector.decrypt('pd1.AAAA', context)).toThrow(PersonalDataDecryptionError);
  });

  it('hashes equal values equally, per key and per context, without the value showing', () => {
    const hash = protector.hash(id, context);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(protector.hash(id, context)).toBe(hash);
    expect(protector.hash(id, 'party-member.id-number:another-county')).not.toBe(hash);
    expect(createPersonalDataProtector(generatePersonalDataKey()).hash(id, context)).not.toBe(hash);
    expect(protector.hash('11010519491231002Y', context)).not.toBe(hash);
  });

  it('takes only a key of exactly 32 bytes, in base64 or base64url', () => {
    expect(parsePersonalDataKey(key)).toHaveLength(32);
    expect(parsePersonalDataKey(Buffer.from(key, 'base64').toString('base64url'))).toHaveLength(32);
    expect(() => parsePersonalDataKey(Buffer.alloc(16).toString('base64'))).toThrow(/16 bytes/);
    expect(() => parsePersonalDataKey('not base64!')).toThrow(PersonalDataKeyError);
    expect(() => createPersonalDataProtector(new Uint8Array(31))).toThrow(PersonalDataKeyError);
  });

  it('derives the same development key from the same secret, and another from another', () => {
    const a = derivePersonalDataKey('postgres://localhost/cunshe', 'dev');
    expect(a).toHaveLength(32);
    expect(derivePersonalDataKey('postgres://localhost/cunshe', 'dev').equals(a)).toBe(true);
    expect(derivePersonalDataKey('postgres://localhost/other', 'dev').equals(a)).toBe(false);
  });
});

describe('the development key file', () => {
  it('is created once with a random key and read back the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cunshe-key-'));
    const path = join(dir, 'nested', 'personal-data.key');
    const first = readOrCreateKeyFile(path);
    expect(first).toHaveLength(32);
    expect(readOrCreateKeyFile(path).equals(first)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    writeFileSync(path, 'short');
    expect(() => readOrCreateKeyFile(path)).toThrow(PersonalDataKeyError);
  });
});
