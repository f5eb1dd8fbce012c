/**
 * The frontmatter writer (frontmatter-yaml.ts) writes byte for byte what the
 * yaml library writes with the same options, for any value, and what it writes
 * reads back to the same data with the yaml library and with Astro's own
 * frontmatter reader (js-yaml). The random seed is printed; rerun a failure with FC_SEED=<seed>.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import {
  directYaml,
  FRONTMATTER_YAML_OPTIONS,
  frontmatterYaml,
} from '../../../scripts/ingest/write/frontmatter-yaml.ts';
import { ROOT } from '../../helpers/paths.ts';

const FC_SEED = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FC_RUNS ?? 300);
console.log(`frontmatter yaml: fast-check seed ${FC_SEED} (FC_SEED=${FC_SEED} to rerun)`);

/** Characters where YAML and JSON quoting differ or where a writer has choices to make. */
const tricky = fc.constantFrom(
  ...'\\"\n\r\t \0\x07\x08\x0b\x0c\x1b\x1f#:-%.\'{}[]&*!|>@`u0x'.split(''),
  '\x7f',
  '\x85',
  '\xa0',
  '\u2028',
  '\u2029',
  '\ufeff',
  'é',
  '–',
  '’',
  '😀',
  '---',
  '...',
  ' \n',
);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const anyUnit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: tricky },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: control },
);
const text = fc.oneof(
  fc.string({ unit: anyUnit, maxLength: 60 }),
  fc.constantFrom(
    '',
    'null',
    'true',
    '42',
    '-',
    '- a',
    'a: b',
    '# c',
    '"q"',
    '\\u0001',
    'x'.repeat(90),
  ),
);
const identifier = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/);
const anyKey = fc.oneof(
  identifier,
  fc.constantFrom('true', 'null', 'no', '1', '-x', 'a b', 'a:b', '', '%k', '---', 'k#', "'s'"),
  fc.string({ unit: anyUnit, maxLength: 6 }),
);

/** Any JSON-like value, with undefined, fractions, -0, NaN and arrays in arrays. */
const { anyValue } = fc.letrec((tie) => ({
  anyValue: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('anyValue'), { maxLength: 4 }),
    fc.dictionary(anyKey, tie('anyValue'), { maxKeys: 4 }),
  ),
}));

/** Values shaped like a document's metadata: identifier keys, arrays of objects or scalars, integers. */
const { docObject } = fc.letrec((tie) => ({
  docValue: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.oneof(text, fc.integer(), tie('docObject')), { maxLength: 4 }),
    tie('docObject'),
  ),
  docObject: fc.dictionary(identifier, fc.option(tie('docValue'), { nil: undefined }), {
    minKeys: 1,
    maxKeys: 5,
  }),
}));

/** The data with undefined values left out, as a reader sees it. */
const defined = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

// js-yaml refuses a file holding these characters at all (YAML's printable set); the yaml
// library writes them unescaped inside quotes, so such a value could not be read by Astro either way.
const UNPRINTABLE = /[\x7f-\x84\x86-\x9f\ufffe\uffff]|[\ud800-\udfff]/;

describe('frontmatterYaml', () => {
  it('writes what the yaml library writes, for any value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(anyKey, anyValue, { maxKeys: 6 }), docObject), (data) => {
        expect(frontmatterYaml(data)).toBe(stringify(data, FRONTMATTER_YAML_OPTIONS));
      }),
      { seed: FC_SEED, numRuns: RUNS },
    );
  });

  it('is read back to the same data by the yaml library and by Astro (js-yaml)', () => {
    fc.assert(
      fc.property(docObject, (data) => {
        const yaml = frontmatterYaml(data);
        expect(parse(yaml)).toEqual(defined(data));
        fc.pre(!UNPRINTABLE.test(yaml));
        expect(parseFrontmatter(`---\n${yaml}---\nbody\n`).frontmatter).toEqual(defined(data));
      }),
      { seed: FC_SEED, numRuns: RUNS },
    );
  });

  it('writes the escapes YAML has for control characters, and leaves a typed \\u0001 alone', () => {
    expect(frontmatterYaml({ a: '\0\x07\x0b\x1b\x01\x7f', b: '\\u0001 \\\x01' })).toBe(
      'a: "\\0\\a\\v\\e\\x01\x7f"\nb: "\\\\u0001 \\\\\\x01"\n',
    );
  });

  it('leaves undefined values out, as the library does', () => {
    expect(directYaml({ a: undefined, b: [{ c: undefined, d: 1 }] })).toBe('b:\n  - d: 1\n');
  });

  it('leaves a string with a line break, a fraction and an array in an array to the library', () => {
    expect(directYaml({ a: 'one\ntwo' })).toBeUndefined();
    expect(directYaml({ a: 1.5 })).toBeUndefined();
    expect(directYaml({ a: [[1]] })).toBeUndefined();
    expect(frontmatterYaml({ a: [[1]], b: 'one\ntwo' })).toBe(
      stringify({ a: [[1]], b: 'one\ntwo' }, FRONTMATTER_YAML_OPTIONS),
    );
  });

  // The committed letters, read back by Astro's reader, are written again to the same bytes without the library.
  const letters = readdirSync(join(ROOT, 'content/letters')).filter((f) => f.endsWith('.mdx'));
  it.each(letters)('writes %s frontmatter as committed, directly', (name) => {
    const mdx = readFileSync(join(ROOT, 'content/letters', name), 'utf8');
    const { frontmatter, rawFrontmatter } = parseFrontmatter(mdx);
    const committed = rawFrontmatter.replace(/^\n?# GENERATED[^\n]*\n/, '');
    expect(committed.length).toBeGreaterThan(1000);
    expect(directYaml(frontmatter)).toBe(committed.endsWith('\n') ? committed : `${committed}\n`);
  });
});
