/**
 * XML written straight to lines, for files a build writes many or large of:
 * the `.qdpx` project has an element per finding and per coding (~40,000 at
 * N = 500), and the Atom feeds repeat each document's entry in several feeds.
 * Building them as object trees for a generic serialiser allocated hundreds of
 * megabytes per build. Two spaces of indentation per level, one element per
 * line, a text-only element on one line, an element with neither text nor
 * children self-closed: the layout of fast-xml-parser's builder with
 * `format: true` (tests/open-data/xml-lines.test.ts compares the two). Pure.
 */

/** Attributes in the order they are written; values are escaped here. */
export type XmlAttributes = readonly (readonly [name: string, value: string])[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&apos;',
  '"': '&quot;',
};

/** Text or an attribute value with the five XML special characters escaped. */
export const escapeXml = (text: string): string => text.replace(/[&<>'"]/g, (c) => ENTITIES[c]!);

/** How text and attribute values are escaped. */
export interface XmlEscaping {
  text: (text: string) => string;
  attribute: (value: string) => string;
}

/** A document under construction, one line per element tag. */
export class XmlLines {
  private readonly lines: string[];
  private readonly escape: XmlEscaping;

  /** Starts with the XML declaration unless `declaration` is false (a fragment to put in documents with {@link raw}). */
  constructor({
    escape = { text: escapeXml, attribute: escapeXml },
    declaration = true,
  }: { escape?: XmlEscaping; declaration?: boolean } = {}) {
    this.escape = escape;
    this.lines = declaration ? ['<?xml version="1.0" encoding="utf-8"?>'] : [];
  }

  private attributes(attrs: XmlAttributes): string {
    let out = '';
    for (const [name, value] of attrs) out += ` ${name}="${this.escape.attribute(value)}"`;
    return out;
  }

  /** `<name attrs>`, whose children follow until {@link close}. */
  open(level: number, name: string, attrs: XmlAttributes = []): void {
    this.lines.push(`${'  '.repeat(level)}<${name}${this.attributes(attrs)}>`);
  }

  /** Lines written elsewhere (a fragment's {@link joined}), as they are. */
  raw(lines: string): void {
    this.lines.push(lines);
  }

  /** `</name>`. */
  close(level: number, name: string): void {
    this.lines.push(`${'  '.repeat(level)}</${name}>`);
  }

  /** An element with only text (self-closed when the text is empty). */
  leaf(level: number, name: string, attrs: XmlAttributes, text = ''): void {
    const head = `${'  '.repeat(level)}<${name}${this.attributes(attrs)}`;
    this.lines.push(text === '' ? `${head}/>` : `${head}>${this.escape.text(text)}</${name}>`);
  }

  /** The lines so far, joined, without a final newline (for {@link raw}). */
  joined(): string {
    return this.lines.join('\n');
  }

  /** The document, each line ending in a newline. */
  toString(): string {
    return `${this.joined()}\n`;
  }
}
