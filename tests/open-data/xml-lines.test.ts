/**
 * The line writer of large XML files against fast-xml-parser's builder (the writer the other XML
 * files use, and the .qdpx used before): the same bytes for the same elements, special characters
 * in text and attributes, multi-line text, empty and nested elements.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, XmlLines } from '../../src/lib/open-data/xml-lines.ts';

const tricky = `Children's "voice" & <rights> > 0\n\nsecond paragraph — ünïcode 😀`;

describe('XmlLines', () => {
  it('writes what fast-xml-parser builds, byte for byte', () => {
    const xml = new XmlLines();
    xml.open(0, 'Project', [
      ['xmlns', 'urn:x'],
      ['name', tricky],
    ]);
    xml.leaf(1, 'User', [['guid', 'a&b']]);
    xml.open(1, 'Code', [['isCodable', 'true']]);
    xml.leaf(2, 'Description', [], tricky);
    xml.leaf(2, 'Empty', [], '');
    xml.close(1, 'Code');
    xml.close(0, 'Project');
    const built = new XMLBuilder({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      format: true,
      suppressEmptyNode: true,
      suppressBooleanAttributes: false,
    }).build({
      '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
      Project: {
        '@_xmlns': 'urn:x',
        '@_name': tricky,
        User: { '@_guid': 'a&b' },
        Code: { '@_isCodable': 'true', Description: tricky, Empty: '' },
      },
    });
    expect(xml.toString()).toBe(built);
  });

  it('escapes so that a parser reads back the very text', () => {
    expect(escapeXml(`a'b"c&d<e>f`)).toBe('a&apos;b&quot;c&amp;d&lt;e&gt;f');
    const xml = new XmlLines();
    xml.leaf(0, 'T', [['v', tricky]], tricky);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      xml.toString(),
    );
    expect(parsed.T['#text']).toBe(tricky);
    expect(parsed.T.v).toBe(tricky);
  });
});
