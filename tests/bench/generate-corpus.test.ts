import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAuthorities } from '../../scripts/bench/authorities.ts';
import { councilName, placeName } from '../../scripts/bench/councils.ts';
import { generateCorpus, type Judgement } from '../../scripts/bench/generate-corpus.ts';
import { createRng } from '../../scripts/bench/prng.ts';

const authorities = readAuthorities(
  join(import.meta.dirname, '..', '..', 'content', 'authorities.csv'),
);

/**
 * Counts findings per judgement the way a reader would, without using the generator's own layout
 * code: a finding is a bullet or numbered line, a `▪` on a `<ul>` line, or a paragraph starting
 * with a capital; lines starting in lower case or with a space continue the previous finding.
 */
function countFindings(text: string): Record<Judgement, number> {
  const counts: Record<Judgement, number> = {
    'priority-action': 0,
    strength: 0,
    'meets-requirements': 0,
    'area-for-development': 0,
  };
  const headings: [RegExp, Judgement][] = [
    [/^(Areas for priority action|Serious concerns)$/, 'priority-action'],
    [/^Strengths$/, 'strength'],
    [
      /^(The service meets the requirements of statutory guidance in the following areas|From the evidence gathered, .* delivered satisfactorily in accordance with national guidance, in particular:)$/,
      'meets-requirements',
    ],
    [/^(Areas for development|Areas for improvement)$/, 'area-for-development'],
  ];
  let current: Judgement | undefined;
  for (const line of text.split('\n')) {
    const heading = headings.find(([re]) => re.test(line));
    if (heading) {
      current = heading[1];
      continue;
    }
    if (
      /^(From the evidence gathered, the following|Any areas for development identified above|Yours sincerely)/.test(
        line,
      )
    ) {
      current = undefined;
      continue;
    }
    if (!current || line.trim() === '' || /^(INVESTOR IN PEOPLE|Page \d+ of \d+)$/.test(line))
      continue;
    if (line.startsWith('<ul')) counts[current] += line.split('▪').length - 1;
    else if (/^(- |• |o |\d+\. |[A-Z])/.test(line)) counts[current]++;
  }
  return counts;
}

const seedsDir = join(import.meta.dirname, '..', '..', 'seeds');
const seedText = (prefix: string): string => {
  const file = readdirSync(seedsDir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(seedsDir, file), 'utf8');
};

describe('the independent finding counter', () => {
  // Hand-counted from the real letters, so the counter is checked against reality, not the generator.
  it.each([
    [
      '000',
      { 'priority-action': 0, strength: 8, 'meets-requirements': 5, 'area-for-development': 5 },
    ],
    [
      '001',
      { 'priority-action': 0, strength: 1, 'meets-requirements': 10, 'area-for-development': 4 },
    ],
    [
      '002',
      { 'priority-action': 0, strength: 2, 'meets-requirements': 10, 'area-for-development': 2 },
    ],
    [
      '003',
      { 'priority-action': 0, strength: 0, 'meets-requirements': 13, 'area-for-development': 5 },
    ],
  ])('counts seed %s correctly', (prefix, expected) => {
    expect(countFindings(seedText(prefix))).toEqual(expected);
  });
});

describe('generateCorpus', () => {
  const corpus150 = generateCorpus({ n: 150, seed: 1, authorities });
  const corpus500 = generateCorpus({ n: 500, seed: 1, authorities });

  it('is deterministic: the same seed gives the same bytes', () => {
    const again = generateCorpus({ n: 150, seed: 1, authorities });
    expect(again.map((f) => f.name + f.text).join('\u0001')).toBe(
      corpus150.map((f) => f.name + f.text).join('\u0001'),
    );
    expect(again.map((f) => f.expected)).toEqual(corpus150.map((f) => f.expected));
    const other = generateCorpus({ n: 150, seed: 2, authorities });
    expect(other.map((f) => f.text)).not.toEqual(corpus150.map((f) => f.text));
  });

  it('names files bench_0001.txt … and returns n of them', () => {
    expect(corpus500).toHaveLength(500);
    expect(corpus500[0]?.name).toBe('bench_0001.txt');
    expect(corpus500[499]?.name).toBe('bench_0500.txt');
    expect(new Set(corpus500.map((f) => f.name)).size).toBe(500);
  });

  it('never repeats an inspection (authority and date), nor an authority within a month', () => {
    const byDate = new Set(
      corpus500.map((f) => `${f.expected.authority}|${f.expected.inspectionDates[0]}`),
    );
    const byMonth = new Set(
      corpus500.map((f) => `${f.expected.authority}|${f.expected.inspectionDates[0].slice(0, 7)}`),
    );
    expect(byDate.size).toBe(500);
    expect(byMonth.size).toBe(500);
  });

  it('dates visits June 2009 – May 2012 on consecutive weekdays, letters 2–5 weeks later', () => {
    for (const { expected } of corpus500) {
      const [d1, d2] = expected.inspectionDates.map((d) => new Date(`${d}T00:00:00Z`));
      expect(
        expected.inspectionDates[0] >= '2009-06-01' && expected.inspectionDates[1] <= '2012-05-31',
      ).toBe(true);
      expect(d2!.getTime() - d1!.getTime()).toBe(86_400_000);
      expect([1, 2, 3, 4]).toContain(d1!.getUTCDay());
      const days =
        (new Date(`${expected.letterDate}T00:00:00Z`).getTime() - d2!.getTime()) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(14);
      expect(days).toBeLessThanOrEqual(37); // 35 plus a weekend
    }
  });

  it('writes the council and visit into the title and opening as the letters do', () => {
    for (const { text, expected } of corpus500) {
      expect(text).toMatch(
        new RegExp(
          `^Annual unannounced inspection of contact, (referral and assessment|assessment and referral) arrangements within ${expected.council.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} children's services$`,
          'm',
        ),
      );
      const day = Number(expected.inspectionDates[0].slice(8));
      expect(text).toMatch(new RegExp(`which was conducted on ${day}(st|nd|rd|th)? `));
      expect(text).not.toMatch(/\u0000|undefined|NaN/);
    }
  });

  it('states per letter as many findings under each heading as the text holds', () => {
    for (const file of corpus500) {
      expect({ name: file.name, ...countFindings(file.text) }).toEqual({
        name: file.name,
        ...file.expected.findings,
      });
    }
  });

  // Every layout the ingest must cope with should appear in a 150-letter corpus (for any seed).
  const formats: [string, RegExp][] = [
    ['multi-line letterhead', /^Freshford House$/m],
    ['one-line letterhead', /^\S+ (House|Gate) .* T 0[38]\d* .*www\.ofsted\.gov\.uk/m],
    ['same-month dates', /conducted on \d+ and \d+ [A-Z][a-z]+ 20\d\d\./],
    ['cross-month dates', /conducted on \d+ [A-Z][a-z]+ and \d+ [A-Z][a-z]+ 20\d\d\./],
    ['ordinal dates', /conducted on \d+(st|nd|rd|th) and \d+(st|nd|rd|th) [A-Z]/],
    [
      'previous inspection',
      /identified at the previous inspection of contact, referral and assessment arrangements (in [A-Z][a-z]+ 20\d\d|on \d+ and \d+ [A-Z][a-z]+ 20\d\d) have/,
    ],
    ['priority action', /^Areas for priority action$/m],
    ['strengths', /^Strengths$/m],
    [
      'meets requirements',
      /^The service meets the requirements of statutory guidance in the following areas$/m,
    ],
    ['meets requirements, 2009 wording', /^From the evidence gathered, .* in particular:$/m],
    ['areas for development', /^Areas for development$/m],
    ['dash bullets', /^- [A-Z]/m],
    ['• bullets', /^• [A-Z]/m],
    ['o bullets', /^o [A-Z]/m],
    ['numbered items', /^1\. [A-Z].*\n2\. [A-Z]/m],
    ['several ▪ items inline after <ul>', /^<ul style="list-style-type: none"> ▪ [^▪\n]+ ▪ /m],
    [
      'plain-paragraph findings',
      /^(Strengths|Areas for development|Areas for priority action|The service meets .* areas)\n\n[A-Z][^\n]+\n\n[A-Z][^\n]+\n\n/m,
    ],
    ['INVESTOR IN PEOPLE', /^INVESTOR IN PEOPLE$/m],
    ['page numbers', /^Page [2-9] of [2-9]$/m],
    [
      'finding continued in lower case after furniture',
      /[a-z,]\n\n+(INVESTOR IN PEOPLE|Page \d+ of \d+)\n\n+[a-z]/,
    ],
    ['finding continued in lower case after bare page break', /[a-z,]\n\n\n\n+[a-z]/],
    ['wrapped continuation line', /^- .*\n [A-Z]/m],
    [
      'closing sentence',
      /^Any areas for development identified above will be specifically considered/m,
    ],
    ['sign-off', /^Yours sincerely\n\n(.*\n)*.*Her Majesty's Inspector$/m],
    ['copy list', /^Copy: .+, Chief Executive, /m],
    ['London Borough of …', /within London Borough of /],
    ['… City Council', /within [A-Z][\w -]+ City Council /],
    ['… County Council', /within [A-Z][\w -]+ County Council /],
  ];
  for (const seed of [1, 2, 3]) {
    it(`has every format in 150 letters (seed ${seed})`, () => {
      const texts = (seed === 1 ? corpus150 : generateCorpus({ n: 150, seed, authorities })).map(
        (f) => f.text,
      );
      const missing = formats
        .filter(([, re]) => !texts.some((t) => re.test(t)))
        .map(([label]) => label);
      expect(missing).toEqual([]);
    });
  }

  it('rejects n beyond the distinct inspection slots', () => {
    expect(() => generateCorpus({ n: authorities.length * 36 + 1, seed: 1, authorities })).toThrow(
      /exceeds/,
    );
  });
});

describe('councilName', () => {
  it('names every authority in the CSV after its place', () => {
    const rng = createRng(5);
    for (const row of authorities) {
      const name = councilName(row, rng);
      expect(name).toContain(placeName(row));
      expect(name).toMatch(/Council|Corporation|Borough of/);
    }
  });
});
