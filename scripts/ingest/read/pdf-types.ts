/** One text run of a PDF page as PDF.js reports it, in top-down page coordinates (points). */
export interface TextRun {
  text: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline, measured from the top of the page. */
  y: number;
  width: number;
  /** Font size (height of an em). */
  size: number;
  /** PDF.js's id of the run's font: a change of font marks a separate bullet glyph. */
  font: string;
}

/** One page's text runs, in content-stream order (not reading order). */
export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
}

/** A stretch of one printed line: a line beside another column has two or more. */
export interface Segment {
  x0: number;
  x1: number;
  text: string;
  /** The list marker that starts the segment (a bullet glyph as `-`, or `(i)`, `1.`, `a)`), when there is one. */
  marker?: string;
  /** Where the text after the marker starts: continuation lines of the item hang there. */
  textX: number;
}

/** One printed line of a page: runs on one baseline, left to right. */
export interface Line {
  page: number;
  y: number;
  size: number;
  segments: Segment[];
}

/** A line in reading order with one segment (columns already read one after the other). */
export interface FlatLine extends Segment {
  page: number;
  y: number;
  size: number;
}
