/**
 * The theme model as the text of content/theme-model.json. Pure. One theme's
 * weights per line, so a retrained model's diff shows which themes changed.
 */
import type { ThemeModel } from '../../../src/schemas/theme-model.ts';

export function modelJson(model: ThemeModel): string {
  const { themes, ...head } = model;
  const lines = Object.entries(themes).map(
    ([id, weights]) => `    ${JSON.stringify(id)}: ${JSON.stringify(weights)}`,
  );
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${top},\n  "themes": {\n${lines.join(',\n')}\n  }\n}\n`;
}
