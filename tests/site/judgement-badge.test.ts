/** The judgement badge: label, plural, suffix (escaped), the icon hidden from assistive technology, one shape per judgement. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { judgementBadgeHtml } from '../../src/lib/judgement-badge.ts';
import { judgementLabel, judgementPlural } from '../../src/lib/judgements.ts';
import { JUDGEMENTS } from '../../src/schemas/document.ts';

describe('judgementBadgeHtml', () => {
  it('labels each judgement in words beside a hidden icon of its own shape', () => {
    const icons = new Set<string>();
    for (const j of JUDGEMENTS) {
      const badge = parse(judgementBadgeHtml(j)).querySelector('span.badge')!;
      expect(badge.getAttribute('data-judgement')).toBe(j);
      expect(badge.querySelector('.badge__label')!.text).toBe(judgementLabel(j));
      const svg = badge.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      icons.add(svg.innerHTML);
      expect(parse(judgementBadgeHtml(j, { plural: true })).text).toBe(judgementPlural(j));
    }
    expect(icons.size).toBe(JUDGEMENTS.length);
  });

  it('adds a suffix after the label, escaped as Astro escapes text', () => {
    const html = judgementBadgeHtml('strength', { suffix: `(the council's <summary> & "more")` });
    expect(html).toContain(
      '<span class="badge__suffix"> (the council&#39;s &lt;summary&gt; &amp; &quot;more&quot;)</span>',
    );
    expect(parse(html).querySelector('.badge__label')!.text).toBe(
      `Strength (the council's <summary> & "more")`,
    );
    expect(judgementBadgeHtml('strength', { suffix: '' })).not.toContain('badge__suffix');
  });
});
