import type { Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { type Processor, unified } from 'unified';
import type { SourceDocument } from '../../../src/schemas/document.ts';
import { remarkDocumentFrontmatter } from './remark-document-frontmatter.ts';
import { remarkLiteralEsm } from './remark-literal-esm.ts';
import { remarkTextUnsafe } from './remark-text-unsafe.ts';

// One processor for every document (setting up the MDX extensions is not free); each
// document reaches the frontmatter plugin through its file's data.
const processor = unified()
  .use(remarkMdxStringify)
  .use(remarkLiteralEsm)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkDocumentFrontmatter)
  .use(remarkTextUnsafe)
  .use(remarkStringify, { bullet: '-', rule: '-', emphasis: '_', resourceLink: true })
  .freeze();

/**
 * remark-mdx's serialiser without its parser: remark-mdx also sets up MDX
 * parsing (micromark's mdxjs, with acorn), which writing never uses and which
 * costs ~65 ms of CPU to load and set up on every run.
 */
function remarkMdxStringify(this: Processor): void {
  (this.data().toMarkdownExtensions ??= []).push(mdxToMarkdown());
}

/**
 * Serialise one document through a unified processor: the metadata as YAML
 * frontmatter, then the body (see to-mdast.ts) with the MDX extensions, so
 * `{`, `<`, `#`, `import` and backslashes in a letter stay text.
 * Deterministic: same input, same bytes.
 */
export function writeMdx(document: SourceDocument, body: Root): string {
  // The only transformer adds the frontmatter node to the root's children: a new root
  // with the same children leaves the caller's tree as it was, without copying it all.
  const tree = processor.runSync({ ...body, children: [...body.children] }, { data: { document } });
  return processor.stringify(tree);
}
