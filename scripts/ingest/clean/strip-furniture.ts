/**
 * Page furniture: lines that belong to the page, not to the letter. They are
 * dropped entirely (not turned into blank lines) so that a sentence broken
 * around them can be rejoined.
 */
const FURNITURE_LINES: readonly RegExp[] = [
  /^investors? in people$/i,
  /^page \d+ of \d+$/i,
  /^-?\s*\d+\s*-?$/, // bare page numbers
  /^a handwritten signature\b.*$/i, // alt text of the signature image in PDF extractions
];

/**
 * Stray layout markup left by HTML-ish PDF extraction. Only these layout tags
 * are removed: anything else that looks like markup (`<script>`, `<Finding>`)
 * is letter text and must survive literally.
 */
const STRAY_TAGS = /<\/?(?:ul|ol|li|p|br|div|span|font|b|i|u|strong|em)\b[^<>]*>/gi;

/** True when a (trimmed) line is page furniture. */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  return text !== '' && FURNITURE_LINES.some((pattern) => pattern.test(text));
}

/** Remove stray layout tags and turn tabs into spaces. */
export function stripStrayMarkup(line: string): string {
  return line.replace(STRAY_TAGS, ' ').replace(/\t/g, ' ').replace(/ {2,}/g, ' ').replace(/\s+$/, '');
}
