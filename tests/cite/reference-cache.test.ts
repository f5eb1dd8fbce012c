/**
 * referenceHtml renders one template per reference *shape* (style, kind of
 * item, year) and puts each item's own id, title, URL, author, publisher and
 * genre into it (a build-time saving): it must give exactly what citeproc-js
 * gives for the item itself — for every document and finding of the committed
 * content, of the awkward fixtures and of a synthetic corpus, in both styles —
 * and fall back to citeproc-js whenever a value or a style could change text.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAuthorities } from '../../scripts/bench/authorities.ts';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { ingestDocuments } from '../../scripts/ingest/ingest-documents.ts';
import { documentCsl, findingCsl } from '../../src/lib/citation/csl.ts';
import {
  referenceHtml,
  referenceTemplateStats,
  renderReference,
  STYLES,
  type ReferenceStyle,
} from '../../src/lib/citation/formats.ts';
import type { SourceDocument } from '../../src/schemas/document.ts';
import { emptyRegistry } from '../../src/schemas/finding-ids.ts';
import { AUTHORITIES } from '../helpers/seeds.ts';
import { loadDocuments } from '../helpers/content.ts';
import { AT, LETTER, REPORT } from './fixtures.ts';

const styles = Object.keys(STYLES) as ReferenceStyle[];

/**
 * 12 synthetic letters (the benchmark's generator) through the real ingest: 12 authorities over the
 * programme's years, a dozen findings each — every reference shape a letter and a finding can take.
 */
function syntheticDocuments(): SourceDocument[] {
  const rows = readAuthorities(join(import.meta.dirname, '..', '..', 'content', 'authorities.csv'));
  const files = generateCorpus({ n: 12, seed: 7, authorities: rows }).map((f) => ({
    name: f.name,
    bytes: new TextEncoder().encode(f.text),
  }));
  const result = ingestDocuments(files, {
    authorities: AUTHORITIES,
    registry: emptyRegistry(),
    tagThemes: () => [],
  });
  expect(result.errors).toEqual([]);
  return result.outputs.map((o) => o.document);
}

function compareAll(documents: readonly SourceDocument[]): number {
  let compared = 0;
  for (const doc of documents) {
    const items = [documentCsl(doc, AT), ...doc.findings.map((f) => findingCsl(doc, f, AT))];
    for (const item of items) {
      for (const style of styles) {
        expect(referenceHtml(item, style), `${item.id} ${style}`).toBe(
          renderReference(item, style),
        );
        compared++;
      }
    }
  }
  return compared;
}

describe('reference templates', () => {
  it('give what citeproc-js gives for each finding and document of the content and the fixtures', () => {
    expect(compareAll([...loadDocuments(), LETTER, REPORT])).toBeGreaterThan(100);
  });

  it('give what citeproc-js gives across a synthetic corpus, from a handful of templates', () => {
    const documents = syntheticDocuments();
    expect(new Set(documents.map((d) => d.authority.slug)).size).toBe(12);
    const years = new Set(
      documents.map((d) => ('letterDate' in d ? d.letterDate.slice(0, 4) : '')),
    );
    expect(years.size).toBeGreaterThanOrEqual(3);
    const before = referenceTemplateStats();
    const compared = compareAll(documents);
    expect(compared).toBeGreaterThan(12 * 2 * 10);
    const after = referenceTemplateStats();
    // Letters and findings, two styles, a few years: a few dozen shapes at most, each one templated.
    expect(after.templated - before.templated).toBeLessThan(40);
    expect(after.refused).toBe(before.refused);
  });

  it('render values a style would change, or that need escaping, on their own', () => {
    const finding = findingCsl(LETTER, LETTER.findings[1]!, AT);
    const variants = [
      { ...finding, title: `${finding.id} at the start` },
      { ...finding, id: 'Leicester_D3', title: 'Leicester_D3 & co in the title' },
      { ...finding, title: "Children's services: a title with an apostrophe" },
      { ...finding, title: 'A title that asks a question?' },
      { ...finding, title: 'A "quoted" title <i>with markup</i>' },
      { ...finding, author: [{ literal: 'fdftitlezq Council' }] as [{ literal: string }] },
    ];
    for (const item of variants) {
      for (const style of styles)
        expect(referenceHtml(item, style), `${item.title} ${style}`).toBe(
          renderReference(item, style),
        );
    }
  });
});
