/** A finding read from a PDF is cited with the page of the original it is on; others without a page. */
import { describe, expect, it } from 'vitest';
import { findingCsl } from '../../src/lib/citation/csl.ts';
import { referenceHtml, toBibtex, toRis } from '../../src/lib/citation/formats.ts';
import { AT, LETTER } from './fixtures.ts';

describe("a finding's page in its citation", () => {
  const [finding] = LETTER.findings;

  it('is the CSL page, RIS SP, BibTeX pages and the references\' "p. 3" of a finding from a PDF', () => {
    const item = findingCsl(LETTER, { ...finding, page: 3 }, AT);
    expect(item.page).toBe('3');
    expect(toRis(item).split('\r\n')).toContain('SP  - 3');
    expect(toBibtex(item)).toMatch(/^\tpages = \{3\},$/m);
    expect(referenceHtml(item, 'apa')).toContain(' (p. 3) [Inspection letter]');
    expect(referenceHtml(item, 'harvard')).toContain('Ofsted, p. 3.');
  });

  it('is absent for a finding from a text source', () => {
    const item = findingCsl(LETTER, finding, AT);
    expect('page' in item).toBe(false);
    expect(toRis(item)).not.toMatch(/^SP {2}- /m);
  });
});
