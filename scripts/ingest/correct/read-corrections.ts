import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import {
  correctionSchemas,
  type Correction,
  type CorrectionKind,
} from '../../../src/schemas/corrections.ts';
import { describeIssues } from '../../../src/schemas/describe-issues.ts';
import { CorrectionError } from './correction-error.ts';

/** One correction with the line its entry starts on. */
export type LocatedCorrection = Correction & { line: number };

/** Keys that say what kind an entry is, checked in this order (`finding` entries may also say `incomplete`). */
const KINDS: CorrectionKind[] = ['split', 'merge', 'field', 'finding', 'incomplete', 'reviewed'];

/**
 * The text of a corrections file → its corrections in file order, each with
 * its line. Throws CorrectionError (file:line: what is wrong and what is
 * allowed) on bad YAML or an entry that fits no kind of correction.
 */
export function readCorrections(path: string, text: string): LocatedCorrection[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? undefined : lineCounter.linePos(offset).line;
  if (doc.errors.length > 0)
    throw new CorrectionError(
      path,
      lineOf(doc.errors[0].pos[0]),
      `not valid YAML: ${doc.errors[0].message.split('\n')[0]}`,
    );
  const list = isMap(doc.contents) ? doc.contents.get('corrections', true) : undefined;
  if (
    !isMap(doc.contents) ||
    !isSeq(list) ||
    list.items.length === 0 ||
    doc.contents.items.length !== 1
  ) {
    throw new CorrectionError(
      path,
      1,
      'expected one key, `corrections:`, holding a list of corrections (see docs/corrections.md)',
    );
  }
  return list.items.map((item) => {
    const line = lineOf((item as { range?: [number] }).range?.[0]) ?? 1;
    const entry: unknown = (item as { toJSON?: () => unknown }).toJSON?.() ?? item;
    const kind = KINDS.find((k) => typeof entry === 'object' && entry !== null && k in entry);
    if (!kind)
      throw new CorrectionError(
        path,
        line,
        `an entry must start with one of ${KINDS.map((k) => `\`${k}:\``).join(', ')}`,
      );
    const result = correctionSchemas[kind].safeParse(entry);
    if (!result.success) {
      throw new CorrectionError(
        path,
        line,
        `${kind} correction: ${describeIssues(result.error.issues)}`,
      );
    }
    return { ...result.data, kind, line } as LocatedCorrection;
  });
}
