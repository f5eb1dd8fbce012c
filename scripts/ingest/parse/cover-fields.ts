import type { SourceLine } from '../clean/strip-furniture.ts';
import { labelValue } from './cover-lines.ts';

/** One field of a cover box, both parts as written: "Report to:" and "Cabinet", "Is it in the Council's Forward Plan?" and "No". */
export interface CoverField {
  label: string;
  value: string;
}

/** A cell that is a label alone: it ends in a colon or a question mark. */
const LABEL_ONLY = /[:?]$/;

/**
 * A cover box's rows read as label–value pairs, or undefined when that is not
 * reliable. Reliable means every cell of every row is a "Label: value", or a
 * label whose value is the next cell (a row's number before it is part of
 * the label: "1. Meeting:"), or the rest of a value a "/", "," or
 * "&" carried onto the next line (tick boxes stay in their value, as
 * extracted). A line indented into the right-hand column, a label with no
 * value, a value cell that is itself labelled, or brackets left open (a word split
 * between the columns: "Call-in (Deta … ils contained in the Report)") all
 * mean the columns were interleaved by extraction: the box is then shown as
 * extracted instead.
 */
export function coverFields(rows: readonly SourceLine[]): CoverField[] | undefined {
  const fields: CoverField[] = [];
  for (const row of rows) {
    if (!balanced(row.text)) return undefined;
    const last = fields.at(-1);
    if (!row.cells && last && !labelValue(row.text) && /[/,&]$/.test(last.value)) {
      last.value = `${last.value} ${row.text.trim()}`;
      continue;
    }
    if (!row.cells && /^\s/.test(row.text)) return undefined;
    const pairs = pairCells(row.cells ?? [row.text.trim()]);
    if (!pairs) return undefined;
    fields.push(...pairs);
  }
  return fields;
}

/** Cells → pairs: "Label: value" in one cell, or a label cell and its value cell. */
function pairCells(cells: readonly string[]): CoverField[] | undefined {
  const pairs: CoverField[] = [];
  for (let i = 0; i < cells.length; i += 1) {
    // "1.", "Meeting:", "Cabinet Member …": a numbered row's number belongs to its label.
    const number = /^\d{1,2}\.?$/.test(cells[i]) && i + 1 < cells.length ? `${cells[i]} ` : '';
    if (number) i += 1;
    const own = labelValue(cells[i]);
    if (own?.value) {
      pairs.push({ label: number + own.label, value: own.value });
      continue;
    }
    const value = cells[i + 1];
    if (!LABEL_ONLY.test(cells[i]) || value === undefined || LABEL_ONLY.test(value))
      return undefined;
    if (labelValue(value)?.value) return undefined; // "Report to:" then "Date: 7 July 2010": the columns are out of step
    pairs.push({ label: number + cells[i], value });
    i += 1;
  }
  return pairs;
}

/** Round brackets closed as often as opened, in order. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth += 1;
    else if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
