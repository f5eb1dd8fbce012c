/** A council report's cover fields, as the MDX renders them, made into a summary list. Pure. */

/** One rendered field: `<li><strong>Report to:</strong> Cabinet</li>` (label and value as escaped HTML). */
const FIELD = /<li>\s*<strong>([\s\S]*?)<\/strong>\s*([\s\S]*?)\s*<\/li>/g;

/**
 * The cover sheet's list of "**Label:** value" items (see the ingest's
 * `to-mdast.ts`) as the rows of a `<dl>`: label as `<dt>`, value as `<dd>`.
 * Undefined when the HTML is anything else, so the caller shows it as it is.
 */
export function coverFieldRows(html: string): string | undefined {
  const rows = [...html.matchAll(FIELD)];
  const rest = html
    .replace(FIELD, '')
    .replace(/<\/?ul>/g, '')
    .trim();
  if (rows.length === 0 || rest !== '') return undefined;
  return rows
    .map(([, label, value]) => `<div><dt>${label.trim()}</dt><dd>${value}</dd></div>`)
    .join('');
}

/**
 * The cover box's lines as extracted (one paragraph, lines apart at `<br>`)
 * with each line in a span of its own, so that a line wrapped on a narrow
 * screen reads as one line (it is indented after its first row).
 */
export function coverLineSpans(html: string): string {
  return html.replace(/<p>([\s\S]*?)<\/p>/g, (_, inner: string) => {
    const lines = inner.split(/<br\s*\/?>\s*/);
    return `<p class="cover-sheet__raw">${lines.map((line) => `<span>${line.trim()}</span>`).join('')}</p>`;
  });
}
