/**
 * The open data in dist/: findings.csv round-trips through csv-parse to the
 * content's rows (text with quotes, commas and line breaks included),
 * findings.json and letters.json match the content, themes.qdc is
 * well-formed with one Code per theme, feed.xml is well-formed Atom, and the
 * /data/ page documents every field the files contain.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { themesFileSchema } from '../../src/schemas/theme.ts';
import {
  builtPage,
  canonical,
  loadDocuments,
  loadRegistry,
  readBuilt,
  requireDist,
} from './built.ts';

const documents = loadDocuments();
const registry = loadRegistry();
const taxonomy = themesFileSchema.parse(
  parseYaml(readFileSync(join(import.meta.dirname, '../../content/themes.yaml'), 'utf8')),
);
const { themes, retired } = taxonomy;
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['Code', 'entry'].includes(name),
});

/** The rows the content implies, built here without the site's code. */
function expectedRows(): Record<string, string>[] {
  const live = documents.flatMap((doc) =>
    doc.findings.map((f) => ({
      id: f.id,
      url: canonical(`findings/${f.id}/`),
      status: 'active',
      judgement: f.judgement,
      themes: f.themes.map((t) => t.theme).join(';'),
      text: f.text,
      position: String(f.position),
      repeats_previous: String(f.repeatsPrevious),
      authority: doc.authority.name,
      gss_code: doc.authority.gssCode,
      region: doc.authority.region,
      inspection_start: doc.inspection.start,
      inspection_end: doc.inspection.end,
      letter_date: doc.kind === 'ofsted-letter' ? doc.letterDate : (doc.ofstedLetterDate ?? ''),
      report_date: doc.kind === 'council-report' ? doc.reportDate : '',
      document_kind: doc.kind,
      document_slug: doc.slug,
      source_file: doc.source.file,
    })),
  );
  const retired = Object.entries(registry.ids)
    .filter(([, e]) => e.status === 'retired')
    .map(([id, e]) => ({
      id,
      status: 'retired',
      text: e.text,
      judgement: e.judgement,
      document_slug: e.document,
    }));
  return [...live, ...retired];
}

beforeAll(requireDist);

describe('findings.csv', () => {
  const rows = () =>
    parseCsv(readBuilt('data/findings.csv'), { columns: true }) as Record<string, string>[];

  it('has one row per id ever issued', () => {
    expect(
      rows()
        .map((r) => r.id)
        .sort(),
    ).toEqual(Object.keys(registry.ids).sort());
  });

  it('round-trips through csv-parse to the content’s values, text exactly', () => {
    const byId = new Map(rows().map((r) => [r.id, r]));
    for (const want of expectedRows()) expect(byId.get(want.id), want.id).toMatchObject(want);
  });
});

describe('findings.json and letters.json', () => {
  it('findings.json holds the same rows with typed values and the licence', () => {
    const json = JSON.parse(readBuilt('data/findings.json')) as {
      licence: string;
      findings: Record<string, unknown>[];
    };
    expect(json.licence).toContain(
      'Contains public sector information licensed under the Open Government Licence v3.0.',
    );
    const csv = parseCsv(readBuilt('data/findings.csv'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(json.findings.map((r) => r.id)).toEqual(csv.map((r) => r.id));
    const first = documents[0]!.findings[0]!;
    expect(json.findings.find((r) => r.id === first.id)).toMatchObject({
      themes: first.themes.map((t) => t.theme),
      repeats_previous: first.repeatsPrevious,
      position: first.position,
      text: first.text,
    });
  });

  it('letters.json holds every document in the schema, as ingest prints them', () => {
    const json = JSON.parse(readBuilt('data/letters.json')) as { documents: unknown[] };
    expect(Object.keys(json)).toEqual(['documents']);
    const bySlug = new Map(documents.map((d) => [d.slug, d]));
    expect(json.documents).toHaveLength(documents.length);
    for (const d of json.documents as { slug: string }[]) expect(d).toEqual(bySlug.get(d.slug));
  });

  it('themes.json holds the taxonomy, retired themes and their replacements included', () => {
    expect(JSON.parse(readBuilt('data/themes.json'))).toEqual({ themes, retired });
    expect(retired.length).toBeGreaterThan(0);
  });
});

describe('themes.qdc and feed.xml', () => {
  it('themes.qdc is a well-formed REFI-QDA codebook with one codable Code per theme and a non-codable one per retired theme', () => {
    const qdc = readBuilt('data/themes.qdc');
    expect(XMLValidator.validate(qdc)).toBe(true);
    const book = xml.parse(qdc).CodeBook;
    expect(book.xmlns).toBe('urn:QDA-XML:codebook:1.0');
    type Code = { name: string; guid: string; isCodable: string; Description: string };
    const codes = book.Codes.Code as Code[];
    expect(codes.filter((c) => c.isCodable === 'true').map((c) => c.name)).toEqual(
      themes.map((t) => t.label),
    );
    const old = codes.filter((c) => c.isCodable === 'false');
    expect(old.map((c) => c.name)).toEqual(retired.map((r) => `${r.label} (retired)`));
    const labels = new Map(themes.map((t) => [t.id, t.label]));
    retired.forEach((r, i) => {
      for (const id of r.replacedBy)
        expect(old[i]!.Description).toContain(`${labels.get(id)} (${id})`);
      expect(old[i]!.Description).toContain(`theme id: ${r.id} (retired)`);
    });
    expect(new Set(codes.map((c) => c.guid)).size).toBe(themes.length + retired.length);
  });

  it('feed.xml is well-formed Atom with an entry per document, updated at the newest document date', () => {
    const feed = readBuilt('feed.xml');
    expect(XMLValidator.validate(feed)).toBe(true);
    const f = xml.parse(feed).feed;
    expect(f.xmlns).toBe('http://www.w3.org/2005/Atom');
    const dates = documents
      .map((d) => (d.kind === 'ofsted-letter' ? d.letterDate : d.reportDate))
      .sort();
    expect(f.updated).toBe(`${dates.at(-1)}T00:00:00Z`);
    expect(f.id).toBe(canonical(''));
    expect(f.entry.map((e: { id: string }) => e.id).sort()).toEqual(
      documents.map((d) => canonical(`letters/${d.slug}/`)).sort(),
    );
    for (const e of f.entry)
      expect(
        e.id && e.title && e.updated && e.link?.href && e.summary,
        JSON.stringify(e),
      ).toBeTruthy();
  });
});

describe('the /data/ page', () => {
  /** Every key path in a JSON value: `findings[].themes[].theme`. */
  const paths = (value: unknown, prefix = ''): string[] => {
    if (Array.isArray(value)) return value.flatMap((v) => paths(v, `${prefix}[]`));
    if (value && typeof value === 'object')
      return Object.entries(value).flatMap(([k, v]) => {
        const p = prefix ? `${prefix}.${k}` : k;
        return [p, ...paths(v, p)];
      });
    return [];
  };
  const documented = () =>
    new Set(
      builtPage('data/')
        .querySelectorAll('table tbody th code')
        .map((c) => c.text),
    );

  it('documents every field of every file', () => {
    const names = documented();
    const letterKeys = new Set(
      paths((JSON.parse(readBuilt('data/letters.json')) as { documents: unknown[] }).documents)
        .map((p) => p.replace(/^\[\]\.?/, ''))
        .filter(Boolean),
    );
    const themeKeys = new Set(
      paths((JSON.parse(readBuilt('data/themes.json')) as { themes: unknown[] }).themes)
        .map((p) => p.replace(/^\[\]\.?/, ''))
        .filter(Boolean),
    );
    const csvKeys = Object.keys(
      (parseCsv(readBuilt('data/findings.csv'), { columns: true }) as Record<string, string>[])[0]!,
    );
    const undocumented = [...letterKeys, ...themeKeys, ...csvKeys].filter(
      (k) =>
        !names.has(k) &&
        !names.has(k.replace(/^inspection$/, 'inspection.start')) &&
        !(k === 'source' || k === 'inspection'),
    );
    expect(undocumented).toEqual([]);
  });

  it('states the licence and suggests a citation for the data set', () => {
    const main = builtPage('data/').querySelector('main')!.text;
    expect(main).toContain('Open Government Licence v3.0');
    expect(main).toContain(
      'Contains public sector information licensed under the Open Government Licence v3.0.',
    );
    expect(main).toContain('Front Door Findings contributors');
    expect(main).toContain(canonical('data/'));
  });
});
