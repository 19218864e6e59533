/**
 * A text cell made safe for a spreadsheet: a value starting with `=`, `+`, `-` or `@` (or their full-width
 * forms, which some spreadsheets fold) would run as a formula when the ledger is opened (CSV injection,
 * OWASP), so it gets a leading apostrophe and is shown as typed.
 * @example
 * neutralizeCell('=HYPERLINK("http://evil")') // "'=HYPERLINK(\"http://evil\")"
 */
export function neutralizeCell(text: string): string {
  return /^[=+\-@＝＋－＠]/.test(text) ? `'${text}` : text;
}
