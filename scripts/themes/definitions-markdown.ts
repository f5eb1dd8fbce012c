/**
 * The theme definitions as a Markdown page for labellers (docs/themes/definitions.md):
 * id, name and definition of every live theme, in taxonomy order, and the retired
 * ids with where their findings went. Deliberately leaves out each theme's
 * `match` and `exclude` phrases: labellers must judge meaning, not the tagger's rules.
 * Pure: built as an mdast tree and serialised by mdast-util-to-markdown, so any
 * Markdown syntax in a definition is escaped rather than interpreted.
 */
import type { Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { RetiredTheme, Theme } from '../../src/schemas/theme.ts';

const text = (value: string) => ({ type: 'text', value }) as const;
const para = (...children: RootContent[]): RootContent =>
  ({ type: 'paragraph', children }) as RootContent;
const code = (value: string) => ({ type: 'inlineCode', value }) as const;

/** Markdown text of the definitions page. */
export function definitionsMarkdown(
  themes: readonly Theme[],
  retired: readonly RetiredTheme[],
): string {
  const children: RootContent[] = [
    {
      type: 'html',
      value:
        '<!-- GENERATED from content/themes.yaml by `npm run themes:definitions`; do not edit by hand. -->',
    },
    { type: 'heading', depth: 1, children: [text('Theme definitions')] },
    para(
      text(
        `${themes.length} themes. Label a finding with the id of every theme it addresses, as explained in the labelling guide (labelling-guide.md).`,
      ),
    ),
  ];
  for (const t of themes) {
    children.push({ type: 'heading', depth: 2, children: [code(t.id), text(` — ${t.label}`)] });
    children.push(para(text(t.description.replace(/\s+/g, ' ').trim())));
  }
  if (retired.length > 0) {
    children.push({
      type: 'heading',
      depth: 2,
      children: [text('Ids no longer in use (never label with these)')],
    });
    children.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: retired.map((r) => ({
        type: 'listItem',
        spread: false,
        children: [
          para(
            code(r.id),
            text(
              ` (${r.label}): ${r.replacedBy.length > 0 ? `use ${r.replacedBy.join(' or ')}` : 'not a theme; label the subject of the finding'}.`,
            ),
          ),
        ],
      })),
    } as RootContent);
  }
  const root: Root = { type: 'root', children };
  return toMarkdown(root, { bullet: '-', emphasis: '_' });
}
