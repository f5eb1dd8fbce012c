import type { SourceLine } from './strip-furniture.ts';

/**
 * How many blank lines in a row make a paragraph break: one, unless the
 * extractor put a blank line after (nearly) every line — three text lines in
 * four or more (page breaks take theirs away) — of wrapped text, where the
 * line after a single blank often starts in lower case (the sentence goes
 * on). Then a single blank line says nothing and a paragraph break is two or
 * more. Text with a paragraph per line and a blank line between stays at one.
 */
export function blanksPerBreak(lines: readonly SourceLine[]): 1 | 2 {
  let texts = 0;
  let followed = 0;
  let singles = 0; // text lines after exactly one blank line
  let lowerAfterSingle = 0;
  let run = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const text = lines[i].text.trim();
    if (text === '') {
      run += 1;
      continue;
    }
    if (run === 1 && texts > 0) {
      singles += 1;
      if (/^[a-z]/.test(text)) lowerAfterSingle += 1;
    }
    run = 0;
    if (i + 1 >= lines.length) continue;
    texts += 1;
    if (lines[i + 1].text.trim() === '') followed += 1;
  }
  const everyLine = texts > 0 && followed >= texts * 0.75;
  return everyLine && lowerAfterSingle >= Math.max(3, singles * 0.25) ? 2 : 1;
}

/** Blank after every line: a single blank line goes, a run of them is one paragraph break. */
export function breaksOnly(lines: readonly SourceLine[]): SourceLine[] {
  return lines.filter(
    (l, i) =>
      l.text.trim() !== '' ||
      (lines[i + 1]?.text.trim() === '' && lines[i - 1]?.text.trim() !== ''),
  );
}
