/** The cover sheet's HTML helpers (src/lib/cover-sheet.ts): fields as a summary list, lines one to a row. */
import { describe, expect, it } from 'vitest';
import { coverFieldRows, coverLineSpans } from '../../src/lib/cover-sheet.ts';

describe('coverFieldRows', () => {
  it('makes each "<strong>Label:</strong> value" item a dt and dd, text as escaped', () => {
    expect(
      coverFieldRows(
        '<ul>\n<li><strong>Report to:</strong> Cabinet</li>\n<li><strong>Is it &lt;key&gt;?</strong> No</li>\n</ul>',
      ),
    ).toBe(
      '<div><dt>Report to:</dt><dd>Cabinet</dd></div><div><dt>Is it &lt;key&gt;?</dt><dd>No</dd></div>',
    );
  });
  it('gives up on anything else, so the caller shows the HTML as it is', () => {
    expect(coverFieldRows('<ul><li>Cabinet</li></ul>')).toBeUndefined();
    expect(coverFieldRows('<p>Report to: Cabinet</p>')).toBeUndefined();
    expect(coverFieldRows('<ul><li><strong>A:</strong> b</li></ul><p>more</p>')).toBeUndefined();
  });
});

describe('coverLineSpans', () => {
  it('puts each line of the paragraph in a span of its own', () => {
    expect(coverLineSpans('<p>Wards: All Specific For:<br/>\nEquality &amp; Diversity</p>')).toBe(
      '<p class="cover-sheet__raw"><span>Wards: All Specific For:</span><span>Equality &amp; Diversity</span></p>',
    );
  });
});
