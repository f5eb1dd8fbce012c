/**
 * Tests for editorial theme overrides: the schema for content/theme-overrides.yaml
 * and applyThemeOverrides. Finding ids here are synthetic.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  themeOverridesFileSchema,
  type ThemeOverride,
  type ThemeTag,
} from '../../../src/schemas/theme.ts';
import {
  applyThemeOverrides,
  THEME_OVERRIDES_FILE,
} from '../../../scripts/ingest/themes/apply-theme-overrides.ts';

const KNOWN = ['contact-and-referral', 'childs-voice', 'chronologies', 'out-of-hours'];
const rule = (theme: string, matched: string): ThemeTag => ({ theme, matched, source: 'rule' });

/** Fresh findings per test so nothing leaks between them. */
const findings = () => [
  {
    id: 'testshire-2010-03-s1',
    text: 'Referrals are screened promptly.',
    themes: [rule('contact-and-referral', 'Referrals')],
  },
  {
    id: 'testshire-2010-03-d1',
    text: 'Chronologies are weak.',
    themes: [rule('chronologies', 'Chronologies')],
  },
];

describe('content/theme-overrides.yaml', () => {
  it('parses through the schema', () => {
    const raw: unknown = parse(
      readFileSync(new URL(`../../../${THEME_OVERRIDES_FILE}`, import.meta.url), 'utf8'),
    );
    expect(Array.isArray(themeOverridesFileSchema.parse(raw).overrides)).toBe(true);
  });

  it('treats an `overrides:` key with every entry commented out as empty', () => {
    expect(themeOverridesFileSchema.parse(parse('overrides:\n# - finding: x\n')).overrides).toEqual(
      [],
    );
  });

  it('rejects entries that change nothing, contradict themselves or lack a reason', () => {
    const bad = [
      { finding: 'a-2010-01-s1', reason: 'nothing to do' },
      { finding: 'a-2010-01-s1', add: ['x'], remove: ['x'], reason: 'both ways' },
      { finding: 'a-2010-01-s1', add: ['x'], reason: '' },
      { finding: 'a-2010-01-s1', add: ['x'], reason: 'typo', extra: true },
    ];
    for (const entry of bad)
      expect(
        themeOverridesFileSchema.safeParse({ overrides: [entry] }).success,
        JSON.stringify(entry),
      ).toBe(false);
  });
});

describe('applyThemeOverrides', () => {
  it('adds a theme as an override tag with the reason, in taxonomy order', () => {
    const overrides: ThemeOverride[] = [
      {
        finding: 'testshire-2010-03-d1',
        add: ['contact-and-referral'],
        reason: 'About how referrals are recorded.',
      },
    ];
    const { findings: out, applied } = applyThemeOverrides(findings(), overrides, KNOWN);
    expect(out[1]!.themes).toEqual([
      {
        theme: 'contact-and-referral',
        matched: '',
        source: 'override',
        reason: 'About how referrals are recorded.',
      },
      rule('chronologies', 'Chronologies'),
    ]);
    expect(applied).toEqual([
      'testshire-2010-03-d1: added contact-and-referral (About how referrals are recorded.)',
    ]);
    expect(out[1]!.text).toBe('Chronologies are weak.'); // other fields survive
  });

  it('removes a rule tag', () => {
    const overrides: ThemeOverride[] = [
      {
        finding: 'testshire-2010-03-s1',
        remove: ['contact-and-referral'],
        reason: 'Names the service, not referral handling.',
      },
    ];
    const { findings: out, applied } = applyThemeOverrides(findings(), overrides, KNOWN);
    expect(out[0]!.themes).toEqual([]);
    expect(applied).toEqual([
      'testshire-2010-03-s1: removed contact-and-referral (Names the service, not referral handling.)',
    ]);
  });

  it('reports overrides that no longer change anything, without duplicating tags', () => {
    const overrides: ThemeOverride[] = [
      {
        finding: 'testshire-2010-03-s1',
        add: ['contact-and-referral'],
        remove: ['out-of-hours'],
        reason: 'stale',
      },
    ];
    const { findings: out, applied } = applyThemeOverrides(findings(), overrides, KNOWN);
    expect(out[0]!.themes).toEqual([rule('contact-and-referral', 'Referrals')]);
    expect(applied).toEqual([
      'testshire-2010-03-s1: remove out-of-hours had no effect, it was not tagged (stale)',
      "testshire-2010-03-s1: add contact-and-referral had no effect, already tagged by rule ('Referrals') (stale)",
    ]);
  });

  it('does not mutate its input and keeps finding order', () => {
    const input = findings();
    const before = structuredClone(input);
    const { findings: out } = applyThemeOverrides(
      input,
      [{ finding: 'testshire-2010-03-s1', add: ['childs-voice'], reason: 'r' }],
      KNOWN,
    );
    expect(input).toEqual(before);
    expect(out.map((f) => f.id)).toEqual(['testshire-2010-03-s1', 'testshire-2010-03-d1']);
  });

  it('throws naming the file, the entry index and the unknown finding id (with similar ids)', () => {
    const overrides: ThemeOverride[] = [
      { finding: 'testshire-2010-03-s1', add: ['childs-voice'], reason: 'fine' },
      { finding: 'testshire-2010-03-s9', add: ['childs-voice'], reason: 'wrong ordinal' },
    ];
    expect(() => applyThemeOverrides(findings(), overrides, KNOWN)).toThrowError(
      'content/theme-overrides.yaml: overrides[1] names unknown finding "testshire-2010-03-s9"; similar ids: testshire-2010-03-s1, testshire-2010-03-d1',
    );
  });

  it('throws naming the file, the entry index, the unknown theme and the allowed themes', () => {
    const overrides: ThemeOverride[] = [
      { finding: 'testshire-2010-03-d1', remove: ['chronology'], reason: 'typo in theme id' },
    ];
    let message = '';
    try {
      applyThemeOverrides(findings(), overrides, KNOWN);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('content/theme-overrides.yaml');
    expect(message).toContain('overrides[0]');
    expect(message).toContain('"chronology"');
    expect(message).toContain(
      'allowed themes: contact-and-referral, childs-voice, chronologies, out-of-hours',
    );
  });

  it('uses the file name it is given in errors', () => {
    const overrides: ThemeOverride[] = [
      { finding: 'testshire-2010-03-d1', add: ['nope'], reason: 'r' },
    ];
    expect(() => applyThemeOverrides(findings(), overrides, KNOWN, 'fixtures/o.yaml')).toThrowError(
      /^fixtures\/o\.yaml: overrides\[0\]/,
    );
  });

  it('applies nothing when any entry is bad', () => {
    const input = findings();
    const overrides: ThemeOverride[] = [
      { finding: 'testshire-2010-03-s1', remove: ['contact-and-referral'], reason: 'ok' },
      { finding: 'testshire-2010-03-s1', add: ['bogus'], reason: 'bad' },
    ];
    expect(() => applyThemeOverrides(input, overrides, KNOWN)).toThrow();
    expect(input[0]!.themes).toHaveLength(1);
  });
});
