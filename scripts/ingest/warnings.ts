/**
 * Something a maintainer should look at in a document that was ingested
 * nonetheless: nothing is rejected for it, but the intake report lists it.
 */
export interface DocumentWarning {
  /** Stable kind of warning, for filtering the report (`summary-mismatch`, `incomplete`, …). */
  code: string;
  /** For people: what was seen and what to check. */
  message: string;
  /** 1-based line of the source text, when known. */
  line?: number;
  /**
   * Present when a correction by hand says a person looked at this and the document is right as it
   * stands (or as corrected): the reason. A reviewed warning no longer flags the document.
   */
  reviewed?: string;
}
