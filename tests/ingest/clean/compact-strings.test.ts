import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { compactString, compactStrings } from '../../../scripts/ingest/clean/compact-strings.ts';

/** How V8 stores a string, read from its own serialisation: '"' one byte a character, 'c' two. */
const storage = (text: string): string => {
  const tag = String.fromCharCode(serialize(text)[2]);
  return tag === '"' ? 'one-byte' : tag === 'c' ? 'two-byte' : `unknown (${tag})`;
};

/** A Latin-1 string cut from a line with a bullet, as parsing makes them. */
const cut = (text: string): string => `• ${text}`.slice(2);

describe('compactString', () => {
  it('stores a Latin-1 string cut from a two-byte text one byte a character, same value', () => {
    const text = cut("Managers' oversight is good: café, £5, ½, and a\ttab.");
    expect(storage(text)).toBe('two-byte');
    const compact = compactString(text);
    expect(compact).toBe(text);
    expect(storage(compact)).toBe('one-byte');
  });
  it('leaves a string with characters beyond Latin-1 as it is', () => {
    for (const text of [cut('a – dash'), cut('a • bullet'), cut('“quoted”'), cut('emoji 🙂')])
      expect(compactString(text)).toBe(text);
  });
  it('keeps lone surrogates and the empty string', () => {
    expect(compactString(cut('broken \uD800 pair'))).toBe('broken \uD800 pair');
    expect(compactString('')).toBe('');
  });
});

describe('compactStrings', () => {
  it('copies nested data with equal values and every Latin-1 string compacted', () => {
    const data = {
      title: cut('Annual unannounced inspection'),
      findings: [{ text: cut('Strategy discussions are timely.'), line: 12, incomplete: true }],
      body: [{ type: 'list', items: [cut('One.'), cut('Two – three.')] }],
      previous: null,
      page: undefined,
    };
    const compact = compactStrings(data);
    expect(compact).toEqual(data);
    expect(compact).not.toBe(data);
    expect(storage(compact.title)).toBe('one-byte');
    expect(storage(compact.findings[0].text)).toBe('one-byte');
    expect(storage(compact.body[0].items[0])).toBe('one-byte');
    expect(storage(compact.body[0].items[1])).toBe('two-byte');
    expect(Object.keys(compact)).toEqual(Object.keys(data));
  });
});
