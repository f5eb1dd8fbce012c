/**
 * remarkTextUnsafe changes how fast text is escaped, never the result: trees
 * of letter-like nodes holding random text full of Markdown, MDX and ESM
 * characters serialise to the same bytes with and without it. The random seed
 * is printed; rerun a failure with FC_SEED=<seed>.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkLiteralEsm } from '../../../scripts/ingest/write/remark-literal-esm.ts';
import { remarkTextUnsafe } from '../../../scripts/ingest/write/remark-text-unsafe.ts';

const FC_SEED = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FC_RUNS ?? 300);
console.log(`remark-text-unsafe: fast-check seed ${FC_SEED} (FC_SEED=${FC_SEED} to rerun)`);

const base = () => unified().use(remarkMdx).use(remarkLiteralEsm).use(remarkFrontmatter, ['yaml']);
const options = { bullet: '-', rule: '-', emphasis: '_', resourceLink: true } as const;
const without = base().use(remarkStringify, options).freeze();
const withFilter = base().use(remarkTextUnsafe).use(remarkStringify, options).freeze();

/** Every character some escape pattern looks for, words MDX or the ESM rule care about, and plain letters. */
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...'abc XYZ 019'.split('')) },
  { weight: 3, arbitrary: fc.constantFrom(...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'.split('')) },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\r', '\t', '\x7f', '\0', '\x1b', '😀', 'é', '–') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'import ',
      'export ',
      '1. ',
      '- ',
      '# ',
      '<a>',
      '{x}',
      '&amp;',
      '    ',
    ),
  },
);
const text = fc.string({ unit, minLength: 1, maxLength: 40 });
const phrasing: fc.Arbitrary<PhrasingContent> = fc.oneof(
  { weight: 4, arbitrary: text.map((value) => ({ type: 'text' as const, value })) },
  { weight: 1, arbitrary: fc.constant({ type: 'break' as const }) },
  {
    weight: 1,
    arbitrary: text.map((value) => ({
      type: 'strong' as const,
      children: [{ type: 'text' as const, value }],
    })),
  },
);
const paragraph = fc
  .array(phrasing, { minLength: 1, maxLength: 5 })
  .map((children) => ({ type: 'paragraph' as const, children }));
const block: fc.Arbitrary<RootContent> = fc.oneof(
  paragraph,
  text.map((value) => ({
    type: 'heading' as const,
    depth: 3 as const,
    children: [{ type: 'text' as const, value }],
  })),
  fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => ({
    type: 'list' as const,
    ordered: false,
    spread: false,
    children: items.map((p) => ({ type: 'listItem' as const, spread: false, children: [p] })),
  })),
  fc.array(paragraph, { minLength: 1, maxLength: 2 }).map((children) => ({
    type: 'mdxJsxFlowElement' as const,
    name: 'Finding',
    attributes: [{ type: 'mdxJsxAttribute' as const, name: 'id', value: 'x-1' }],
    children,
  })),
);
const tree = fc
  .array(block, { minLength: 1, maxLength: 6 })
  .map((children): Root => ({ type: 'root', children }));

describe('remarkTextUnsafe', () => {
  it('serialises any letter-like tree to the same bytes as without it', () => {
    fc.assert(
      fc.property(tree, (root) => {
        expect(withFilter.stringify(root)).toBe(without.stringify(root));
      }),
      { seed: FC_SEED, numRuns: RUNS },
    );
  });

  it('still escapes what needs escaping', () => {
    const root: Root = {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'import {x} <b> *y*' }] }],
    };
    expect(withFilter.stringify(root)).toBe('&#x69;mport \\{x} \\<b> \\*y\\*\n');
  });
});
