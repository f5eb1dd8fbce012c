/**
 * docs/themes/definitions.md is what labellers read: it must be current with
 * content/themes.yaml and must not show the tagger's phrases (labels would copy
 * the rules instead of judging meaning).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { definitionsMarkdown } from '../../scripts/themes/definitions-markdown.ts';
import { themesFileSchema } from '../../src/schemas/theme.ts';
import { ROOT } from '../helpers/paths.ts';

const file = themesFileSchema.parse(parse(readFileSync(join(ROOT, 'content/themes.yaml'), 'utf8')));
const committed = readFileSync(join(ROOT, 'docs/themes/definitions.md'), 'utf8');

describe('docs/themes/definitions.md', () => {
  it('is what `npm run themes:definitions` writes from content/themes.yaml', () => {
    expect(committed).toBe(definitionsMarkdown(file.themes, file.retired));
  });

  it('gives every live theme its id, label and definition, in taxonomy order', () => {
    const headings = [...committed.matchAll(/^## `([a-z0-9-]+)` — (.+)$/gm)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(headings).toEqual(file.themes.map((t) => [t.id, t.label]));
    for (const t of file.themes)
      expect(committed).toContain(t.description.replace(/\s+/g, ' ').trim());
  });

  it('names retired ids only as ids not to use', () => {
    for (const r of file.retired) expect(committed).toMatch(new RegExp(`^- \`${r.id}\``, 'm'));
  });

  it('does not show the tagger’s phrases: no pattern with a `*`, and no theme’s phrase list', () => {
    expect(committed).not.toMatch(/[a-z]\*/);
    expect(committed).not.toMatch(/\bmatch\b|\bexclude\b/i);
  });

  it('escapes Markdown in a definition instead of interpreting it', () => {
    const t = { ...file.themes[0]!, description: 'Uses *stars* and <b>tags</b>.' };
    expect(definitionsMarkdown([t], [])).toMatch(/Uses \\\*stars\\\* and \\<b>tags\\<\/b>\./);
  });
});
