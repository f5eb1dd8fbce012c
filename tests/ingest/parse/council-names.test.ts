/**
 * A council report's council, named as Ofsted's letters name it (the report's
 * author in citations): which letter it comes from, and that ingest sets it.
 */
import { describe, expect, it } from 'vitest';
import {
  formalCouncilName,
  type NamedDocument,
} from '../../../scripts/ingest/parse/council-names.ts';
import { ingestDocuments } from '../../../scripts/ingest/ingest-documents.ts';
import { councilName } from '../../../src/lib/citation/issuer.ts';
import { emptyRegistry } from '../../../src/schemas/finding-ids.ts';
import { AUTHORITIES, SEED_FILES, seedBytes } from '../../helpers/seeds.ts';

const doc = (
  kind: NamedDocument['kind'],
  authority: string,
  start: string,
  authorityName: string,
): NamedDocument => ({
  kind,
  slug: `${authority}-${start.slice(0, 7)}${kind === 'council-report' ? '-council-report' : ''}`,
  authority: { slug: authority },
  inspection: { start },
  authorityName,
});

describe('formalCouncilName', () => {
  const report = doc('council-report', 'leeds', '2011-01-18', 'Leeds');

  it('takes the name from the letter about the same inspection', () => {
    const letters = [
      doc('ofsted-letter', 'leeds', '2012-02-01', 'Leeds City Council (later)'),
      doc('ofsted-letter', 'leeds', '2011-01-18', 'Leeds City Council'),
    ];
    expect(formalCouncilName(report, [report, ...letters])).toBe('Leeds City Council');
  });

  it('else from the latest letter to the same authority', () => {
    const letters = [
      doc('ofsted-letter', 'leeds', '2009-07-01', 'Leeds Council'),
      doc('ofsted-letter', 'leeds', '2010-06-01', 'Leeds City Council'),
    ];
    expect(formalCouncilName(report, letters)).toBe('Leeds City Council');
  });

  it('never from another authority, another report or an empty name', () => {
    const others = [
      doc('ofsted-letter', 'leicester', '2011-01-18', 'Leicester City Council'),
      doc('council-report', 'leeds', '2011-01-18', 'Leeds'),
      doc('ofsted-letter', 'leeds', '2011-01-18', ' '),
    ];
    expect(formalCouncilName(report, others)).toBeNull();
  });
});

describe('ingest', () => {
  const context = { authorities: AUTHORITIES, registry: emptyRegistry(), tagThemes: () => [] };
  const file = (prefix: string) => SEED_FILES.find((name) => name.startsWith(prefix))!;
  const reportFile = { name: file('004'), bytes: seedBytes(file('004')) };
  // Rutland's letter, retold as a letter to Leeds City Council (another inspection: the latest-letter case).
  const leedsLetter = new TextEncoder().encode(
    new TextDecoder()
      .decode(seedBytes(file('003')))
      .replaceAll('Rutland County Council', 'Leeds City Council')
      .replaceAll('Rutland', 'Leeds'),
  );
  const reportOf = (result: ReturnType<typeof ingestDocuments>) =>
    result.outputs.map((o) => o.document).find((d) => d.kind === 'council-report')!;

  it('names a report’s council from a letter to the same authority in the run, and cites it so', () => {
    const result = ingestDocuments(
      [reportFile, { name: 'leeds-letter.txt', bytes: leedsLetter }],
      context,
    );
    expect(result.errors).toEqual([]);
    const report = reportOf(result);
    expect(report.kind === 'council-report' && report.council).toBe('Leeds City Council');
    expect(councilName(report)).toBe('Leeds City Council');
    expect(result.outputs.find((o) => o.document.kind === 'council-report')!.mdx).toContain(
      'council: "Leeds City Council"',
    );
  });

  it('leaves it null without such a letter, and cites "<name> Council"', () => {
    const report = reportOf(
      ingestDocuments([reportFile, { name: file('003'), bytes: seedBytes(file('003')) }], context),
    );
    expect(report.kind === 'council-report' && report.council).toBeNull();
    expect(councilName(report)).toBe('Leeds Council');
  });
});
