/** The committed theme model (content/theme-model.json), read once for the tests that tag as ingest does. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_FILE, parseThemeModel } from '../../src/lib/theme-model.ts';
import { ROOT } from './paths.ts';

export const themeModel = parseThemeModel(readFileSync(join(ROOT, MODEL_FILE), 'utf8'));
