import { parseDocument, type ParsedFile } from '../../scripts/ingest/parse-document.ts';
import { AUTHORITIES, SEED_FILES, seedBytes } from './seeds.ts';

/** A seed's text (index into the sorted seed files). */
export function seedText(index: number): string {
  return new TextDecoder().decode(seedBytes(SEED_FILES[index]));
}

/** Parse a text as ingest parses a file (no disk). */
export function parseText(text: string, name = 'variant.txt'): ParsedFile {
  return parseDocument(name, new TextEncoder().encode(text), AUTHORITIES);
}

/** What must not change between variants of one document: metadata and findings (judgement, white-space-collapsed text). */
export function essentials(doc: ParsedFile) {
  const { body, sections, findings, source, closed, warnings, ...meta } = doc;
  return {
    ...meta,
    findings: findings.map((f) => ({
      judgement: f.judgement,
      text: f.text.replace(/\s+/g, ' ').trim(),
    })),
  };
}
