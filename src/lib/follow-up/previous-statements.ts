/**
 * What a later letter's narrative says about the previous inspection's areas for
 * development, read sentence by sentence. Only sentences that name the previous
 * (or last) inspection, and the sentence right after one, are read: elsewhere
 * "addressed" and "improve" are about the current inspection. Pure.
 */
import { NUMBER_WORDS } from '../number-words.ts';

/** What one statement says. */
export type StatementKind =
  /** Every earlier area was addressed ("have been addressed", "have both demonstrated satisfactory improvement"). */
  | 'all-addressed'
  /** A number of the earlier areas were addressed ("Two of the areas … have been addressed"). */
  | 'some-addressed'
  /** Some earlier areas were not addressed, without saying which ("two … have not been sufficiently addressed"). */
  | 'some-not-addressed'
  /** A named matter still needs work ("Further work is required to improve the quality of supervision"). */
  | 'outstanding';

/** A sentence of the later letter about the previous inspection. */
export interface PreviousStatement {
  kind: StatementKind;
  /** The sentence, as the letter writes it. */
  sentence: string;
  /** For `some-addressed`: how many. */
  count?: number;
}

const PREVIOUS = /\b(previous|last|earlier|prior)\s+(unannounced\s+)?inspection\b/i;
const AREAS =
  /\bareas?\s+(of|for)\s+(development|improvement|priority\s+action)|\bpriority\s+actions?\b|\brecommendations\b/i;
const NOT_ADDRESSED =
  /\bnot\s+(yet\s+|been\s+)*(sufficiently\s+|fully\s+|adequately\s+)?(addressed|met|improved|resolved)\b/i;
const ADDRESSED =
  /\b(have|has)\s+(all\s+|both\s+|each\s+)?(been\s+(fully\s+|successfully\s+|satisfactorily\s+|effectively\s+)?(addressed|met|resolved|implemented)|demonstrated\s+(satisfactory\s+|good\s+|significant\s+)?improvement|improved)\b/i;
const SOME = /^\s*(one|two|three|four|five|six|seven|eight|\d+)\s+of\s+the\b/i;
const OUTSTANDING =
  /\b(further\s+work\s+is\s+(still\s+)?(required|needed)|(remains?|continues?\s+to\s+be)\s+an?\s+areas?\s+for\s+development|still\s+(needs?|requires?))\b/i;

/** Reads one sentence; `afterPrevious` when the sentence before it named the previous inspection. */
export function readStatement(
  sentence: string,
  afterPrevious: boolean,
): PreviousStatement | undefined {
  const aboutPrevious = PREVIOUS.test(sentence);
  if (aboutPrevious && AREAS.test(sentence)) {
    if (NOT_ADDRESSED.test(sentence)) return { kind: 'some-not-addressed', sentence };
    const some = SOME.exec(sentence);
    if (ADDRESSED.test(sentence)) {
      if (!some) return { kind: 'all-addressed', sentence };
      const word = some[1]!.toLowerCase();
      return { kind: 'some-addressed', sentence, count: NUMBER_WORDS[word] ?? Number(word) };
    }
  }
  if ((aboutPrevious || afterPrevious) && OUTSTANDING.test(sentence))
    return { kind: 'outstanding', sentence };
  return undefined;
}

/** The statements of a narrative about the previous inspection, in order. */
export function readPreviousStatements(sentences: readonly string[]): PreviousStatement[] {
  const out: PreviousStatement[] = [];
  sentences.forEach((sentence, i) => {
    const statement = readStatement(sentence, i > 0 && PREVIOUS.test(sentences[i - 1]!));
    if (statement) out.push(statement);
  });
  return out;
}

/** The sentence of a finding that says it repeats the previous inspection ("This was an area for development at the last inspection."). */
export function repeatSentence(text: string): string | undefined {
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z])/);
  return sentences.find((s) => PREVIOUS.test(s)) ?? undefined;
}
