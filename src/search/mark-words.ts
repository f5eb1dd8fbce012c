/**
 * A finding's text cut into runs, with the words a search matched marked, so
 * a result shows the whole finding (it is short) rather than an excerpt that
 * could repeat the title. Pure; the page turns runs into text and `<mark>`.
 */

/** One run of text, marked or not. */
export interface Run {
  text: string;
  marked: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` with every whole-word occurrence of `words` (case-insensitive) marked. */
export function markWords(text: string, words: readonly string[]): Run[] {
  const wanted = words.map((w) => w.trim()).filter(Boolean);
  if (wanted.length === 0) return [{ text, marked: false }];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${wanted
      .map(escape)
      .sort((a, b) => b.length - a.length)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const runs: Run[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), marked: false });
    runs.push({ text: match[0], marked: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), marked: false });
  return runs;
}
