/**
 * Coverage report for theme tagging. Pure: ingest prints formatCoverage's lines so
 * whoever edits content/themes.yaml sees which findings no rule reaches and which
 * themes no finding uses.
 */
import type { Theme, ThemeTag } from '../../../src/schemas/theme.ts';

/** A finding as seen by the coverage report. */
export interface CoverageFinding {
  id: string;
  text: string;
  themes: ThemeTag[];
}

/** Result of themeCoverage. */
export interface ThemeCoverage {
  /** Number of findings examined. */
  total: number;
  /** Ids of findings with no theme at all, in input order. */
  untagged: string[];
  /** Ids of taxonomy themes that no finding carries, in taxonomy order. */
  unusedThemes: string[];
  /** Findings per theme id, taxonomy order first (zeros included), then any id not in the taxonomy. */
  counts: Record<string, number>;
}

/** Count how many findings carry each theme and list untagged findings and unused themes. */
export function themeCoverage(
  findings: readonly CoverageFinding[],
  themes: readonly Theme[],
): ThemeCoverage {
  const counts: Record<string, number> = {};
  for (const t of themes) counts[t.id] = 0;
  const untagged: string[] = [];
  for (const f of findings) {
    if (f.themes.length === 0) untagged.push(f.id);
    // A finding counts once per theme even if a rule tag and an override tag both name it.
    for (const id of new Set(f.themes.map((t) => t.theme))) counts[id] = (counts[id] ?? 0) + 1;
  }
  const unusedThemes = themes.filter((t) => counts[t.id] === 0).map((t) => t.id);
  return { total: findings.length, untagged, unusedThemes, counts };
}

/** Options for formatCoverage. */
export interface FormatCoverageOptions {
  /** The findings, so untagged ones can be quoted; without them only ids are printed. */
  findings?: readonly Pick<CoverageFinding, 'id' | 'text'>[];
  /** How many untagged findings to list before summarising the rest (default 20). */
  maxUntagged?: number;
}

/** Shorten a finding's text to one readable line. */
function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Human-readable report lines for the ingest log (no trailing newlines). */
export function formatCoverage(
  coverage: ThemeCoverage,
  options: FormatCoverageOptions = {},
): string[] {
  const { total, untagged, unusedThemes, counts } = coverage;
  const maxUntagged = options.maxUntagged ?? 20;
  const tagged = total - untagged.length;
  const pct = total === 0 ? '0.0' : ((100 * tagged) / total).toFixed(1);
  const lines = [
    `themes: ${tagged} of ${total} findings tagged (${pct}%), ${untagged.length} untagged`,
  ];

  const width = Math.max(0, ...Object.keys(counts).map((id) => id.length));
  for (const [id, n] of Object.entries(counts)) lines.push(`  ${id.padEnd(width)}  ${n}`);

  if (unusedThemes.length > 0) lines.push(`themes used by no finding: ${unusedThemes.join(', ')}`);

  if (untagged.length > 0) {
    const texts = new Map((options.findings ?? []).map((f) => [f.id, f.text]));
    lines.push(
      'untagged findings (add a pattern to content/themes.yaml or an entry to content/theme-overrides.yaml):',
    );
    for (const id of untagged.slice(0, maxUntagged)) {
      const text = texts.get(id);
      lines.push(text === undefined ? `  ${id}` : `  ${id}  "${excerpt(text)}"`);
    }
    if (untagged.length > maxUntagged) lines.push(`  … and ${untagged.length - maxUntagged} more`);
  }
  return lines;
}
