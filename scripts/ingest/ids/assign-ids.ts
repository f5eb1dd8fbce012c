import { JUDGEMENT_LETTER, JUDGEMENT_ORDER } from '../../../src/lib/judgements.ts';
import type { Judgement } from '../../../src/schemas/document.ts';
import type { Registry, RegistryEntry } from '../../../src/schemas/finding-ids.ts';
import { holdersOf, matchFindings } from './match-findings.ts';
import { createRegistryIndex, type RegistryIndex } from './registry-index.ts';

/** When and from what new ids are issued. */
export type Issued = NonNullable<RegistryEntry['issued']>;

/**
 * Give a document's findings their permanent ids. A finding keeps the id of
 * the registered finding of the same document and judgement it is (edited,
 * grown, or back after an absence: see match-findings.ts), so typo fixes and
 * parser improvements keep links working; a new finding gets the next number
 * never issued; a registered finding no longer present is retired, never
 * deleted, and names the findings that now hold its words. Returns the ids in
 * finding order and the new registry.
 */
export function assignIds(
  document: string,
  prefix: string,
  findings: ReadonlyArray<{ judgement: Judgement; text: string }>,
  registry: Registry,
  issued?: Issued,
): { ids: string[]; registry: Registry } {
  const index = createRegistryIndex(registry.ids);
  const { ids, changes } = assignIdsFrom(document, prefix, findings, index, issued);
  index.apply(changes);
  return { ids, registry: { ...registry, ids: index.entries() } };
}

/** Why an id is retired, as its page says it. */
export const RETIRED_BECAUSE = {
  vanished: 'no longer found in the document when it was ingested again',
  split: 'its words are now divided between other findings of the same document',
  merged: 'its words are now part of a longer finding of the same document',
  moved: 'its words are now in another finding of the same document',
  removed: 'its source document was removed from the collection',
} as const;

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
  issued?: Issued,
): { ids: string[]; changes: Record<string, RegistryEntry> } {
  const changes: Record<string, RegistryEntry> = {};
  // Retired ids of the document take part too: a finding that comes back (its file was briefly
  // missing, renamed, or swapped between text and PDF) gets its own id back.
  const old = index.ofDocument(document).sort(([a], [b]) => compareIds(a, b));
  const { kept, split, merged } = matchFindings(
    findings,
    old.map(([id, e]) => ({
      id,
      judgement: e.judgement,
      text: e.text,
      active: e.status === 'active',
    })),
  );
  const ids = [...kept];
  const underPrefix = index.underPrefix(prefix);
  for (const judgement of JUDGEMENT_ORDER) {
    const stem = `${prefix}-${JUDGEMENT_LETTER[judgement]}`;
    let next =
      1 +
      Math.max(
        0,
        ...underPrefix
          .filter((id) => id.startsWith(stem) && /^\d+$/.test(id.slice(stem.length)))
          .map((id) => Number(id.slice(stem.length))),
      );
    findings.forEach((f, i) => {
      if (f.judgement === judgement && ids[i] === undefined) ids[i] = `${stem}${next++}`;
    });
  }
  const known = new Map(old);
  findings.forEach((f, i) => {
    const before = known.get(ids[i]!);
    // An id from a registry that did not yet record issues gets the first source it is seen in.
    const first = before?.issued ?? issued;
    changes[ids[i]!] = entryOf({
      document,
      judgement: f.judgement,
      text: f.text,
      status: 'active',
      issued: first,
    });
  });
  const live = new Set(ids);
  for (const [id, entry] of old) {
    if (live.has(id)) continue;
    // A retired id's successors are worked out again on every run, so they always name live findings.
    const successors = holdersOf(entry.text, findings).map((i) => ids[i]!);
    const stillRetired =
      entry.status === 'retired' && entry.retiredBecause !== RETIRED_BECAUSE.removed;
    const why = split.has(id)
      ? 'split'
      : merged.has(id)
        ? 'merged'
        : successors.length > 0
          ? 'moved'
          : 'vanished';
    const retiredBecause = stillRetired ? entry.retiredBecause : RETIRED_BECAUSE[why];
    changes[id] = entryOf({
      ...entry,
      status: 'retired',
      retiredBecause,
      successors: successors.length > 0 ? successors : undefined,
    });
  }
  return { ids: ids as string[], changes };
}

/** An entry with its fields in one order and no empty ones, so the registry's bytes depend only on its content. */
function entryOf(e: RegistryEntry): RegistryEntry {
  const { document, judgement, text, status, retiredBecause, successors, issued } = e;
  return {
    document,
    judgement,
    text,
    status,
    ...(retiredBecause ? { retiredBecause } : {}),
    ...(successors ? { successors } : {}),
    ...(issued ? { issued } : {}),
  };
}

/** Retire every active id of documents that no longer exist. */
export function retireDocuments(registry: Registry, present: ReadonlySet<string>): Registry {
  const entries = Object.fromEntries(
    Object.entries(registry.ids).map(([id, e]) =>
      e.status === 'active' && !present.has(e.document)
        ? [id, { ...e, status: 'retired' as const, retiredBecause: RETIRED_BECAUSE.removed }]
        : [id, e],
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
  return Object.fromEntries(
    Object.entries(entries)
      .sort(([a], [b]) => compareIds(a, b))
      .map(([id, e]) => [id, entryOf(e)]),
  );
}
