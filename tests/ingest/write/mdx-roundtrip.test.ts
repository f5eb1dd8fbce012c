/**
 * Hostile letter text must survive literally: written through mdast and
 * parsed back by the compiler Astro 7's MDX integration uses (satteri) and by
 * the reference MDX parser (micromark), it is the same text, with no
 * expression, ESM or unexpected JSX node.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxToJs, mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { Finding, SourceDocument } from '../../../src/schemas/document.ts';
import { toMdast } from '../../../scripts/ingest/write/to-mdast.ts';
import { writeMdx } from '../../../scripts/ingest/write/write-mdx.ts';

const HOSTILE = [
  'Budgets rose by {x} and {{y}} per cent; see {props.secret}.',
  'Staff wrote <script>alert("x")</script> in the record.',
  'A <Finding id="evil"> tag and a </Finding> close tag, and <img src=x onerror=alert(1)>.',
  "import fs from 'node:fs' is what a line starting with import looks like.",
  'export const leaked = 1; and export default function () {}',
  '# Not a heading, ## nor this',
  'Backslashes C:\\Users\\social\\n and \\{escaped\\} stay.',
  '*Not emphasis* _nor this_ **nor bold** `not code` [a link](javascript:alert(1)) ![img](x.png)',
  '> not a quote, 1. not a list, - not an item, --- not a rule, | not | a table |',
  'Entities &amp; &lt;b&gt; &#123; stay as typed, as does <!-- a comment -->.',
  `A very long word: ${'x'.repeat(400)} ends here.`,
  'Tabs\tand trailing spaces   ',
];

function finding(text: string, i: number): Finding {
  return {
    id: `hostile-2010-01-s${i + 1}`,
    judgement: 'strength',
    heading: 'Strengths',
    position: i + 1,
    text,
    repeatsPrevious: false,
    themes: [],
    line: i + 1,
  };
}

const findings = HOSTILE.map(finding);
const doc = { source: { file: 'hostile.txt' } } as SourceDocument;
const mdx = writeMdx(
  doc,
  toMdast(
    [
      { type: 'heading', text: HOSTILE[5] },
      ...HOSTILE.map((text) => ({ type: 'paragraph' as const, lines: [text] })),
      { type: 'findings', judgement: 'strength', findings: HOSTILE.map((_, i) => i) },
    ],
    findings,
  ),
);
const body = mdx.slice(mdx.indexOf('\n---\n') + 5);

type Node = { type: string; name?: string | null; children?: Node[]; value?: string };
function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

describe.each([
  ['satteri (Astro 7 MDX)', () => mdxToMdast(body) as unknown as Node],
  [
    'micromark mdxjs (reference)',
    () =>
      fromMarkdown(body, {
        extensions: [mdxjs()],
        mdastExtensions: [mdxFromMarkdown()],
      }) as unknown as Node,
  ],
])('%s', (_, parse) => {
  const tree = parse();
  const kinds = new Set<string>();
  const elements: Node[] = [];
  walk(tree, (node) => {
    kinds.add(node.type);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') elements.push(node);
  });

  it('has no expressions, ESM, raw HTML, emphasis, links or extra headings', () => {
    for (const bad of [
      'mdxjsEsm',
      'mdxFlowExpression',
      'mdxTextExpression',
      'html',
      'emphasis',
      'strong',
      'link',
      'image',
      'inlineCode',
      'blockquote',
      'list',
      'thematicBreak',
      'table',
    ]) {
      expect(kinds.has(bad), bad).toBe(false);
    }
  });
  it('has exactly the Findings wrapper and one Finding per hostile text as JSX', () => {
    expect(elements.map((e) => e.name)).toEqual(['Findings', ...HOSTILE.map(() => 'Finding')]);
  });
  it('gives every text back literally, in findings and in narrative paragraphs', () => {
    const findingTexts = elements.slice(1).map((e) => toString(e as never));
    expect(findingTexts).toEqual(HOSTILE);
    const paragraphs = (tree.children ?? [])
      .filter((n) => n.type === 'paragraph')
      .map((n) => toString(n as never));
    expect(paragraphs).toEqual(HOSTILE);
  });
});

it('compiles to JavaScript with the MDX compiler Astro uses', () => {
  expect(() => mdxToJs(body)).not.toThrow();
});
