/**
 * CLI: `npm run themes:gold-hash` prints the SHA-256 of the gold set's held-back
 * part (how it is computed: scripts/themes/gold/held-hash.ts) after checking that
 * docs/themes/gold/split.json is the deterministic split of findings.jsonl
 * (scripts/themes/gold/split.ts). With `--write` it first (re)writes split.json
 * and held.sha256 — only for adding findings, never after tuning has begun.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assignSplit } from './gold/split.ts';
import { heldBackHash } from './gold/held-hash.ts';
import { GOLD_DIR, loadGoldFindings, loadGoldSplit } from './gold/load-gold.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, GOLD_DIR);
function writeAtomic(name: string, text: string): void {
  writeFileSync(join(dir, `${name}.tmp`), text);
  renameSync(join(dir, `${name}.tmp`), join(dir, name));
}

try {
  const findings = loadGoldFindings(root);
  const split = assignSplit(findings.map((f) => f.id));
  if (process.argv.includes('--write'))
    writeAtomic('split.json', `${JSON.stringify(split, null, 2)}\n`);
  if (JSON.stringify(loadGoldSplit(root)) !== JSON.stringify(split)) {
    throw new Error(
      `${GOLD_DIR}/split.json is not the split of findings.jsonl; run \`npm run themes:gold-hash -- --write\` if findings were added`,
    );
  }
  const hash = heldBackHash(findings, split);
  if (process.argv.includes('--write')) writeAtomic('held.sha256', `${hash}\n`);
  const held = Object.values(split).filter((p) => p === 'held').length;
  const recorded = readFileSync(join(dir, 'held.sha256'), 'utf8').trim();
  console.log(`${hash}  held-back part: ${held} of ${findings.length} findings`);
  if (recorded !== hash)
    throw new Error(
      `${GOLD_DIR}/held.sha256 records ${recorded}, but the held-back part now hashes to ${hash}: the held-back findings were changed`,
    );
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
