import { collapseText } from '../clean/normalise-glyphs.ts';
import { keepLines } from '../clean/strip-furniture.ts';
import { LETTER_TITLE_COUNCIL } from './programme-title.ts';

/** The head of a document as one line, page furniture dropped: where landmarks (title, dates) are looked for. */
export function landmarkText(text: string, limit = 40000): string {
  return collapseText(
    keepLines(text.slice(0, limit))
      .map((l) => l.text)
      .join('\n'),
  );
}

/** The council a letter's title names ("Leicester City Council"), or undefined without such a title. */
export function titleCouncil(text: string): string | undefined {
  return LETTER_TITLE_COUNCIL.exec(landmarkText(text))?.[1].trim();
}
