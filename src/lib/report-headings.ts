/** Which one-line paragraphs of a council report are its section headings. Pure. */

/** "1.0 Purpose of this Report", "10.0 Recommendations", "EXECUTIVE SUMMARY": short, no closing punctuation. */
export function isReportHeading(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length === 0 || line.length > 80 || /[.,;:]$/.test(line)) return false;
  if (/^\d{1,2}\.0\s+\p{Lu}/u.test(line)) return true;
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && /^\p{Lu}/u.test(line);
}
