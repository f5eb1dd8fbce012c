/**
 * The intake report from real ingest outputs: rows in the order a maintainer
 * needs them, the Markdown file read back with an independent GFM parser, and
 * the compact terminal table.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import {
  INTAKE_REPORT_HEADER,
  intakeMarkdown,
} from '../../../scripts/ingest/report/intake-markdown.ts';
import { intakeRows } from '../../../scripts/ingest/report/intake-rows.ts';
import { intakeTable } from '../../../scripts/ingest/report/intake-table.ts';
import { ingest, seeds } from '../correct/ingest-with-corrections.ts';

const corrected = ingest(seeds(), {
  'leicester-2009-08':
    'corrections:\n  - split: Workforce capacity is sufficient\n    at: The duty team currently\n    reason: Two points in one bullet.\n',
});
const outputs = corrected.outputs.map((o) =>
  o.document.slug === 'rutland-2011-05'
    ? {
        ...o,
        warnings: [
          {
            code: 'summary-mismatch',
            message: 'the letter says two areas | for development, the parse found five',
            line: 40,
          },
        ],
      }
    : o,
);
const errors = [{ file: 'zz-scan.txt', message: 'the file is binary, not text' }];
const rows = intakeRows(outputs, errors);

function readTable(markdown: string): string[][] {
  const tree = fromMarkdown(markdown, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  });
  const table = tree.children.find((n): n is Table => n.type === 'table')!;
  return table.children.map((row) => row.children.map((c) => toString(c)));
}

describe('intake report', () => {
  it('puts errors first, then documents with warnings, then the rest by slug', () => {
    expect(rows.map((r) => [r.status, r.slug ?? r.file])).toEqual([
      ['error', 'zz-scan.txt'],
      ['check', 'rutland-2011-05'],
      ['ok', 'city-of-london-2011-07'],
      ['ok', 'leeds-2011-01-council-report'],
      ['ok', 'leicester-2009-08'],
      ['ok', 'lincolnshire-2011-01'],
    ]);
  });

  it('counts findings per judgement and corrections, from the documents', () => {
    const leicester = rows.find((r) => r.slug === 'leicester-2009-08')!;
    expect(leicester).toMatchObject({
      kind: 'Ofsted letter',
      authority: 'Leicester',
      inspection: '2009-08-11 to 2009-08-12',
      dated: '2009-09-02',
      corrections: 1,
    });
    expect(leicester.findings).toEqual({
      'priority-action': 0,
      'area-for-development': 6,
      strength: 8,
      'meets-requirements': 5,
    });
    expect(rows.find((r) => r.slug === 'leeds-2011-01-council-report')).toMatchObject({
      kind: 'Council report',
      dated: '2011-03-09',
      corrections: 0,
    });
  });

  it('notes an incomplete mark; flags only warnings no one has reviewed', () => {
    const leicester = outputs.find((o) => o.document.slug === 'leicester-2009-08')!;
    const byHand = {
      ...leicester,
      document: { ...leicester.document, incomplete: { reason: 'page 3 is missing' } },
    };
    expect(intakeRows([byHand], [])[0]).toMatchObject({
      status: 'ok',
      notes: ['incomplete: page 3 is missing'],
    });
    const parsed = {
      ...byHand,
      warnings: [{ code: 'incomplete', message: 'the last finding stops mid-sentence', line: 70 }],
    };
    expect(intakeRows([parsed], [])[0]).toMatchObject({
      status: 'check',
      notes: ['the last finding stops mid-sentence (line 70)'],
    });
    const reviewed = {
      ...parsed,
      warnings: [{ ...parsed.warnings[0], reviewed: 'the original ends there too' }],
    };
    expect(intakeRows([reviewed], [])[0]).toMatchObject({
      status: 'ok',
      notes: ['reviewed (the original ends there too): the last finding stops mid-sentence'],
    });
  });

  it('writes a generated Markdown table that a GFM parser reads back cell for cell', () => {
    const markdown = intakeMarkdown(rows);
    expect(markdown.startsWith(`${INTAKE_REPORT_HEADER}\n`)).toBe(true);
    const table = readTable(markdown);
    expect(table[0]).toEqual([
      'Look',
      'Document',
      'Source file',
      'Kind',
      'Authority',
      'Inspection',
      'Dated',
      'Areas for priority action',
      'Areas for development',
      'Strengths',
      'Meets requirements',
      'Corrected by hand',
      'Notes',
    ]);
    expect(table).toHaveLength(1 + rows.length);
    expect(table[1]).toEqual([
      'Error',
      '',
      'zz-scan.txt',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'the file is binary, not text',
    ]);
    expect(table[2].slice(0, 2)).toEqual(['Check', 'rutland-2011-05']);
    expect(table[2][12]).toBe(
      'the letter says two areas | for development, the parse found five (line 40)',
    );
    expect(table.find((r) => r[1] === 'leicester-2009-08')!.slice(7)).toEqual([
      '0',
      '6',
      '8',
      '5',
      '1',
      '',
    ]);
    expect(intakeMarkdown(rows)).toBe(markdown);
  });

  it('prints a compact terminal table, documents without warnings summed up when there are many', () => {
    const lines = intakeTable(rows, 'content/intake-report.md');
    expect(lines[0]).toBe(
      'intake: 5 documents (1 to check, 4 ok), 1 files with errors — full report in content/intake-report.md',
    );
    expect(lines[1].split(/\s+/).filter(Boolean)).toEqual([
      'document',
      'P',
      'D',
      'S',
      'M',
      'corrected',
      'notes',
    ]);
    expect(lines[2]).toMatch(/^ERROR\s+zz-scan\.txt\s+the file is binary/);
    expect(lines[3]).toMatch(/^CHECK\s+rutland-2011-05\s+0\s+5\s+0\s+13\s+the letter says/);
    expect(lines).toHaveLength(2 + rows.length);
    const many = [
      ...rows,
      ...Array.from({ length: 30 }, (_, i) => ({ ...rows.at(-1)!, slug: `x-${i}` })),
    ];
    const short = intakeTable(many, 'r.md');
    expect(short.at(-1)).toBe('… and 34 documents without warnings');
    expect(short).toHaveLength(2 + 2 + 1);
  });
});
