/**
 * Editorial corrections to rule-based theme tags. Pure: ingest parses
 * content/theme-overrides.yaml with themeOverridesFileSchema and passes the entries
 * here. Validation happens before anything is applied, so a bad file changes nothing.
 */
import type { ThemeOverride, ThemeTag } from '../../../src/schemas/theme.ts';

/** Where overrides live; named in error messages so the editor knows which file to fix. */
export const THEME_OVERRIDES_FILE = 'content/theme-overrides.yaml';

/** Result of applyThemeOverrides. */
export interface AppliedOverrides<F> {
  /** Copies of the input findings with overrides applied (inputs are not mutated). */
  findings: F[];
  /** One human-readable line per add/remove, including ones that had no effect. */
  applied: string[];
}

/** Ids in the taxonomy sharing the bad id's prefix (authority and inspection), as suggestions. */
function similarIds(bad: string, ids: Iterable<string>): string[] {
  const prefix = bad.replace(/-[a-z]+\d+$/, '-');
  return [...ids].filter((id) => id.startsWith(prefix)).slice(0, 10);
}

/** Throw on the first entry naming an unknown finding or theme. */
function validate(
  overrides: readonly ThemeOverride[],
  findingIds: Set<string>,
  known: Set<string>,
  file: string,
): void {
  overrides.forEach((o, i) => {
    const where = `${file}: overrides[${i}]`;
    if (!findingIds.has(o.finding)) {
      const near = similarIds(o.finding, findingIds);
      const hint = near.length > 0 ? `; similar ids: ${near.join(', ')}` : '';
      throw new Error(`${where} names unknown finding "${o.finding}"${hint}`);
    }
    for (const [verb, list] of [
      ['add', o.add],
      ['remove', o.remove],
    ] as const) {
      for (const theme of list ?? []) {
        if (!known.has(theme)) {
          throw new Error(
            `${where} (finding "${o.finding}") tries to ${verb} unknown theme "${theme}"; allowed themes: ${[...known].join(', ')}`,
          );
        }
      }
    }
  });
}

/**
 * Apply editorial overrides to tagged findings. Added tags have source 'override',
 * matched '' and the entry's reason; tags stay in taxonomy order (the order of
 * knownThemeIds). Entries apply in file order. Throws an Error naming the file, the
 * entry index and the bad value if an entry names an unknown finding or theme.
 */
export function applyThemeOverrides<F extends { id: string; themes: ThemeTag[] }>(
  findings: readonly F[],
  overrides: readonly ThemeOverride[],
  knownThemeIds: readonly string[],
  file: string = THEME_OVERRIDES_FILE,
): AppliedOverrides<F> {
  const byId = new Map(findings.map((f) => [f.id, { ...f, themes: [...f.themes] }]));
  validate(overrides, new Set(byId.keys()), new Set(knownThemeIds), file);
  const rank = new Map(knownThemeIds.map((id, i) => [id, i]));
  const applied: string[] = [];

  for (const o of overrides) {
    const f = byId.get(o.finding)!; // validated above
    for (const theme of o.remove ?? []) {
      const before = f.themes.length;
      f.themes = f.themes.filter((t) => t.theme !== theme);
      // A no-op usually means the rules changed since the override was written: say so, so it can be pruned.
      applied.push(
        f.themes.length < before
          ? `${o.finding}: removed ${theme} (${o.reason})`
          : `${o.finding}: remove ${theme} had no effect, it was not tagged (${o.reason})`,
      );
    }
    for (const theme of o.add ?? []) {
      const existing = f.themes.find((t) => t.theme === theme);
      if (existing) {
        applied.push(
          `${o.finding}: add ${theme} had no effect, already tagged by ${existing.source}${existing.matched ? ` ('${existing.matched}')` : ''} (${o.reason})`,
        );
        continue;
      }
      f.themes.push({ theme, matched: '', source: 'override', reason: o.reason });
      applied.push(`${o.finding}: added ${theme} (${o.reason})`);
    }
    f.themes.sort((a, b) => (rank.get(a.theme) ?? rank.size) - (rank.get(b.theme) ?? rank.size));
  }
  return { findings: findings.map((f) => byId.get(f.id)!), applied };
}
