import type { Finding, ThemeTag } from '../../src/schemas/document.ts';

/** Theme tagging as ingest uses it. Placeholder until the taxonomy lands: no themes. */
export function loadThemeTagger(_root: string): { tag: (text: string) => ThemeTag[]; coverage: (findings: readonly Finding[]) => string[] } {
  return { tag: () => [], coverage: () => [] };
}
