/**
 * XML written straight to lines, for documents too large to build as an object
 * tree first: the `.qdpx` project has an element per finding and per coding
 * (~40,000 at N = 500), and building it through an object tree and a generic
 * serialiser allocated ~200 MB per build for a 7 MB file. Two spaces of
 * indentation per level, one element per line, a text-only element on one line,
 * an element with neither text nor children self-closed: the layout of
 * fast-xml-parser's builder with `format: true`, which the other XML files use,
 * so both kinds read alike. Pure.
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

const attributes = (attrs: XmlAttributes): string => {
  let out = '';
  for (const [name, value] of attrs) out += ` ${name}="${escapeXml(value)}"`;
  return out;
};

/** A document under construction, one line per element tag. */
export class XmlLines {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];

  /** `<name attrs>`, whose children follow until {@link close}. */
  open(level: number, name: string, attrs: XmlAttributes = []): void {
    this.lines.push(`${'  '.repeat(level)}<${name}${attributes(attrs)}>`);
  }

  /** `</name>`. */
  close(level: number, name: string): void {
    this.lines.push(`${'  '.repeat(level)}</${name}>`);
  }

  /** An element with only text (self-closed when the text is empty). */
  leaf(level: number, name: string, attrs: XmlAttributes, text = ''): void {
    const head = `${'  '.repeat(level)}<${name}${attributes(attrs)}`;
    this.lines.push(text === '' ? `${head}/>` : `${head}>${escapeXml(text)}</${name}>`);
  }

  /** The document, each line ending in a newline. */
  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
