import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseThemeOverrides } from '../../../src/lib/theme-overrides.ts';
import { parseThemes } from '../../../src/lib/themes.ts';
import type { Finding, Judgement, ThemeTag } from '../../../src/schemas/document.ts';
import type { Theme, ThemeOverride } from '../../../src/schemas/theme.ts';
import { applyThemeOverrides, THEME_OVERRIDES_FILE } from './apply-theme-overrides.ts';
import { MODEL_FILE, parseThemeModel } from '../../../src/lib/theme-model.ts';
import { tagFinding } from './tag-finding.ts';
import { formatCoverage, themeCoverage } from './theme-coverage.ts';

/** Theme tagging as ingest uses it: rules and the theme model per finding, then overrides over all findings. */
export interface ThemeTagger {
  /** Tags for one finding (rules, then the theme model); the judgement lets remedies in weaknesses count as side clauses. */
  tag: (text: string, judgement?: Judgement) => ThemeTag[];
  /**
   * Apply content/theme-overrides.yaml; throws naming the file and entry on an
   * id never issued or an unknown theme. An override of an issued id whose
   * document is not ingested this time (failed or removed) is skipped and
   * reported, so one bad file never blocks the others.
   */
  override: <F extends { id: string; themes: ThemeTag[] }>(
    findings: readonly F[],
    issued: ReadonlySet<string>,
  ) => { findings: F[]; applied: string[] };
  /** Human-readable coverage report lines. */
  coverage: (findings: readonly Finding[]) => string[];
}

/**
 * Read the hand-written taxonomy, the trained theme model and the overrides from `<root>/content/` (this
 * module and the CLI are the only ingest code that touches the disk).
 */
export function loadThemeTagger(
  root: string,
  overridesFile = join(root, THEME_OVERRIDES_FILE),
): ThemeTagger {
  const themes: Theme[] = parseThemes(readFileSync(join(root, 'content/themes.yaml'), 'utf8'));
  const overridesName = overridesFile.startsWith(root)
    ? overridesFile.slice(root.length + 1)
    : overridesFile;
  const overrides: ThemeOverride[] = parseThemeOverrides(
    readFileSync(overridesFile, 'utf8'),
    overridesName,
  );
  const modelFile = join(root, MODEL_FILE);
  if (!existsSync(modelFile))
    throw new Error(`${MODEL_FILE} is missing: run npm run themes:train to write it`);
  const model = parseThemeModel(readFileSync(modelFile, 'utf8'));
  const ids = themes.map((theme) => theme.id);
  return {
    tag: (text, judgement) => tagFinding(text, themes, model, judgement),
    override: (findings, issued) => {
      const present = new Set(findings.map((f) => f.id));
      const absent = overrides.filter((o) => !present.has(o.finding) && issued.has(o.finding));
      const result = applyThemeOverrides(
        findings,
        overrides.filter((o) => !absent.includes(o)),
        ids,
        overridesName,
      );
      return {
        ...result,
        applied: [
          ...result.applied,
          ...absent.map((o) => `${o.finding}: skipped, its document was not ingested this time`),
        ],
      };
    },
    coverage: (findings) => formatCoverage(themeCoverage(findings, themes), { findings }),
  };
}
