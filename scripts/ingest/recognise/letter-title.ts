import { collapseText } from '../clean/normalise-glyphs.ts';
import { keepLines } from '../clean/strip-furniture.ts';
import { LETTER_TITLE_COUNCIL } from './programme-title.ts';

/** The head of a document as one line, page furniture dropped: where landmarks (title, dates) are looked for. */
export function landmarkText(text: string, limit = 40000): string {
  const head = text.slice(0, limit);
  // Recognising the kind and the council's name both look at the head of the same text.
  if (last?.head === head) return last.landmarks;
  const landmarks = collapseText(
    keepLines(head)
      .map((l) => l.text)
      .join('\n'),
  );
  last = { head, landmarks };
  return landmarks;
}

let last: { head: string; landmarks: string } | undefined;

/** The council a letter's title names ("Leicester City Council"), or undefined without such a title. */
export function titleCouncil(text: string): string | undefined {
  return LETTER_TITLE_COUNCIL.exec(landmarkText(text))?.[1].trim();
}
