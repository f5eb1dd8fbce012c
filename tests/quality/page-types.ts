/**
 * One page of every type the site builds, for the checks that run in a
 * browser (accessibility, keyboard, security headers). Paths are without the
 * base; `ready` waits for what the page renders with JavaScript.
 */
import type { Page } from 'playwright-core';

/** A page to open and what to wait for before checking it. */
export interface PageType {
  name: string;
  path: string;
  /** Expected HTTP status (the 404 page is served for a missing path). */
  status?: number;
  ready?: (page: Page) => Promise<void>;
}

/** Every page type, the search page with results on screen. */
export const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '/' },
  { name: 'letters index', path: '/letters/' },
  { name: 'letters by authority', path: '/letters/by-authority/' },
  { name: 'letter', path: '/letters/leicester-2009-08/' },
  {
    name: 'council report',
    path: '/letters/leeds-2011-01-council-report/',
    // Its cover sheets open, so that what they hold is checked too.
    ready: (page) =>
      page.evaluate(() => {
        for (const sheet of document.querySelectorAll('details.cover-sheet'))
          sheet.setAttribute('open', '');
      }),
  },
  { name: 'authorities index', path: '/authorities/' },
  { name: 'authority', path: '/authorities/leicester/' },
  { name: 'themes index', path: '/themes/' },
  { name: 'theme', path: '/themes/supervision/' },
  { name: 'former theme', path: '/themes/progress-since-last-inspection/' },
  { name: 'years index', path: '/years/' },
  { name: 'year', path: '/years/2011/' },
  { name: 'finding', path: '/findings/leicester-2009-08-d3/' },
  { name: 'finding from a council report', path: '/findings/leeds-2011-01-cr-s1/' },
  { name: 'picture', path: '/picture/' },
  { name: 'theme method', path: '/about/themes/' },
  { name: 'follow-up method', path: '/about/follow-up/' },
  { name: 'charts', path: '/charts/' },
  { name: 'coverage', path: '/coverage/' },
  {
    name: 'search with results',
    path: '/search/?q=chronology',
    ready: (page) =>
      page
        .locator('[data-summary]')
        .filter({ hasText: /\d+ findings?/ })
        .waitFor(),
  },
  { name: 'data', path: '/data/' },
  { name: 'about', path: '/about/' },
  { name: 'accessibility statement', path: '/accessibility/' },
  { name: '404', path: '/no-such-page/', status: 404 },
];
