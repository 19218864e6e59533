import { describe, expect, it } from 'vitest';
import { formatBytes, isSheetName, readFileAsBase64, toBase64, typeSheetTemplate } from './type-sheet';

describe('type sheets', () => {
  it('accepts CSV and xlsx files only', () => {
    expect(isSheetName('类型.CSV')).toBe(true);
    expect(isSheetName('types.xlsx')).toBe(true);
    expect(isSheetName('types.xls')).toBe(false);
    expect(isSheetName('types.csv.txt')).toBe(false);
  });

  it('encodes a file as the same base64 as Node does, also past one chunk', async () => {
    const text = `code,type\n${'361003107207,产业型\n'.repeat(3000)}`;
    const bytes = new TextEncoder().encode(text);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    await expect(readFileAsBase64(new Blob([bytes]))).resolves.toBe(Buffer.from(bytes).toString('base64'));
  });

  it('writes a template with a BOM and the header code,type', () => {
    expect(typeSheetTemplate()).toBe('\uFEFFcode,type\r\n');
    expect(typeSheetTemplate({ code: '361003107207', type: '产业型' })).toBe(
      '\uFEFFcode,type\r\n361003107207,产业型\r\n',
    );
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(650 * 1024)).toBe('650 KB');
    expect(formatBytes(1536 * 1024)).toBe('1.5 MB');
  });
});
