/**
 * Permalinks never break: every id ever issued (content/finding-ids.json,
 * retired ids included) has a page in dist/; a retired id's page says it was
 * retired and links to its letter; every active finding is an element with
 * its id on its letter page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE, builtExists, builtPage, loadDocuments, loadRegistry, requireDist } from './built.ts';

const registry = loadRegistry();
const documents = loadDocuments();

beforeAll(requireDist);

describe('finding permalinks', () => {
  it('every id ever issued has dist/findings/<id>/index.html', () => {
    const missing = Object.keys(registry.ids).filter(
      (id) => !builtExists(`findings/${id}/index.html`),
    );
    expect(missing, `ids without a page: ${missing.join(', ')}`).toEqual([]);
  });

  it('a retired id’s page says it was retired and links to its letter', () => {
    const retired = Object.entries(registry.ids).filter(([, e]) => e.status === 'retired');
    for (const [id, entry] of retired) {
      const main = builtPage(`findings/${id}/`).querySelector('main')!;
      expect(main.text, id).toMatch(/retired/i);
      if (documents.some((d) => d.slug === entry.document)) {
        expect(
          main.querySelector(`a[href="${BASE}letters/${entry.document}/"]`),
          `${id} links to its letter`,
        ).not.toBeNull();
      }
    }
  });

  it('each letter page has an element with the id of each active finding', () => {
    const missing: string[] = [];
    for (const doc of documents) {
      const page = builtPage(`letters/${doc.slug}/`);
      for (const f of doc.findings)
        if (registry.ids[f.id]?.status !== 'retired' && !page.getElementById(f.id))
          missing.push(`${doc.slug}#${f.id}`);
    }
    expect(missing).toEqual([]);
  });
});
