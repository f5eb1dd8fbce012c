/**
 * Corrections name findings by quoting them, not by id or position: ids are
 * assigned after corrections, and a quote survives what a parser change does
 * to positions, wrapping and neighbouring findings.
 */

/** Compare as people read: case, curly or straight quotes and runs of white space do not matter. Length-preserving, so indexes carry over. */
function fold(text: string): string {
  const folded = text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s/g, ' ');
  const lower = folded.toLowerCase();
  return lower.length === folded.length ? lower : folded;
}

/** The maintainer's quote, folded the same way with white space runs made single. */
function foldQuote(quote: string): string {
  return fold(quote.trim().replace(/\s+/g, ' '));
}

/** Where `phrase` starts in `text`, or every place it does. */
export function phraseOffsets(text: string, phrase: string): number[] {
  const haystack = fold(text);
  const needle = foldQuote(phrase);
  const offsets: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
    offsets.push(at);
  return offsets;
}

/**
 * The index of the one finding whose text contains `quote`. Throws a message
 * saying how to fix the quote when none or several do.
 */
export function findFinding(findings: ReadonlyArray<{ text: string }>, quote: string): number {
  const matches = findings.flatMap((f, i) => (phraseOffsets(f.text, quote).length > 0 ? [i] : []));
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) {
    throw new Error(
      `no finding contains "${quote}" — the parse may now read it differently: copy a few words of the finding as it reads now on the document's page, or delete this correction if the parse now gets it right`,
    );
  }
  throw new Error(
    `"${quote}" is in ${matches.length} findings (numbers ${matches.map((i) => i + 1).join(', ')} in the document) — quote more words so it names one`,
  );
}
