import type { OwnHeaders } from '../clean/own-headers.ts';
import type { SourceLine } from '../clean/strip-furniture.ts';
import { reportFields } from './report-metadata.ts';
import { wrappedCells } from './wrapped-cells.ts';

/**
 * What a council report's running headers may repeat of its header box (see
 * `ownHeaderTest`): the meeting, its date and the title, read from the lines
 * as the parser reads them (`source`: the text's lines, for the box's
 * columns). Running headers come after the title, so they do not change
 * what the box says.
 */
export function ownHeaders(lines: readonly SourceLine[], source: readonly string[]): OwnHeaders {
  const fields = reportFields(wrappedCells(lines, source).flat());
  return { committee: fields.committee, date: fields.reportDate, title: fields.title };
}
