import { LEDGER_COLUMNS, type LedgerEntry } from './ledger-entries';
import { neutralizeCell } from './neutralize-cell';

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutralizeCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line, CRLF-terminated. */
export function csvLine(values: readonly (string | number)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/**
 * A ledger as CSV: UTF-8 with a byte-order mark (so Excel reads the Chinese as UTF-8), Chinese headers,
 * one line per request, CRLF line ends (RFC 4180), formula cells neutralised. Streams as the entries come.
 */
export function ledgerCsv(entries: AsyncIterable<LedgerEntry[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = entries[Symbol.asyncIterator]();
  let isStarted = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!isStarted) {
        isStarted = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(LEDGER_COLUMNS.map(([, header]) => header))}`));
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      const lines = next.value.map((entry) => csvLine(LEDGER_COLUMNS.map(([key]) => entry.cells[key])));
      controller.enqueue(encoder.encode(lines.join('')));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
