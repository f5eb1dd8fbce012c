import {
  stringify,
  type CreateNodeOptions,
  type DocumentOptions,
  type ToStringOptions,
} from 'yaml';

/** How the frontmatter is written: what the yaml library is asked for, and what the fast path below mirrors. */
export const FRONTMATTER_YAML_OPTIONS: DocumentOptions & CreateNodeOptions & ToStringOptions = {
  lineWidth: 0,
  aliasDuplicateObjects: false,
  defaultStringType: 'QUOTE_DOUBLE',
  defaultKeyType: 'PLAIN',
  // No `%YAML` or `---` lines (remark writes the fences); also spares a walk over every node looking for tags.
  directives: false,
};

/**
 * A document's metadata as YAML, byte for byte what `stringify(data,
 * FRONTMATTER_YAML_OPTIONS)` of the yaml library writes. The library builds a
 * node per value and asks each how to print itself: about 1.4 s of CPU for 500
 * letters, more than half the cost of writing them. The metadata is plain and
 * regular (objects with identifier keys, arrays, one-line strings, integers,
 * booleans, null), so those shapes are written directly here; anything else
 * (a string with a line break, a fraction, an array in an array, an unusual
 * key) goes to the library for the whole document. tests/ingest/write/frontmatter-yaml.test.ts
 * proves the two agree, and that js-yaml (Astro's reader) reads the result back.
 */
export function frontmatterYaml(data: Record<string, unknown>): string {
  return directYaml(data) ?? stringify(data, FRONTMATTER_YAML_OPTIONS);
}

/** The same YAML written directly, or undefined when `data` has a shape left to the library. */
export function directYaml(data: Record<string, unknown>): string | undefined {
  return isPlainObject(data) ? map(data, '', '') : undefined;
}

/**
 * A block mapping; `first` is what starts its first line (the indent, or `- `
 * after a sequence's indent), `indent` what starts the others. Undefined: not
 * a shape written here. An object with no defined value is not (the library writes `{}`).
 */
function map(value: Record<string, unknown>, first: string, indent: string): string | undefined {
  let out = '';
  let lead = first;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === undefined) continue; // the library leaves undefined values out
    if (!isPlainKey(key)) return undefined;
    const nested = block(item, `${indent}  `);
    if (nested === undefined) return undefined;
    out += `${lead}${key}:${nested}`;
    lead = indent;
  }
  return out === '' ? undefined : out;
}

/** A block sequence at `indent`, each item on a `- ` line. */
function sequence(items: readonly unknown[], indent: string): string | undefined {
  let out = '';
  for (const item of items) {
    if (isPlainObject(item)) {
      const entries = map(item, `${indent}- `, `${indent}  `);
      if (entries === undefined) return undefined;
      out += entries;
    } else {
      const text = scalar(item);
      if (text === undefined) return undefined;
      out += `${indent}- ${text}\n`;
    }
  }
  return out;
}

/** What follows `key:`: ` scalar` or an empty collection on the same line, else a nested block on the next lines. */
function block(value: unknown, indent: string): string | undefined {
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []\n';
    const items = sequence(value, indent);
    return items === undefined ? undefined : `\n${items}`;
  }
  if (isPlainObject(value)) {
    const entries = map(value, indent, indent);
    return entries === undefined ? undefined : `\n${entries}`;
  }
  const text = scalar(value);
  return text === undefined ? undefined : ` ${text}\n`;
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.includes('\n') ? undefined : doubleQuoted(value);
  if (typeof value === 'number')
    return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : undefined;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null) return 'null';
  return undefined;
}

/**
 * A one-line string double-quoted as the yaml library does: JSON's escapes,
 * except that the control characters JSON writes as `\u00XX` are YAML's
 * `\0`, `\a`, `\v`, `\e` or `\xXX`. Escaped backslashes are matched first, so
 * a literal `\u0001` in the text stays as it is.
 */
function doubleQuoted(value: string): string {
  const json = JSON.stringify(value);
  return CONTROL.test(value) ? json.replace(JSON_ESCAPE, yamlEscape) : json;
}

const CONTROL = /[\x00-\x1f]/;
const JSON_ESCAPE = /\\(?:\\|u00([0-9a-f]{2}))/g;
const SHORT_ESCAPES: Record<string, string> = {
  '00': '\\0',
  '07': '\\a',
  '0b': '\\v',
  '1b': '\\e',
};
const yamlEscape = (escape: string, code: string | undefined): string =>
  code === undefined ? escape : (SHORT_ESCAPES[code] ?? `\\x${code}`);

/** Keys the library writes plain as they are, asked of the library once per key. */
const plainKeys = new Map<string, boolean>();
function isPlainKey(key: string): boolean {
  let plain = plainKeys.get(key);
  if (plain === undefined) {
    // Identifiers only: the library's choice for other keys can depend on where they stand.
    plain =
      /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) &&
      stringify({ [key]: 0 }, FRONTMATTER_YAML_OPTIONS) === `${key}: 0\n`;
    plainKeys.set(key, plain);
  }
  return plain;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
