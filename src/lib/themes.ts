/**
 * Reads the theme taxonomy (content/themes.yaml) for display, validated with
 * the same schema ingest uses (src/schemas/theme.ts). A missing or empty file
 * (no text, or no `themes`) gives no themes, and pages say so.
 */
import { parse } from 'yaml';
import { describeIssues } from '../schemas/describe-issues.ts';
import { themesFileSchema, type RetiredTheme, type Theme } from '../schemas/theme.ts';

export type { RetiredTheme };

/** A theme as the taxonomy defines it (id, label, description, related, match and exclude patterns). */
export type ThemeInfo = Theme;

/** The live and retired themes of content/themes.yaml. */
export interface Taxonomy {
  themes: ThemeInfo[];
  retired: RetiredTheme[];
}

/**
 * Parses the YAML text of content/themes.yaml — the one parser of the taxonomy, for ingest
 * and the site; `undefined`, empty text or an empty list gives no themes.
 */
export function parseTaxonomy(text: string | undefined, file = 'content/themes.yaml'): Taxonomy {
  const doc: unknown = text ? parse(text) : undefined;
  const list = (doc as { themes?: unknown } | null | undefined)?.themes;
  if (list === undefined || list === null || (Array.isArray(list) && list.length === 0))
    return { themes: [], retired: [] };
  const result = themesFileSchema.safeParse(doc);
  if (!result.success) {
    throw new Error(
      `${file} is not a valid theme taxonomy: ${describeIssues(result.error.issues)}`,
    );
  }
  return { themes: result.data.themes, retired: result.data.retired };
}

/** The live themes only (see parseTaxonomy); `[]` when there are none. */
export function parseThemes(text: string | undefined, file = 'content/themes.yaml'): ThemeInfo[] {
  return parseTaxonomy(text, file).themes;
}

/** Label for a theme id; the id itself when the taxonomy does not (yet) have it. */
export function themeLabel(themes: ReadonlyMap<string, ThemeInfo>, id: string): string {
  return themes.get(id)?.label ?? id;
}
