/**
 * Show how one variance case differs from its seed (for fixing a shrunk
 * counterexample): `npm exec -- node tests/ingest/properties/debug-case.ts <seed index> "<class name prefix>" '<plan JSON>'`.
 */
import { essentials, parseText, seedText } from '../../helpers/parse-text.ts';
import { CLASSES } from './variance.ts';

const [index, prefix, plan] = process.argv.slice(2);
const c = CLASSES.find((k) => k.name.startsWith(prefix))!;
const text = seedText(Number(index));
const variant = c.apply(text, JSON.parse(plan));
const a = essentials(parseText(text));
let b: ReturnType<typeof essentials>;
try {
  b = essentials(parseText(variant));
} catch (error) {
  console.log(String(error));
  process.exit(0);
}
for (const key of Object.keys(a) as Array<keyof typeof a>) {
  if (key !== 'findings' && JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    console.log(
      `${key}:\n  seed:    ${JSON.stringify(a[key])}\n  variant: ${JSON.stringify(b[key])}`,
    );
}
const n = Math.max(a.findings.length, b.findings.length);
for (let i = 0; i < n; i += 1) {
  if (JSON.stringify(a.findings[i]) !== JSON.stringify(b.findings[i]))
    console.log(
      `finding ${i}:\n  seed:    ${JSON.stringify(a.findings[i])}\n  variant: ${JSON.stringify(b.findings[i])}`,
    );
}
