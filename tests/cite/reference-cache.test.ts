/**
 * referenceHtml renders one template per document and judgement and puts each
 * finding's id into it (a build-time saving): it must give exactly what
 * citeproc-js gives for the finding itself, for every finding of the committed
 * letters and of the awkward fixtures, in both styles.
 */
import { describe, expect, it } from 'vitest';
import { documentCsl, findingCsl } from '../../src/lib/citation/csl.ts';
import { referenceHtml, renderReference, STYLES, type ReferenceStyle } from '../../src/lib/citation/formats.ts';
import { loadDocuments } from '../helpers/content.ts';
import { AT, LETTER, REPORT } from './fixtures.ts';

const styles = Object.keys(STYLES) as ReferenceStyle[];
const documents = [...loadDocuments(), LETTER, REPORT];

describe('reference templates', () => {
  it('give what citeproc-js gives for each finding and document', () => {
    let compared = 0;
    for (const doc of documents) {
      const items = [documentCsl(doc, AT), ...doc.findings.map((f) => findingCsl(doc, f, AT))];
      for (const item of items) {
        for (const style of styles) {
          expect(referenceHtml(item, style), `${item.id} ${style}`).toBe(renderReference(item, style));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('render an id that a style would change, or that needs escaping, on its own', () => {
    const finding = findingCsl(LETTER, LETTER.findings[1]!, AT);
    for (const item of [{ ...finding, title: `${finding.id} at the start` }, { ...finding, id: 'Leicester_D3', title: 'Leicester_D3 & co in the title' }]) {
      for (const style of styles) expect(referenceHtml(item, style)).toBe(renderReference(item, style));
    }
  });
});
