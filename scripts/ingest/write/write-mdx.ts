import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { SourceDocument } from '../../../src/schemas/document.ts';
import { remarkDocumentFrontmatter } from './remark-document-frontmatter.ts';
import { remarkLiteralEsm } from './remark-literal-esm.ts';

/**
 * Serialise one document through a unified processor: the metadata as YAML
 * frontmatter, then the body (see to-mdast.ts) with the MDX extensions, so
 * `{`, `<`, `#`, `import` and backslashes in a letter stay text.
 * Deterministic: same input, same bytes.
 */
export function writeMdx(document: SourceDocument, body: Root): string {
  const processor = unified()
    .use(remarkMdx)
    .use(remarkLiteralEsm)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkDocumentFrontmatter, document)
    .use(remarkStringify, { bullet: '-', rule: '-', emphasis: '_', resourceLink: true });
  // Transformers change the tree they are given: work on a copy, so the caller's tree stays as it was.
  const tree = processor.runSync(structuredClone(body)) as Root;
  return processor.stringify(tree);
}
