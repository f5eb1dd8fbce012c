/**
 * A finding's themes as the site gives them: the rules' tags (classify-themes.ts),
 * kept or replaced as the theme model decides (model/confirm-tags.ts). Pure; the
 * one tagger for ingest, the scoring tools, the tests and the about page's figures.
 */
import type { Judgement } from '../../../src/schemas/document.ts';
import type { Theme, ThemeTag } from '../../../src/schemas/theme.ts';
import type { ThemeModel } from '../../../src/schemas/theme-model.ts';
import { classifyThemes } from './classify-themes.ts';
import { confirmTags } from './model/confirm-tags.ts';

export function tagFinding(
  text: string,
  themes: Theme[],
  model: ThemeModel,
  judgement?: Judgement,
): ThemeTag[] {
  return confirmTags(text, judgement, classifyThemes(text, themes, judgement), model);
}
