/**
 * CLI: writes docs/themes/definitions.md from content/themes.yaml (run with
 * `npm run themes:definitions`). The only disk access of the definitions page.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTaxonomy } from '../../src/lib/themes.ts';
import { definitionsMarkdown } from './definitions-markdown.ts';

const root = join(import.meta.dirname, '..', '..');
const file = parseTaxonomy(readFileSync(join(root, 'content/themes.yaml'), 'utf8'));
const out = join(root, 'docs/themes/definitions.md');
// Write beside and rename, so a failed run never leaves half a file.
writeFileSync(`${out}.tmp`, definitionsMarkdown(file.themes, file.retired));
renameSync(`${out}.tmp`, out);
console.log(`wrote ${out} (${file.themes.length} themes)`);
