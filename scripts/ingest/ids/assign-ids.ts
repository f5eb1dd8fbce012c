import { JUDGEMENT_LETTER, JUDGEMENT_ORDER } from '../../../src/lib/judgements.ts';
import type { Judgement } from '../../../src/schemas/document.ts';
import type { Registry, RegistryEntry } from '../../../src/schemas/finding-ids.ts';
import { similarity } from './similarity.ts';

/** Below this word-bigram similarity a finding is a different finding, not an edited one. */
const SAME_FINDING = 0.5;

/**
 * Give a document's findings their permanent ids. A finding keeps the id of
 * the most similar registered finding of the same document and judgement (so
 * a typo fix or parser improvement keeps links working); a new finding gets
 * the next number never issued; a registered finding no longer present is
 * retired, never deleted. Returns the ids in finding order and the new registry.
 */
export function assignIds(
  document: string,
  prefix: string,
  findings: ReadonlyArray<{ judgement: Judgement; text: string }>,
  registry: Registry,
): { ids: string[]; registry: Registry } {
  const index = createRegistryIndex(registry.ids);
  const { ids, changes } = assignIdsFrom(document, prefix, findings, index);
  index.apply(changes);
  return { ids, registry: { ...registry, ids: index.entries() } };
}

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

export function createRegistryIndex(registry: Readonly<Record<string, RegistryEntry>>): RegistryIndex {
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

/**
 * {@link assignIds} over an index: the ids, and the registry entries it adds or changes.
 * A finding's `was` (its text before a correction by hand split or merged it)
 * matches as its own text does, so the first part of a split keeps the id.
 */
export function assignIdsFrom(
  document: string,
  prefix: string,
  findings: ReadonlyArray<{ judgement: Judgement; text: string; was?: string }>,
  index: RegistryIndex,
): { ids: string[]; changes: Record<string, RegistryEntry> } {
  const changes: Record<string, RegistryEntry> = {};
  const ids: string[] = new Array(findings.length);
  const ofDocument = index.ofDocument(document);
  const underPrefix = index.underPrefix(prefix);
  for (const judgement of JUDGEMENT_ORDER) {
    const stem = `${prefix}-${JUDGEMENT_LETTER[judgement]}`;
    const mine = findings.map((f, i) => ({ ...f, i })).filter((f) => f.judgement === judgement);
    const known = ofDocument.filter(([, e]) => e.judgement === judgement && e.status === 'active');
    const pairs = mine
      .flatMap((f) => known.map(([id, e]) => ({ f: f.i, id, score: f.text === e.text || f.was === e.text ? 2 : similarity(f.text, e.text) })))
      .filter((p) => p.score >= SAME_FINDING)
      .sort((a, b) => b.score - a.score || a.f - b.f || compareIds(a.id, b.id));
    const taken = new Set<string>();
    for (const pair of pairs) {
      if (ids[pair.f] !== undefined || taken.has(pair.id)) continue;
      ids[pair.f] = pair.id;
      taken.add(pair.id);
    }
    let next = 1 + Math.max(0, ...underPrefix.filter((id) => id.startsWith(stem) && /^\d+$/.test(id.slice(stem.length))).map((id) => Number(id.slice(stem.length))));
    for (const f of mine) {
      if (ids[f.i] === undefined) ids[f.i] = `${stem}${next++}`;
      changes[ids[f.i]!] = { document, judgement, text: f.text, status: 'active' };
    }
    for (const [id, entry] of known) {
      if (!taken.has(id)) changes[id] = { ...entry, status: 'retired', retiredBecause: 'no longer found in the document when it was ingested again' };
    }
  }
  return { ids, changes };
}

/** Retire every active id of documents that no longer exist. */
export function retireDocuments(registry: Registry, present: ReadonlySet<string>): Registry {
  const entries = Object.fromEntries(
    Object.entries(registry.ids).map(([id, e]) =>
      e.status === 'active' && !present.has(e.document) ? [id, { ...e, status: 'retired' as const, retiredBecause: 'its source document was removed from the collection' }] : [id, e],
    ),
  );
  return { ...registry, ids: entries };
}

/** `x-d2` before `x-d10`: ids compare by stem, then by number. */
export function compareIds(a: string, b: string): number {
  const [sa, na] = idParts(a);
  const [sb, nb] = idParts(b);
  return sa < sb ? -1 : sa > sb ? 1 : na - nb;
}

/** Stem and number of an id, parsed once: sorting thousands of ids compares each many times. */
const parts = new Map<string, [string, number]>();
function idParts(id: string): [string, number] {
  let p = parts.get(id);
  if (!p) {
    const [, stem, n] = /^(.*?)(\d*)$/.exec(id)!;
    parts.set(id, (p = [stem!, Number(n)]));
  }
  return p;
}

/**
 * The registry with ids in a stable order (stem, then number), for writing.
 * Done once per ingest, not per document: sorting thousands of ids per
 * document was half of ingest time at 500 letters.
 */
export function sortRegistry(registry: Registry): Registry {
  return { ...registry, ids: sortEntries(registry.ids) };
}

function sortEntries(entries: Record<string, RegistryEntry>): Record<string, RegistryEntry> {
  return Object.fromEntries(Object.entries(entries).sort(([a], [b]) => compareIds(a, b)));
}
