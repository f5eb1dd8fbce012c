/**
 * Schemas for the hand-written theme taxonomy (content/themes.yaml), the tags the
 * classifier attaches to findings, and the editorial overrides file
 * (content/theme-overrides.yaml). Pattern syntax is documented in
 * scripts/ingest/themes/classify-themes.ts and at the top of content/themes.yaml.
 */
import { z } from 'astro/zod';

/** Kebab-case identifier, used for theme ids and finding ids. */
const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)');

/**
 * One phrase pattern. A `*` may only end a word: it means "any further letters",
 * and we reject it elsewhere so nobody mistakes the syntax for a general glob.
 */
export const themePatternSchema = z
  .string()
  .trim()
  .min(1)
  .refine((p) => /[\p{L}\p{N}]/u.test(p), 'pattern must contain a letter or digit')
  .refine(
    (p) => p.split(/\s+/).every((w) => /^[^*]+\*?$/.test(w)),
    '`*` is only allowed at the end of a word',
  );

/** One theme of the taxonomy. */
export const themeSchema = z
  .strictObject({
    /** Stable kebab-case id; used in URLs, tags and overrides, so never rename lightly. */
    id: kebabId,
    /** Short human label shown on pages. */
    label: z.string().min(1),
    /** One paragraph saying what the theme covers. */
    description: z.string().min(1),
    /** Ids of related themes, for "see also" links. */
    related: z.array(kebabId).default([]),
    /** Phrase patterns; any one matching (and not vetoed) tags the finding. */
    match: z.array(themePatternSchema).min(1),
    /** Phrase patterns that veto any match they overlap (a longer phrase meaning something else). */
    exclude: z.array(themePatternSchema).default([]),
    /** Weak phrase patterns: words that often mean something else; they count only in a sentence with one of `cues`. */
    weak: z.array(themePatternSchema).default([]),
    /** Phrase patterns that let a `weak` phrase in the same clause count (outside side clauses). */
    cues: z.array(themePatternSchema).default([]),
  })
  .refine((t) => t.weak.length === 0 || t.cues.length > 0, {
    message:
      'a theme with `weak` phrases needs `cues` (without them the weak phrases could never count)',
    path: ['cues'],
  });

/** A theme as used by the classifier (defaults applied). */
export type Theme = z.infer<typeof themeSchema>;

/**
 * A theme that was once in the taxonomy and is no longer: its id stays reserved so
 * its old page (/themes/<id>/) keeps explaining where its findings went.
 */
export const retiredThemeSchema = z.strictObject({
  /** The old id; never reused for a live theme. */
  id: kebabId,
  /** The label it had, so the old page can name it. */
  label: z.string().min(1),
  /** Why it went and what to use instead, written for readers. */
  explanation: z.string().min(1),
  /** Live themes that took over its findings (may be empty). */
  replacedBy: z.array(kebabId).default([]),
  /** A relation between findings shown instead of a theme: `repeats-previous` lists findings that repeat a point of the previous inspection. */
  relation: z.enum(['repeats-previous']).optional(),
});

/** A retired theme (defaults applied). */
export type RetiredTheme = z.infer<typeof retiredThemeSchema>;

/** The whole content/themes.yaml file: ids unique (live and retired), `related` and `replacedBy` ids all live, never self-referential. */
export const themesFileSchema = z
  .strictObject({
    /** Themes in display order; classifier output follows this order. */
    themes: z.array(themeSchema).min(1),
    /** Themes no longer used, whose ids and pages are kept. */
    retired: z.array(retiredThemeSchema).default([]),
  })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    file.themes.forEach((t, i) => {
      if (ids.has(t.id))
        ctx.addIssue({
          code: 'custom',
          path: ['themes', i, 'id'],
          message: `duplicate theme id "${t.id}"`,
        });
      ids.add(t.id);
    });
    file.themes.forEach((t, i) => {
      t.related.forEach((r, j) => {
        if (r === t.id)
          ctx.addIssue({
            code: 'custom',
            path: ['themes', i, 'related', j],
            message: `theme "${t.id}" lists itself as related`,
          });
        else if (!ids.has(r))
          ctx.addIssue({
            code: 'custom',
            path: ['themes', i, 'related', j],
            message: `unknown related theme "${r}"`,
          });
      });
    });
    const retiredIds = new Set<string>();
    file.retired.forEach((r, i) => {
      if (ids.has(r.id) || retiredIds.has(r.id))
        ctx.addIssue({
          code: 'custom',
          path: ['retired', i, 'id'],
          message: `retired theme id "${r.id}" is also a live or another retired theme; retired ids are never reused`,
        });
      retiredIds.add(r.id);
      r.replacedBy.forEach((n, j) => {
        if (!ids.has(n))
          ctx.addIssue({
            code: 'custom',
            path: ['retired', i, 'replacedBy', j],
            message: `"${n}" is not a live theme`,
          });
      });
    });
  });

/** The parsed themes file. */
export type ThemesFile = z.infer<typeof themesFileSchema>;

/** Why a finding carries a theme. */
export const themeTagSchema = z.strictObject({
  /** Theme id from content/themes.yaml. */
  theme: kebabId,
  /** Exact substring of the finding that triggered the rule, or that weighs most in the model ('' for an override). */
  matched: z.string(),
  /** 'rule' when a match pattern fired (and the theme model kept it), 'model' when the theme model
   * gave the theme to a finding no rule tag covered, 'override' when an editor added it by hand. */
  source: z.enum(['rule', 'override', 'model']),
  /** The editor's reason, for overrides. */
  reason: z.string().optional(),
});

/** A theme attached to a finding, with the evidence for it. */
export type ThemeTag = z.infer<typeof themeTagSchema>;

/** One editorial override entry in content/theme-overrides.yaml. */
export const themeOverrideSchema = z
  .strictObject({
    /** Finding id as produced by ingest, e.g. `leicester-2009-08-s3`. */
    finding: kebabId,
    /** Theme ids to add even though no rule matched. */
    add: z.array(kebabId).optional(),
    /** Theme ids to drop even though a rule matched. */
    remove: z.array(kebabId).optional(),
    /** Why: shown to readers next to the tag, so write it for them. */
    reason: z.string().trim().min(1),
  })
  .refine(
    (o) => (o.add?.length ?? 0) + (o.remove?.length ?? 0) > 0,
    'an override must add or remove at least one theme',
  )
  .refine(
    (o) => !(o.add ?? []).some((t) => (o.remove ?? []).includes(t)),
    'an override cannot both add and remove the same theme',
  );

/** One parsed override entry. */
export type ThemeOverride = z.infer<typeof themeOverrideSchema>;

/** The whole content/theme-overrides.yaml file; an `overrides:` key with every entry commented out parses as null, so treat that as empty. */
export const themeOverridesFileSchema = z.strictObject({
  /** Override entries, applied in order. */
  overrides: z
    .array(themeOverrideSchema)
    .nullish()
    .transform((v) => v ?? []),
});

/** The parsed overrides file. */
export type ThemeOverridesFile = z.infer<typeof themeOverridesFileSchema>;
