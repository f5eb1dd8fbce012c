/**
 * A problem with one correction: printed as `<corrections file>:<line>: <message>`
 * so the maintainer can go straight to the entry. The document it belongs to is
 * not written this time (its last good output stays), the other documents are.
 */
export class CorrectionError extends Error {
  /** The corrections file as the maintainer names it (`seeds/corrections/leicester-2009-08.yaml`). */
  readonly path: string;
  /** 1-based line of the entry in that file, when known. */
  readonly line: number | undefined;

  constructor(path: string, line: number | undefined, message: string) {
    super(`${path}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'CorrectionError';
    this.path = path;
    this.line = line;
  }
}
