/** The headless Chromium launcher the tests share with the benchmark (scripts/lib/browser.ts). */
export * from '../../scripts/lib/browser.ts';
