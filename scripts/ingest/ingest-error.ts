/**
 * An error about one input file that a person can act on. Ingest prints it as
 * `file:line: message` and carries on with the other files.
 */
export class IngestError extends Error {
  /** 1-based line in the source file, when the problem has one. */
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(message);
    this.name = 'IngestError';
    this.line = line;
  }
}
