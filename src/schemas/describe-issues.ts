/**
 * One way to say why data does not fit a schema, for every validation message
 * of ingest and the build: `path: problem; path: problem` (`(top)` for the
 * value as a whole). Zod's own message is a JSON dump meant for programmers.
 */

/** A validation problem as zod reports it. */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** `findings.3.text: Too small: expected string to have >=1 characters; slug: Invalid string`. */
export function describeIssues(issues: readonly SchemaIssue[]): string {
  return issues.map((i) => `${i.path.map(String).join('.') || '(top)'}: ${i.message}`).join('; ');
}
