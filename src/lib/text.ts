/** Small text helpers for page copy. Pure. */

/** "1 document", "3 documents"; irregular plurals passed in ("1 inspection", "2 inspections"). */
export function countNoun(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** First letter upper case: "metropolitan district" → "Metropolitan district". */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Ends a sentence with a full stop unless it already ends with punctuation. */
export const asSentence = (s: string): string =>
  /[.!?…]["'’”)]?$/.test(s.trim()) ? s.trim() : `${s.trim()}.`;
