/** The largest sheet accepted: the API takes at most 900,000 base64 characters, a third more than the file. */
export const maxSheetBytes = 650 * 1024;

/** Whether a file name is one the import reads (CSV or .xlsx). */
export function isSheetName(name: string): boolean {
  return /\.(csv|xlsx)$/i.test(name);
}

/** Encodes bytes as base64, in chunks so a large file does not overflow the argument list of `fromCharCode`. */
export function toBase64(bytes: Uint8Array): string {
  const chunkSize = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += chunkSize) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunkSize));
  }
  return btoa(binary);
}

/** Reads a chosen file as base64, for `POST /api/villages/types/import`. */
export async function readFileAsBase64(file: Blob): Promise<string> {
  return toBase64(new Uint8Array(await file.arrayBuffer()));
}

/**
 * The template of a type sheet: the header `code,type` and one example row. It starts with a UTF-8 byte
 * order mark so that Excel opens the Chinese type names correctly; the server reads CSV with or without it.
 */
export function typeSheetTemplate(example?: { code: string; type: string }): string {
  const rows = ['code,type', ...(example ? [`${example.code},${example.type}`] : [])];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** A size in bytes for people: `512 B`, `12.5 KB`, `1.2 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}
