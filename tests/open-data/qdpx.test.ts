/**
 * The REFI-QDA export read back with other libraries than its writer's (jszip for the zip,
 * fast-xml-parser for the XML): every finding a selection whose text between startPosition and
 * endPosition, counted in code points, is exactly the finding; codings point at the right codes;
 * the source text is the letter's narrative; GUIDs are unique and the bytes reproducible.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { codebookCsv } from '../../src/lib/open-data/codebook-csv.ts';
import { qdpxProject } from '../../src/lib/open-data/qdpx.ts';
import { themeGuid } from '../../src/lib/open-data/qdc.ts';
import { parseThemes } from '../../src/lib/themes.ts';
import type { SourceDocument } from '../../src/schemas/document.ts';
import { ROOT } from '../helpers/seeds.ts';

const AT = { site: 'https://example.org', base: '/' };
// The committed documents with their MDX bodies, read with the yaml library rather than the site's loader.
const docs = readdirSync(join(ROOT, 'content/letters'))
  .sort()
  .map((name) => {
    const raw = readFileSync(join(ROOT, 'content/letters', name), 'utf8');
    const end = raw.indexOf('\n---\n', 4);
    return { doc: parseYaml(raw.slice(4, end)) as SourceDocument, body: raw.slice(end + 5) };
  });
// A finding with characters outside the Basic Multilingual Plane, so code points and UTF-16 units differ.
const astral = structuredClone(docs[0]!);
const first = astral.doc.findings[0]!;
const emoji = `${first.text} 𝐀 “quoted” 😀`;
astral.doc.findings[0] = { ...first, text: emoji };
const themes = parseThemes(readFileSync(join(ROOT, 'content/themes.yaml'), 'utf8'));
const bytes = qdpxProject([...docs.slice(1), astral], themes, AT);

const asArray = <T>(x: T | T[] | undefined): T[] =>
  x === undefined ? [] : Array.isArray(x) ? x : [x];
type Attrs = Record<string, string>;
let project: {
  Users: unknown;
  CodeBook: { Codes: { Code: unknown } };
  Sources: { TextSource: unknown };
} & Attrs;
let zip: JSZip;

beforeAll(async () => {
  zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('project.qde')!.async('string');
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    isArray: (name) => ['Code', 'TextSource', 'PlainTextSelection', 'Coding'].includes(name),
  }).parse(xml);
  project = parsed.Project;
});

describe('the .qdpx project', () => {
  it('is a zip of project.qde and one text file per document, in the REFI-QDA namespace', () => {
    expect(
      Object.keys(zip.files)
        .filter((n) => !n.endsWith('/'))
        .sort(),
    ).toEqual([
      'project.qde',
      ...asArray(project.Sources.TextSource as Attrs[])
        .map((s) => `sources/${s.plainTextPath!.replace('internal://', '')}`)
        .sort(),
    ]);
    expect(project.xmlns).toBe('urn:QDA-XML:project:1.0');
    expect(asArray(project.Sources.TextSource)).toHaveLength(docs.length);
  });

  it('every finding is a selection whose [start, end) in code points is exactly the finding', async () => {
    const expected = new Map(
      [...docs.slice(1), astral].flatMap(({ doc }) => doc.findings.map((f) => [f.id, f.text])),
    );
    let checked = 0;
    for (const source of project.Sources.TextSource as (Attrs & {
      PlainTextSelection: Attrs[];
    })[]) {
      const text = [
        ...(await zip
          .file(`sources/${source.plainTextPath!.replace('internal://', '')}`)!
          .async('string')),
      ];
      for (const sel of source.PlainTextSelection) {
        expect(
          text.slice(Number(sel.startPosition), Number(sel.endPosition)).join(''),
          sel.name,
        ).toBe(expected.get(sel.name!));
        checked += 1;
      }
    }
    expect(checked).toBe(expected.size);
    expect(checked).toBeGreaterThan(50);
  });

  it('the source text is the document’s narrative as the page shows it', async () => {
    const source = (project.Sources.TextSource as Attrs[]).find((s) =>
      s.name!.startsWith('City of London'),
    )!;
    const text = await zip
      .file(`sources/${source.plainTextPath!.replace('internal://', '')}`)!
      .async('string');
    expect(text).toContain(
      '\n\nTwo of the areas of development identified at the previous inspection of contact, referral and assessment arrangements in April 2010 have been addressed.',
    );
    expect(text).toContain('\n\nStrengths\n\n');
    expect(text).not.toMatch(/<Finding|\\$|###/m);
  });

  it('codes: judgements and themes, grouped; every coding points at its finding’s judgement and themes', () => {
    const groups = project.CodeBook.Codes.Code as (Attrs & { Code: Attrs[] })[];
    expect(groups.map((g) => [g.name, g.isCodable])).toEqual([
      ['Judgements', 'false'],
      ['Themes', 'false'],
    ]);
    expect(groups[0]!.Code.map((c) => c.name)).toEqual([
      'Area for priority action',
      'Area for development',
      'Strength',
      'Meets requirements',
    ]);
    // Every attribute has a value: isCodable="true", never a bare isCodable (not well-formed XML).
    expect(groups.flatMap((g) => g.Code.map((c) => c.isCodable))).toEqual(
      groups.flatMap((g) => g.Code.map(() => 'true')),
    );
    expect(groups[1]!.Code.map((c) => c.guid)).toEqual(themes.map((t) => themeGuid(t.id)));
    const nameOf = new Map(groups.flatMap((g) => g.Code.map((c) => [c.guid, c.name])));
    const findings = new Map(docs.flatMap(({ doc }) => doc.findings.map((f) => [f.id, f])));
    for (const source of project.Sources.TextSource as {
      PlainTextSelection: (Attrs & { Coding: { CodeRef: Attrs }[] })[];
    }[]) {
      for (const sel of source.PlainTextSelection) {
        const f = findings.get(sel.name!)!;
        const coded = sel.Coding.map((c) => nameOf.get(c.CodeRef.targetGUID!));
        expect(coded, sel.name).toEqual([
          groups[0]!.Code[
            ['priority-action', 'area-for-development', 'strength', 'meets-requirements'].indexOf(
              f.judgement,
            )
          ]!.name,
          ...f.themes.map((t) => themes.find((x) => x.id === t.theme)!.label),
        ]);
      }
    }
  });

  it('GUIDs are unique and well formed; the same corpus gives the same bytes', async () => {
    const xml = await zip.file('project.qde')!.async('string');
    const guids = [...xml.matchAll(/ guid="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(guids).size).toBe(guids.length);
    for (const g of guids)
      expect(g).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(
      Buffer.from(qdpxProject([...docs.slice(1), astral], themes, AT)).equals(Buffer.from(bytes)),
    ).toBe(true);
  });
});

describe('codebook.csv', () => {
  it('has a tag and a description column, one row per theme, in taxonomy order', () => {
    const rows = parseCsv(codebookCsv(themes), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['tag', 'description']);
    expect(rows.map((r) => r.tag)).toEqual(themes.map((t) => t.label));
    expect(rows[0]!.description).toContain(themes[0]!.id);
  });
});
