/**
 * Parse a JSON Lines file's text line by line through a zod schema. Pure. Every bad
 * line is reported as `file:line: reason` (all of them, not just the first), so a
 * labeller can fix a labels file in one pass.
 */
import type { z } from 'astro/zod';
import { describeIssues } from '../../../src/schemas/describe-issues.ts';

/** Parsed rows, or the errors found; blank lines are skipped. */
export function readJsonl<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
): { rows: z.infer<S>[]; errors: string[] } {
  const rows: z.infer<S>[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      errors.push(
        `${file}:${i + 1}: not valid JSON (${(e as Error).message}); each line must be one JSON object`,
      );
      return;
    }
    const result = schema.safeParse(value);
    if (result.success) rows.push(result.data);
    else errors.push(`${file}:${i + 1}: ${describeIssues(result.error.issues)}`);
  });
  return { rows, errors };
}

/** The rows of a JSON Lines file, or one error listing every bad line (for the site build). */
export function readJsonlOrThrow<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
): z.infer<S>[] {
  const { rows, errors } = readJsonl(text, schema, file);
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return rows;
}
