/**
 * The fingerprint of the held-back part, published before any rule is tuned so
 * that nobody can quietly change what is held back. Pure.
 *
 * Computed as: take the held-back findings (split `held`), sort them by id
 * (JavaScript string order; ids are ASCII, so byte order), write for each the line
 * `<id>\t<text>\n` with the text exactly as in findings.jsonl after JSON decoding
 * (line breaks inside a text kept), join the lines, encode as UTF-8, and take the
 * SHA-256 as 64 lower-case hex digits.
 */
import { createHash } from 'node:crypto';
import type { GoldFinding, GoldPart } from './gold-schema.ts';

/** SHA-256 (hex) of the held-back findings' ids and texts. */
export function heldBackHash(
  findings: readonly GoldFinding[],
  split: Readonly<Record<string, GoldPart>>,
): string {
  const held = findings
    .filter((f) => split[f.id] === 'held')
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return createHash('sha256')
    .update(held.map((f) => `${f.id}\t${f.text}\n`).join(''), 'utf8')
    .digest('hex');
}
