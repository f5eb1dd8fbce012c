import { REGISTRY_COMMENT, type Registry } from '../../../src/schemas/finding-ids.ts';
import { retireDocuments, sortRegistry } from './assign-ids.ts';

/** An id this run would retire: the CLI lists them and asks for `--retire`. */
export interface Retirement {
  id: string;
  document: string;
  reason: string;
}

/** What a run leaves behind. */
export interface Settled {
  /** The registry to write. */
  registry: Registry;
  /** Documents whose earlier output stays: their file failed this time (nothing is lost). */
  kept: string[];
  /** Ids active before the run and retired by it. */
  retired: Retirement[];
}

/**
 * The registry as a run leaves it, from the registry it started with
 * (`before`) and the one ingest produced (`after`): ids of documents that are
 * gone are retired, each document's source file is recorded (so the next run
 * knows which output a failing file owns, without reading the output back),
 * and the revision moves on when ids were issued. Pure.
 *
 * @param written document slug → source file, for each document written now
 * @param failed  files that failed this time
 * @param existing documents with an output on disk
 */
export function settleRegistry(
  before: Registry,
  after: Registry,
  written: ReadonlyMap<string, string>,
  failed: ReadonlySet<string>,
  existing: ReadonlySet<string>,
): Settled {
  const previous = before.sources ?? {};
  const kept = Object.entries(previous)
    .filter(([slug, file]) => !written.has(slug) && failed.has(file) && existing.has(slug))
    .map(([slug]) => slug);
  const present = new Set([...written.keys(), ...kept]);
  const { ids } = retireDocuments(after, present);
  const revision = (before.revision ?? 0) + 1;
  const issued = Object.values(ids).some((e) => e.issued?.revision === revision);
  const sources = Object.fromEntries(
    [...kept.map((slug) => [slug, previous[slug]!] as const), ...written].sort(([a], [b]) =>
      a < b ? -1 : 1,
    ),
  );
  const registry = sortRegistry({
    $comment: REGISTRY_COMMENT,
    revision: issued ? revision : (before.revision ?? 0),
    sources,
    ids,
  });
  const retired = Object.entries(registry.ids)
    .filter(([id, e]) => e.status === 'retired' && before.ids[id]?.status === 'active')
    .map(([id, e]) => ({ id, document: e.document, reason: e.retiredBecause ?? '' }));
  return { registry, kept, retired };
}
