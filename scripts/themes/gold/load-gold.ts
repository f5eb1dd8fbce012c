/**
 * Reads the gold set from docs/themes/gold/ (the only gold code that touches the
 * disk besides the CLIs). Throws one message listing every bad line, as
 * `file:line: reason`, and duplicate ids.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import {
  goldFindingSchema,
  goldLabelSchema,
  goldPartSchema,
  type GoldFinding,
  type GoldLabel,
  type GoldPart,
} from './gold-schema.ts';
import { readJsonl } from './read-jsonl.ts';

/** The folder of the gold set, relative to the repository root. */
export const GOLD_DIR = 'docs/themes/gold';

function load<T>(
  root: string,
  name: string,
  parse: (text: string, file: string) => { rows: T[]; errors: string[] },
): T[] {
  const file = resolve(root, GOLD_DIR, name);
  const shown = relative(root, file);
  if (!existsSync(file))
    throw new Error(`${shown}: missing — see ${GOLD_DIR}/README.md for what it holds`);
  const { rows, errors } = parse(readFileSync(file, 'utf8'), shown);
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return rows;
}

/**
 * findings.jsonl, with ids checked unique; `name` may also be a path to another
 * findings file in the same format (a labelled set kept outside the repository).
 */
export function loadGoldFindings(root: string, name = 'findings.jsonl'): GoldFinding[] {
  const rows = load(root, name, (t, f) => readJsonl(t, goldFindingSchema, f));
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.id))
      throw new Error(
        `${relative(root, resolve(root, GOLD_DIR, name))}: id "${r.id}" appears twice; ids must be unique`,
      );
    seen.add(r.id);
  }
  return rows;
}

/** labels.jsonl (every labeller's lines); `name` may also be a path to another labels file. */
export function loadGoldLabels(root: string, name = 'labels.jsonl'): GoldLabel[] {
  return load(root, name, (t, f) => readJsonl(t, goldLabelSchema, f));
}

/** split.json: id → part. */
export function loadGoldSplit(root: string): Record<string, GoldPart> {
  return load(root, 'split.json', (text, file) => {
    const parsed = goldPartSchema.array().safeParse(Object.values(JSON.parse(text) as object));
    return parsed.success
      ? { rows: [JSON.parse(text) as Record<string, GoldPart>], errors: [] }
      : { rows: [], errors: [`${file}: every value must be "tune" or "held"`] };
  })[0]!;
}
