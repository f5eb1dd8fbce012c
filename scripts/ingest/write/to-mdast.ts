import type { BlockContent, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Finding } from '../../../src/schemas/document.ts';
import type { BodyNode } from '../parse/parsed-types.ts';
import type { CoverBox } from '../parse/cover-box.ts';

/** Depth of headings inside the letter body: the page gives h1 (title) and h2 (sections). */
const BODY_HEADING_DEPTH = 3;

/**
 * The letter body as an mdast tree: paragraphs, headings, lists, and each
 * findings section as `<Findings judgement>` holding one `<Finding id
 * judgement>` per finding, and a report's cover boxes as `<CoverSheet>`. Text nodes carry the letter's words as data, so the
 * serialiser escapes `{`, `<`, `#` and friends — they render literally.
 */
export function toMdast(body: readonly BodyNode[], findings: readonly Finding[]): Root {
  return { type: 'root', children: body.map((node) => toNode(node, findings)) };
}

function toNode(node: BodyNode, findings: readonly Finding[]): RootContent {
  switch (node.type) {
    case 'heading':
      return {
        type: 'heading',
        depth: BODY_HEADING_DEPTH,
        children: [{ type: 'text', value: node.text }],
      };
    case 'paragraph':
      return paragraph(node.lines);
    case 'list':
      return {
        type: 'list',
        ordered: false,
        spread: false,
        children: node.items.map((item) => ({
          type: 'listItem',
          spread: false,
          children: [paragraph([item])],
        })),
      };
    case 'findings':
      return jsx(
        'Findings',
        { judgement: node.judgement },
        node.findings.map((i) => findingElement(findings[i])),
      );
    case 'cover':
      return coverSheet(node);
  }
}

/**
 * A cover box as `<CoverSheet>`: its fields as a tight list of "**Label:**
 * value" items when they could be read, else its lines as extracted, in one
 * paragraph with their breaks. Every word of the box is there either way.
 */
function coverSheet(box: CoverBox): MdxJsxFlowElement {
  if (!box.fields) return jsx('CoverSheet', { as: 'extracted' }, [paragraph(box.lines)]);
  const items: ListItem[] = box.fields.map(({ label, value }) => ({
    type: 'listItem',
    spread: false,
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [{ type: 'text', value: label }] },
          { type: 'text', value: ` ${value}` },
        ],
      },
    ],
  }));
  return jsx('CoverSheet', { as: 'fields' }, [
    { type: 'list', ordered: false, spread: false, children: items },
  ]);
}

function findingElement(finding: Finding): MdxJsxFlowElement {
  return jsx('Finding', { id: finding.id, judgement: finding.judgement }, [
    paragraph([finding.text]),
  ]);
}

function jsx(
  name: string,
  attributes: Record<string, string>,
  children: BlockContent[],
): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({
      type: 'mdxJsxAttribute',
      name: key,
      value,
    })),
    children,
  };
}

/** Lines of one paragraph, kept apart by hard breaks (addresses, copy lists). */
function paragraph(lines: readonly string[]): Paragraph {
  const children: PhrasingContent[] = [];
  lines.forEach((line, i) => {
    if (i > 0) children.push({ type: 'break' });
    children.push({ type: 'text', value: line });
  });
  return { type: 'paragraph', children };
}
