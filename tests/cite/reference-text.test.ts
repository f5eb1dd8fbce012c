import { describe, expect, it } from 'vitest';
import { findingCsl } from '../../src/lib/citation/csl.ts';
import { htmlToText, referenceText } from '../../src/lib/citation/reference-text.ts';
import { referenceHtml } from '../../src/lib/citation/formats.ts';
import { AT, LETTER } from './fixtures.ts';

describe('referenceText', () => {
  it('is the APA reference the page shows, without markup, on one line', () => {
    const item = findingCsl(LETTER, LETTER.findings[1]!, AT);
    expect(referenceText(item)).toBe(`${referenceHtml(item, 'apa').replace(/<\/?i>/g, '')}\n`);
    expect(referenceText(item)).not.toMatch(/[<>]|&#/);
  });

  it('decodes what citeproc-js escapes', () => {
    expect(htmlToText('<i>A &#38; B &#60;C&#62;</i> &amp; &#x2019;s &nbsp;')).toBe(
      'A & B <C> & ’s \u00a0',
    );
    const item = {
      ...findingCsl(LETTER, LETTER.findings[1]!, AT),
      title: 'Children & “families” <at> risk',
    };
    expect(referenceText(item)).toContain('Children & “families” <at> risk');
  });
});
