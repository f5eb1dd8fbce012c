/**
 * Where the generated content (letters/*.mdx, finding-ids.json) is read from:
 * FDF_CONTENT_DIR, so the benchmark and the hostile-input tests can build a
 * corpus of their own, or `content` (relative to the project root).
 */
export const generatedContentDir = (): string => process.env.FDF_CONTENT_DIR ?? 'content';
