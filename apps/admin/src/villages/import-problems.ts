import type { MessageArgs, MessageKey } from '../i18n/catalogs';

/** A catalog message: its key and the values of its placeholders. */
export interface LocalizedMessage {
  key: MessageKey;
  args?: MessageArgs;
}

// The import's problems as the API words them (apps/api/src/villages, in English), each with its message in
// the catalog. The API's text is the fallback for anything not listed here.
const known: [RegExp, (match: RegExpExecArray) => LocalizedMessage][] = [
  [/^code must be a 12-digit village code$/, () => ({ key: 'villages.import.problem.badCode' })],
  [
    /^unknown type "(.*)"/,
    (match) => ({ key: 'villages.import.problem.unknownType', args: { type: match[1] ?? '' } }),
  ],
  [/^no village with this code in your scope$/, () => ({ key: 'villages.import.problem.notInScope' })],
  [/^the code appears twice in the file$/, () => ({ key: 'villages.import.problem.duplicate' })],
  [/^missing header row/, () => ({ key: 'villages.import.problem.missingHeader' })],
  [/^The first row must name the columns/, () => ({ key: 'villages.import.problem.missingHeader' })],
  [/not a readable \.xlsx/, () => ({ key: 'villages.import.problem.badXlsx' })],
  [/not readable CSV/, () => ({ key: 'villages.import.problem.badCsv' })],
];

/** The catalog message of a problem the import reported, or undefined for one it does not know. */
export function localizeImportProblem(message: string): LocalizedMessage | undefined {
  for (const [pattern, toMessage] of known) {
    const match = pattern.exec(message);
    if (match) return toMessage(match);
  }
  return undefined;
}
