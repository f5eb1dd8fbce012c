/**
 * Hostile and broken input, end to end: the corpus of
 * tests/hostile/ (cases.ts, documented in tests/hostile/README.md) goes
 * through the ingest command into a temporary content folder and is built
 * into a site (FDF_CONTENT_DIR, in a private project copy). Bad files must
 * fail with an error naming them; good files must show their hostile finding
 * literally on the letter page and the finding page, with no injected
 * element, attribute, script or javascript: URL anywhere, and search over
 * them must not run or inject anything in a real browser.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_LINK_HOSTS } from '../../scripts/check-links/allowed-hosts.ts';
import { checkLinks } from '../../scripts/check-links/check-links.ts';
import { readSite } from '../../scripts/check-links/read-site.ts';
import type { SourceDocument } from '../../src/schemas/document.ts';
import { launchBrowser, watchedPage } from '../helpers/browser.ts';
import { loadDocuments } from '../helpers/content.ts';
import { ROOT, SEED_FILES } from '../helpers/seeds.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { HOSTILE_CASES, TARGETS } from '../hostile/cases.ts';
import { INPUT_DIR, writeCases } from '../hostile/write-cases.ts';
import { buildCopy, copyProject } from './build-copy.ts';

const CORRECTED = {
  slug: 'rutland-2012-05',
  reason: '<script>alert(1)</script> {props} **bold** & [link](javascript:alert(1))',
  yaml: `corrections:
  - finding: The views of children and young people are consistently sought
    judgement: strength
    reason: "<script>alert(1)</script> {props} **bold** & [link](javascript:alert(1))"
  - field: letterDate
    value: 2012-05-29
    reason: "<img src=x onerror=alert(1)> {letter.date}"
`,
};
const work = mkdtempSync(join(tmpdir(), 'fdf-hostile-'));
const inDir = join(work, 'in');
const content = join(work, 'content');
let ingest: { status: number | null; stderr: string };
let dist: string;
let documents: Map<string, SourceDocument>;

beforeAll(async () => {
  // The committed inputs, plus the 5 MB case, which the test writes rather than the repository holding it.
  cpSync(INPUT_DIR, inDir, { recursive: true });
  for (const c of HOSTILE_CASES.filter((c) => c.generated))
    writeFileSync(join(inDir, c.file), c.bytes());
  writeFileSync(join(work, 'no-overrides.yaml'), 'overrides: []\n'); // content/theme-overrides.yaml names seed findings
  // A correction by hand whose reasons are hostile too: the reason is free text shown on the pages.
  mkdirSync(join(inDir, 'corrections'));
  writeFileSync(join(inDir, 'corrections', `${CORRECTED.slug}.yaml`), CORRECTED.yaml);
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'scripts/ingest.ts'),
      '--in',
      inDir,
      '--out',
      content,
      '--overrides',
      join(work, 'no-overrides.yaml'),
    ],
    { encoding: 'utf8' },
  );
  ingest = { status: result.status, stderr: result.stderr };
  documents = new Map(loadDocuments(content).map((doc) => [doc.source.file, doc]));
  dist = (await buildCopy(copyProject(join(work, 'project')), { FDF_CONTENT_DIR: content })).outDir;
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const good = HOSTILE_CASES.filter((c) => c.finding !== undefined);
const bad = HOSTILE_CASES.filter((c) => c.error !== undefined);
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const page = (path: string) => parse(readFileSync(join(dist, path), 'utf8'), { comment: true });

/** The changed finding of a good case's document. */
function changedFinding(file: string, expected: string) {
  const doc = documents.get(file);
  if (!doc) throw new Error(`${file} produced no document:\n${ingest.stderr}`);
  const finding = doc.findings.find((f) => f.text === expected);
  if (!finding)
    throw new Error(
      `${file}: no finding reads ${JSON.stringify(expected.slice(0, 80))}; got ${JSON.stringify(doc.findings.map((f) => f.text.slice(0, 60)))}`,
    );
  return { doc, finding };
}

/** Elements that could run code or load something: their count must not change with a finding's text. */
const ACTIVE = [
  'script',
  'style',
  'iframe',
  'img',
  'object',
  'embed',
  'base',
  'form',
  'input',
  'link',
  'meta',
  'svg',
  'template',
  'noscript',
];
const census = (root: HTMLElement) =>
  Object.fromEntries(ACTIVE.map((tag) => [tag, root.querySelectorAll(tag).length]));

it('the committed corpus is exactly what tests/hostile/cases.ts makes (regenerate: npm exec -- node tests/hostile/write-cases.ts)', () => {
  const fresh = join(work, 'fresh');
  const files = writeCases(fresh);
  expect(readdirSync(INPUT_DIR).sort()).toEqual(files.sort());
  for (const file of files)
    expect(readFileSync(join(INPUT_DIR, file)).equals(readFileSync(join(fresh, file))), file).toBe(
      true,
    );
  expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(20);
});

describe('broken files fail with an error naming the file', () => {
  it('ingest exits non-zero and writes only the good documents', () => {
    expect(ingest.status).toBe(1);
    expect([...documents.keys()].sort()).toEqual(good.map((c) => c.file).sort());
  });
  it.each(bad.map((c) => [c.file, c] as const))('%s', (file, c) => {
    const lines = ingest.stderr.split('\n').filter((l) => l.startsWith(`${join(inDir, file)}:`));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(c.error!);
    if (c.line) expect(lines[0].startsWith(`${join(inDir, file)}:${c.line}: `)).toBe(true);
  });
});

describe('hostile findings are stored exactly and shown literally, with nothing injected', () => {
  const baseline = () =>
    page(
      `letters/${changedFinding('01-seed-letter-unchanged.txt', TARGETS[0]).doc.slug}/index.html`,
    );

  it.each(good.map((c) => [c.file, c] as const))('%s', (file, c) => {
    const { doc, finding } = changedFinding(file, c.finding!);
    // The other findings are the seed's, untouched by the encoding, line ends or page breaks.
    const seed = loadDocuments().find((d) => d.source.file === SEED_FILES[c.seed!])!;
    const expected = seed.findings.map((f) => (f.text === TARGETS[c.seed!] ? c.finding : f.text));
    if (c.incomplete) {
      // A text that ends early is kept and flagged; its findings are the seed's up to the cut.
      expect(doc.incomplete?.reason).toMatch(/ends early/);
      expect(doc.findings.length).toBeGreaterThan(0);
      expect(doc.findings.map((f) => f.text)).toEqual(expected.slice(0, doc.findings.length));
    } else expect(doc.findings.map((f) => f.text)).toEqual(expected);

    const letter = page(`letters/${doc.slug}/index.html`);
    const item = letter.getElementById(finding.id);
    expect(item, `#${finding.id} on the letter page`).not.toBeNull();
    const text = item!.querySelector('.finding__text')!;
    expect(text.children.map((e) => e.tagName)).toEqual(['P']);
    expect(text.children[0].children).toEqual([]);
    expect(normalise(text.text)).toBe(normalise(c.finding!));
    // A truncated letter's page has fewer findings, so fewer of each per-finding element: nothing to compare.
    if (c.seed === 0 && !c.incomplete) expect(census(letter)).toEqual(census(baseline()));
    // Its page says the text ends early, with the evidence, and marks the finding cut by the end (only that one).
    const notice = letter.querySelector('.banner--incomplete');
    if (c.incomplete) expect(notice?.text).toContain(doc.incomplete!.reason);
    else expect(notice).toBeNull();
    const cut = doc.findings.filter((f) => f.incomplete).map((f) => f.id);
    expect(
      letter.querySelectorAll('.finding .incomplete-note').map((n) => n.closest('.finding')!.id),
    ).toEqual(cut);

    const own = page(`findings/${finding.id}/index.html`);
    const quote = own.querySelector('blockquote')!;
    expect(quote.children.map((e) => e.tagName)).toEqual(['P']);
    expect(quote.children[0].children).toEqual([]);
    expect(normalise(quote.text)).toBe(normalise(c.finding!));
  });

  it('a correction by hand shows its reason literally, as "Corrected by hand", on the letter and the finding page', () => {
    const doc = [...documents.values()].find((d) => d.slug === CORRECTED.slug)!;
    const finding = doc.findings.find((f) => f.corrections)!;
    expect(finding.judgement).toBe('strength');
    const letter = page(`letters/${doc.slug}/index.html`);
    const notes = letter.getElementById(finding.id)!.querySelector('.finding__corrections')!;
    expect(normalise(notes.text)).toBe(
      normalise(
        `Corrected by hand: ${CORRECTED.reason} (judgement set to strength; the parse read meets requirements)`,
      ),
    );
    expect(notes.querySelectorAll('*').map((e) => e.tagName)).toEqual([
      'UL',
      'LI',
      'STRONG',
      'SPAN',
    ]);
    const meta = letter
      .querySelectorAll('.summary-list > div')
      .find((row) => row.querySelector('dt')?.text === 'Corrected by hand')!;
    expect(normalise(meta.querySelector('dd')!.text)).toBe(
      '<img src=x onerror=alert(1)> {letter.date} (letter date set to 2012-05-29; the parse read 2012-05-28)',
    );
    expect(
      letter.querySelectorAll('.summary-list dd').some((dd) => dd.text.includes('29 May 2012')),
    ).toBe(true);
    const own = page(`findings/${finding.id}/index.html`);
    const row = own
      .querySelectorAll('.summary-list > div')
      .find((r) => r.querySelector('dt')?.text === 'Corrected by hand')!;
    expect(normalise(row.querySelector('dd')!.text)).toBe(
      normalise(
        `${CORRECTED.reason} (judgement set to strength; the parse read meets requirements)`,
      ),
    );
  });

  it('no page anywhere has an event-handler attribute, a javascript: URL or a script the site did not write', () => {
    const problems: string[] = [];
    for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile() && e.name.endsWith('.html'),
    )) {
      const file = join(entry.parentPath, entry.name);
      for (const element of parse(readFileSync(file, 'utf8')).querySelectorAll('*')) {
        for (const [name, value] of Object.entries(element.attributes)) {
          if (/^on/i.test(name)) problems.push(`${file}: <${element.rawTagName} ${name}>`);
          if (/^\s*javascript:/i.test(value))
            problems.push(`${file}: <${element.rawTagName} ${name}="${value}">`);
        }
        if (element.tagName === 'SCRIPT') {
          const type = element.getAttribute('type') ?? '';
          const ownBundle =
            type === 'module' &&
            /^\/_astro\/[\w.-]+\.js$/.test(element.getAttribute('src') ?? '') &&
            element.text.trim() === '';
          const data =
            /^application\/(ld\+)?json$/.test(type) &&
            (() => {
              try {
                JSON.parse(element.text);
                return true;
              } catch {
                return false;
              }
            })();
          if (!ownBundle && !data)
            problems.push(
              `${file}: unexpected <script ${element.rawAttrs}>${element.text.slice(0, 80)}`,
            );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the link check passes over the hostile site', () => {
    const problems = checkLinks(readSite(dist), {
      base: '/',
      origin: 'http://127.0.0.1:4321',
      allowedHosts: Object.keys(ALLOWED_LINK_HOSTS),
    });
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
  });
});

describe('in a browser', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('letters with script-like findings and search results over them run nothing and inject nothing', async () => {
    const context = await browser.newContext();
    const watch = await watchedPage(context);
    const dialogs: string[] = [];
    watch.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const file of [
      '03-script-tag.txt',
      '08-javascript-links.txt',
      '14-comments-and-closing-tags.txt',
    ]) {
      await watch.page.goto(`${server.origin}/letters/${documents.get(file)!.slug}/`);
    }
    await watch.page.goto(`${server.origin}/search/?q=alert`);
    await watch.page
      .locator('[data-summary]')
      .filter({ hasText: /\d+ findings?/ })
      .waitFor();
    const results = await watch.page.locator('[data-results]').evaluate((list) => ({
      count: list.children.length,
      tags: [
        ...new Set([...list.querySelectorAll('*')].map((e) => e.tagName.toLowerCase())),
      ].sort(),
      hrefs: [...list.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      text: list.textContent ?? '',
    }));
    expect(results.count).toBeGreaterThanOrEqual(3);
    // The judgement badge (span, svg, path, circle) is cloned from the page's own template; nothing from the letters is markup.
    expect(
      results.tags.every((t) =>
        ['li', 'h3', 'a', 'p', 'mark', 'span', 'svg', 'path', 'circle'].includes(t),
      ),
      results.tags.join(),
    ).toBe(true);
    expect(results.hrefs.every((h) => h.startsWith('/findings/'))).toBe(true);
    expect(results.text).toContain('<script>');
    expect(dialogs).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });
});
