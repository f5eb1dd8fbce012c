import type { RegistryEntry } from '../../../src/schemas/finding-ids.ts';

/**
 * The registry looked up by document and by id prefix. Ingest builds it once
 * and keeps it current with {@link RegistryIndex.apply}: copying or scanning
 * the whole registry for every document made a 500-letter ingest quadratic.
 */
export interface RegistryIndex {
  /** Entries of one document. */
  ofDocument(document: string): [string, RegistryEntry][];
  /** Every id issued under a prefix (`leicester-2009-08`), by any document: numbers are never reused. */
  underPrefix(prefix: string): string[];
  /** Records new and changed entries. */
  apply(changes: Record<string, RegistryEntry>): void;
  /** Every entry as it now stands (a copy of the indexed registry with every change applied). */
  entries(): Record<string, RegistryEntry>;
}

/** Prefix of an id: what comes before its judgement letter and number (`leicester-2009-08-d3` → `leicester-2009-08`). */
const prefixOf = (id: string): string => id.slice(0, id.lastIndexOf('-'));

export function createRegistryIndex(
  registry: Readonly<Record<string, RegistryEntry>>,
): RegistryIndex {
  const all: Record<string, RegistryEntry> = {};
  const byDocument = new Map<string, Map<string, RegistryEntry>>();
  const byPrefix = new Map<string, Set<string>>();
  const apply = (changes: Readonly<Record<string, RegistryEntry>>): void => {
    for (const [id, entry] of Object.entries(changes)) {
      all[id] = entry;
      let mine = byDocument.get(entry.document);
      if (!mine) byDocument.set(entry.document, (mine = new Map()));
      mine.set(id, entry);
      let issued = byPrefix.get(prefixOf(id));
      if (!issued) byPrefix.set(prefixOf(id), (issued = new Set()));
      issued.add(id);
    }
  };
  apply(registry);
  return {
    ofDocument: (document) => [...(byDocument.get(document) ?? [])],
    underPrefix: (prefix) => [...(byPrefix.get(prefix) ?? [])],
    apply,
    entries: () => ({ ...all }),
  };
}
