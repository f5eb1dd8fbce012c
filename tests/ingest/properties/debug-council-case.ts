/**
 * Show how one council layout case differs from its fixture (for fixing a
 * shrunk counterexample of council-invariance.test.ts):
 * `npm exec -- node tests/ingest/properties/debug-council-case.ts <layout file> "<class name prefix>" '<plan JSON>'`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { essentials, parseText } from '../../helpers/parse-text.ts';
import { ROOT } from '../../helpers/seeds.ts';
import { COUNCIL_CLASSES } from './council-variance.ts';

const [layout, prefix, plan] = process.argv.slice(2);
const c = COUNCIL_CLASSES.find((k) => k.name.startsWith(prefix));
if (!c)
  throw new Error(`no class starts "${prefix}": ${COUNCIL_CLASSES.map((k) => k.name).join('; ')}`);
const text = readFileSync(join(ROOT, 'tests/fixtures/council-reports', layout), 'utf8');
const variant = c.apply(text, JSON.parse(plan));
console.log(`${variant}\n${'-'.repeat(60)}`);
const a = essentials(parseText(text, layout));
let b: ReturnType<typeof essentials>;
try {
  b = essentials(parseText(variant, layout));
} catch (error) {
  console.log(String(error));
  process.exit(0);
}
for (const key of Object.keys(a) as Array<keyof typeof a>) {
  if (JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    console.log(
      `${key}:\n  fixture: ${JSON.stringify(a[key])}\n  variant: ${JSON.stringify(b[key])}`,
    );
}
