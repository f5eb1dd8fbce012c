import type { Registry } from '../../../src/schemas/finding-ids.ts';

/**
 * The working registry without the ids that are not in the committed one
 * (issued since the last commit: never published), so a trial run can be
 * undone. Every committed id stays, as it now stands; successors that named a
 * discarded id lose it (ingest works them out again for documents it reads).
 * Pure.
 */
export function discardUnpublished(
  working: Registry,
  committed: Registry,
): { registry: Registry; discarded: string[] } {
  const keep = (id: string): boolean => Object.hasOwn(committed.ids, id);
  const discarded = Object.keys(working.ids).filter((id) => !keep(id));
  const ids = Object.fromEntries(
    Object.entries(working.ids)
      .filter(([id]) => keep(id))
      .map(([id, entry]) => {
        const { successors, ...rest } = entry;
        const left = successors?.filter(keep) ?? [];
        return [id, left.length > 0 ? { ...rest, successors: left } : rest];
      }),
  );
  const revision = Math.max(
    committed.revision ?? 0,
    ...Object.values(ids).map((e) => e.issued?.revision ?? 0),
  );
  return { registry: { ...working, revision, ids }, discarded };
}
