/**
 * Reads the theme model (content/theme-model.json, written by `npm run
 * themes:train`) through its schema: the one reader, for ingest and the site.
 */
import { describeIssues } from '../schemas/describe-issues.ts';
import { type ThemeModel, themeModelSchema } from '../schemas/theme-model.ts';

export type { ThemeModel };

/** Where the model lives, relative to the repository root. */
export const MODEL_FILE = 'content/theme-model.json';

/** The model in `text`; throws naming the file and what is wrong, and how to make it again. */
export function parseThemeModel(text: string, file = MODEL_FILE): ThemeModel {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(
      `${file} is not JSON (${(e as Error).message}); run npm run themes:train to write it again`,
    );
  }
  const result = themeModelSchema.safeParse(json);
  if (!result.success)
    throw new Error(
      `${file} is not a theme model: ${describeIssues(result.error.issues)}; run npm run themes:train to write it again`,
    );
  return result.data;
}
