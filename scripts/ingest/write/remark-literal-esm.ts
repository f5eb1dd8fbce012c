import type { Unsafe } from 'mdast-util-to-markdown';
import type { Processor } from 'unified';

/**
 * Lines that start with `import` or `export` are ESM in MDX, even in the
 * middle of a letter. Escape their first letter as a character reference so
 * they stay text (mdast-util-to-markdown's `unsafe` hook exists for this).
 */
const ESM_AT_LINE_START: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

/** remark plugin: a letter's words that look like ESM are written so MDX reads them as text. */
export function remarkLiteralEsm(this: Processor): void {
  const data = this.data();
  (data.toMarkdownExtensions ??= []).push({ unsafe: ESM_AT_LINE_START });
}
