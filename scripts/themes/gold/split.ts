/**
 * Which findings of the gold set are held back. Pure and deterministic: order the
 * ids by SHA-256("front-door-findings gold split\n" + id) as hex, and hold back the
 * first third (n / 3 rounded to the nearest whole number); the rest are for tuning.
 * The hash stands in for a random draw that anyone can repeat. Adding findings
 * can move the boundary, so the set is closed once its held-back hash is published.
 */
import { createHash } from 'node:crypto';
import type { GoldPart } from './gold-schema.ts';

const SALT = 'front-door-findings gold split\n';

/** The sort key of an id. */
export function splitKey(id: string): string {
  return createHash('sha256')
    .update(SALT + id, 'utf8')
    .digest('hex');
}

/** The split for a list of ids, as written to split.json (keys in id order). */
export function assignSplit(ids: readonly string[]): Record<string, GoldPart> {
  const held = new Set(
    [...ids]
      .sort((a, b) => (splitKey(a) < splitKey(b) ? -1 : 1))
      .slice(0, Math.round(ids.length / 3)),
  );
  return Object.fromEntries([...ids].sort().map((id) => [id, held.has(id) ? 'held' : 'tune']));
}
