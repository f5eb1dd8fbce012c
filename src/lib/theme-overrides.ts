/**
 * Reads the editorial theme overrides (content/theme-overrides.yaml) for the
 * method page, validated with the schema ingest uses (src/schemas/theme.ts).
 * A missing or empty file gives no overrides. Pure.
 */
import { parse } from 'yaml';
import { describeIssues } from '../schemas/describe-issues.ts';
import { themeOverridesFileSchema, type ThemeOverride } from '../schemas/theme.ts';

export type { ThemeOverride };

/** Parses the YAML text of content/theme-overrides.yaml (the one parser, for ingest and the site); `undefined` or empty text gives `[]`. */
export function parseThemeOverrides(
  text: string | undefined,
  file = 'content/theme-overrides.yaml',
): ThemeOverride[] {
  const doc: unknown = text ? parse(text) : undefined;
  if (doc === undefined || doc === null) return [];
  const result = themeOverridesFileSchema.safeParse(doc);
  if (!result.success) {
    throw new Error(
      `${file} is not a valid overrides file: ${describeIssues(result.error.issues)}`,
    );
  }
  return result.data.overrides;
}

/** One change an override makes, for display: "add" or "remove" one theme. */
export interface OverrideChange {
  verb: 'add' | 'remove';
  theme: string;
}

/** The changes of one override, removals first (the order ingest applies them). */
export const overrideChanges = (o: ThemeOverride): OverrideChange[] => [
  ...(o.remove ?? []).map((theme) => ({ verb: 'remove' as const, theme })),
  ...(o.add ?? []).map((theme) => ({ verb: 'add' as const, theme })),
];
