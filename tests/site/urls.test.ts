import { describe, expect, it } from 'vitest';
import { joinBase, routes, withBase } from '../../src/lib/urls.ts';

describe('joinBase', () => {
  it.each([
    ['/', 'letters/x/', '/letters/x/'],
    ['/', '', '/'],
    ['/sub/', 'letters/x/', '/sub/letters/x/'],
    ['/sub', 'letters/x/', '/sub/letters/x/'],
    ['/sub/', '/findings/a/#b', '/sub/findings/a/#b'],
  ])('base %s + %s = %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

describe('routes', () => {
  it('prefix the configured base and end in a slash (trailingSlash: always)', () => {
    expect(withBase('about/')).toBe(`${import.meta.env.BASE_URL}about/`.replace('//', '/'));
    for (const url of [
      routes.home(),
      routes.letters(),
      routes.letter('leeds-2011-01'),
      routes.finding('leeds-2011-01-d1'),
      routes.theme('supervision'),
      routes.year(2009),
    ]) {
      expect(url.startsWith('/')).toBe(true);
      expect(url.endsWith('/')).toBe(true);
    }
  });
  it('point a finding at its anchor in its letter', () => {
    expect(routes.findingInLetter('leicester-2009-08', 'leicester-2009-08-d3')).toBe(
      '/letters/leicester-2009-08/#leicester-2009-08-d3',
    );
  });
});
