/**
 * The sentences of a document's narrative: its MDX body (as ingest writes it, see
 * scripts/ingest/write/to-mdast.ts) without the findings, whose words are read
 * from the frontmatter instead. A later letter's statements about the previous
 * inspection live here ("The two areas of development identified at the previous
 * inspection … have both demonstrated satisfactory improvement"). Line-based
 * rather than a full MDX parse: the body's shape is fixed by the writer, and this
 * runs for every later letter of the corpus. Pure.
 */

/** Undoes the markdown writer's escapes (`\*`, `&#x3C;`), heading marks and hard breaks, so a line reads as the letter does. */
export function plainLine(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/\\$/, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Splits a paragraph into sentences at ". " before a capital, keeping "e.g. Leeds" and "Mr. X" together well enough for quoting. */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?])\s+(?=[A-Z“"‘(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The narrative sentences of an MDX body, in order, findings left out. */
export function narrativeSentences(body: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let inFindings = 0;
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const line of body.split('\n')) {
    const trimmed = line.trim();
    if (/^<Findings\b/.test(trimmed)) inFindings += 1;
    if (inFindings > 0 || trimmed === '' || trimmed.startsWith('<') || trimmed.startsWith('{'))
      flush();
    else current.push(plainLine(trimmed));
    if (/^<\/Findings>/.test(trimmed)) inFindings -= 1;
  }
  flush();
  return paragraphs.flatMap(splitSentences);
}
