import { JUDGEMENT_LETTER, JUDGEMENT_ORDER } from '../../../src/lib/judgements.ts';
import type { IntakeRow } from './intake-rows.ts';

/** Up to this many documents without warnings are listed on the terminal; more are summed up in one line. */
const OK_ROWS_SHOWN = 20;
/** Notes are cut to this width on the terminal; the report file has them whole. */
const NOTE_WIDTH = 90;

/**
 * The intake report for the terminal: a compact table, documents needing a
 * look first, with findings per judgement under the id letters (P D S M).
 */
export function intakeTable(rows: readonly IntakeRow[], reportPath: string): string[] {
  const ok = rows.filter((r) => r.status === 'ok');
  const shown = ok.length > OK_ROWS_SHOWN ? rows.filter((r) => r.status !== 'ok') : rows;
  const cells = shown.map((r) => [
    r.status.toUpperCase(),
    r.slug ?? r.file,
    ...JUDGEMENT_ORDER.map((j) => (r.findings ? String(r.findings[j]) : '')),
    r.corrections > 0 ? String(r.corrections) : '',
    cut(r.notes.join('; ')),
  ]);
  const header = [
    '',
    'document',
    ...JUDGEMENT_ORDER.map((j) => JUDGEMENT_LETTER[j].toUpperCase()),
    'corrected',
    'notes',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c
      .map((v, i) =>
        i >= 2 && i < header.length - 1 ? v.padStart(widths[i]) : v.padEnd(widths[i]),
      )
      .join('  ')
      .trimEnd();
  const count = (s: IntakeRow['status']) => rows.filter((r) => r.status === s).length;
  return [
    `intake: ${rows.length - count('error')} documents (${count('check')} to check, ${count('ok')} ok), ${count('error')} files with errors — full report in ${reportPath}`,
    line(header),
    ...cells.map(line),
    ...(shown.length < rows.length ? [`… and ${ok.length} documents without warnings`] : []),
  ];
}

function cut(note: string): string {
  return note.length > NOTE_WIDTH ? `${note.slice(0, NOTE_WIDTH - 1)}…` : note;
}
