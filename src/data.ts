/**
 * The site's one data module: each collection is queried once (the promise is
 * memoised, so every page and component of a build shares it) and grouped
 * here for pages. Groupings use the pure helpers in src/lib/.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Authority, SourceDocument } from './schemas/document.ts';
import { buildPermalinks, type FindingPermalink, type FindingRef } from './lib/permalinks.ts';
import { yearOf } from './lib/dates.ts';
import { compareDocuments } from './lib/documents.ts';
import { groupBy, groupByMany, sortByKeys } from './lib/group.ts';
import { handOverSiteData } from './lib/site-data-handoff.ts';
import { parseTaxonomy, type RetiredTheme, type ThemeInfo } from './lib/themes.ts';
import { parseThemeOverrides, type ThemeOverride } from './lib/theme-overrides.ts';
import { buildFollowUps, type FollowUpIndex } from './lib/follow-up/inspection-pairs.ts';
import { narrativeSentences } from './lib/follow-up/narrative.ts';
import { linkCouncilReports, type SameInspectionLinks } from './lib/follow-up/same-inspection.ts';
import { measureThemes, type GoldFiles, type ThemeMeasurement } from './lib/theme-measurement.ts';
import { goldSet, unseenSets } from './lib/theme-measurement-files.ts';
import { parseThemeModel, type ThemeModel } from './lib/theme-model.ts';
import { measureUnseen, type UnseenMeasurement } from './lib/unseen-measurement.ts';

const measure = (files: GoldFiles | undefined, themes: ThemeInfo[], model: ThemeModel) =>
  files ? measureThemes(files, themes, model) : undefined;

export type { FindingPermalink, FindingRef } from './lib/permalinks.ts';

/** The grouped site data. */
export interface SiteData {
  /** Every document, by inspection date. */
  documents: SourceDocument[];
  /** Collection entries by slug, for rendering the MDX body. */
  entries: Map<string, CollectionEntry<'letters'>>;
  /** All 152 authorities, by name. */
  authorities: Authority[];
  /** Documents per authority slug (only authorities that have some). */
  documentsByAuthority: Map<string, SourceDocument[]>;
  /** Documents per inspection year, years ascending. */
  documentsByYear: Map<number, SourceDocument[]>;
  /** Every finding in document order. */
  findings: FindingRef[];
  /** Findings by id. */
  findingsById: Map<string, FindingRef>;
  /** One permalink per registry id (plus any content id missing from the registry). */
  permalinks: FindingPermalink[];
  /** Themes in taxonomy order ([] when content/themes.yaml is absent or empty). */
  themes: ThemeInfo[];
  /** Themes by id. */
  themesById: Map<string, ThemeInfo>;
  /** Themes no longer in the taxonomy, whose pages explain where their findings went. */
  retiredThemes: RetiredTheme[];
  /** Findings that say they repeat a point of the previous inspection, in document order. */
  repeatingFindings: FindingRef[];
  /** Findings per theme id, in document order. */
  findingsByTheme: Map<string, FindingRef[]>;
  /** Editorial theme overrides (content/theme-overrides.yaml), in file order. */
  themeOverrides: ThemeOverride[];
  /** The theme rules scored against the blind gold labels (docs/themes/gold/); undefined when the gold set is absent. */
  themeMeasurement: ThemeMeasurement | undefined;
  /** The theme rules on each set of findings written and labelled after they were fixed (docs/themes/unseen*\/), oldest first. */
  unseenMeasurements: UnseenMeasurement[];
  /** The theme model that checks the rules' tags (content/theme-model.json), when the build has it. */
  themeModel: ThemeModel | undefined;
  /** What each finding became at the authority's next inspection (src/lib/follow-up/). */
  followUps: FollowUpIndex;
  /** Council reports' findings linked to their inspection's letter, both ways. */
  sameInspection: SameInspectionLinks;
}

// import.meta.glob returns {} when the file does not exist, so a missing taxonomy is not an error:
// https://vite.dev/guide/features.html#glob-import
const themeFiles = import.meta.glob<string>('../content/themes.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const overrideFiles = import.meta.glob<string>('../content/theme-overrides.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const modelFiles = import.meta.glob<string>('../content/theme-model.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
let cached: Promise<SiteData> | undefined;

/** The site data, loaded once per build. */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [letterEntries, authorityEntries, idEntries] = await Promise.all([
    getCollection('letters'),
    getCollection('authorities'),
    getCollection('findingIds'),
  ]);
  const documents = letterEntries.map((e) => e.data).sort(compareDocuments);
  const docsBySlug = new Map(documents.map((d) => [d.slug, d]));
  const findings = documents.flatMap((doc) => doc.findings.map((finding) => ({ finding, doc })));
  const findingsById = new Map(findings.map((r) => [r.finding.id, r]));
  const { themes, retired } = parseTaxonomy(Object.values(themeFiles)[0]);
  const modelText = Object.values(modelFiles)[0];
  const model = modelText === undefined ? undefined : parseThemeModel(modelText);
  const permalinks = buildPermalinks(
    idEntries.map((e) => e.data),
    findings,
    docsBySlug,
  );
  // The citation files are written after the pages, from this same data (src/integrations/citation-files.ts).
  handOverSiteData({ documents, permalinks });
  const entries = new Map(letterEntries.map((e) => [e.data.slug, e]));
  const documentsByAuthority = groupBy(documents, (d) => d.authority.slug);
  return {
    documents,
    entries,
    authorities: sortByKeys(
      authorityEntries.map((e) => e.data),
      (a) => a.name,
    ),
    documentsByAuthority,
    documentsByYear: new Map(
      [...groupBy(documents, (d) => yearOf(d.inspection.start))].sort(([a], [b]) => a - b),
    ),
    findings,
    findingsById,
    permalinks,
    themes,
    themesById: new Map(themes.map((t) => [t.id, t])),
    retiredThemes: retired,
    repeatingFindings: findings.filter((r) => r.finding.repeatsPrevious),
    findingsByTheme: groupByMany(findings, (r) => r.finding.themes.map((t) => t.theme)),
    themeOverrides: parseThemeOverrides(Object.values(overrideFiles)[0]),
    themeMeasurement: themes.length > 0 && model ? measure(goldSet(), themes, model) : undefined,
    unseenMeasurements:
      themes.length > 0 && model ? unseenSets().map((u) => measureUnseen(u, themes, model)) : [],
    themeModel: model,
    followUps: buildFollowUps(documentsByAuthority, (slug) =>
      narrativeSentences(entries.get(slug)?.body ?? ''),
    ),
    sameInspection: linkCouncilReports(documentsByAuthority),
  };
}
