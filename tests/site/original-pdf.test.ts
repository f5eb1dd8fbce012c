import { describe, expect, it } from 'vitest';
import { originalPdf } from '../../src/lib/original-pdf.ts';

describe('the original PDF on a page', () => {
  it("links an https address on an allow-listed host, opening at the finding's page", () => {
    expect(
      originalPdf(
        'https://reports.ofsted.gov.uk/sites/default/files/documents/local_authority_reports/leicester/012_unannounced.pdf',
        3,
      ),
    ).toEqual({
      url: 'https://reports.ofsted.gov.uk/sites/default/files/documents/local_authority_reports/leicester/012_unannounced.pdf',
      href: 'https://reports.ofsted.gov.uk/sites/default/files/documents/local_authority_reports/leicester/012_unannounced.pdf#page=3',
    });
    expect(originalPdf('https://files.ofsted.gov.uk/v1/file/50001234#view=fit')?.href).toBe(
      'https://files.ofsted.gov.uk/v1/file/50001234',
    );
  });

  it('shows other hosts and plain http without linking, and nothing without an address', () => {
    expect(originalPdf('https://democracy.leeds.gov.uk/documents/s51234/report.pdf', 2)).toEqual({
      url: 'https://democracy.leeds.gov.uk/documents/s51234/report.pdf',
      href: undefined,
    });
    expect(originalPdf('http://www.ofsted.gov.uk/letter.pdf')?.href).toBeUndefined();
    expect(originalPdf(undefined)).toBeUndefined();
  });
});
