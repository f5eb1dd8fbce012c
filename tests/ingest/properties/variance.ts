/**
 * Variance classes for the metamorphic tests: each is a fast-check arbitrary
 * of a plain, printable plan and a pure function applying a plan to a seed's
 * text. A shrunk counterexample is a plan, so it can be kept as a fixed case.
 */
import fc from 'fast-check';

export interface VarianceClass<P> {
  name: string;
  plan: fc.Arbitrary<P>;
  apply: (text: string, plan: P) => string;
}

const positions = (max = 40) => fc.uniqueArray(fc.nat(100_000), { maxLength: max });

/** Break every line longer than `width` at spaces, as an extractor does at the printed width. */
export function wrap(text: string, width: number, indent = ''): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.length <= width) return [line];
      const lead = /^\s*/.exec(line)![0];
      const out: string[] = [];
      let current = lead;
      for (const word of line.trim().split(/ +/)) {
        if (current.trim() === '') current += word;
        else if (current.length + 1 + word.length <= width) current += ` ${word}`;
        else {
          out.push(current);
          current = indent + word;
        }
      }
      out.push(current);
      return out;
    })
    .join('\n');
}

export const wrapClass: VarianceClass<{ width: number; indent: boolean }> = {
  name: 'wrap width 60–140',
  plan: fc.record({ width: fc.integer({ min: 60, max: 140 }), indent: fc.boolean() }),
  apply: (text, { width, indent }) => wrap(text, width, indent ? '  ' : ''),
};

/**
 * Wrapping as a report's extraction gives it: prose lines at the page width,
 * while a row of a header box (cells apart at a tab or a wide gap) keeps its
 * cells — a table's cells wrap inside their column, not at the page width.
 */
export const proseWrapClass: VarianceClass<{ width: number; indent: boolean }> = {
  name: 'wrap width 60–140 (box rows keep their cells)',
  plan: wrapClass.plan,
  apply: (text, plan) =>
    text
      .split('\n')
      .map((line) => (/\S(?:\t| {3,})\S/.test(line) ? line : wrapClass.apply(line, plan)))
      .join('\n'),
};

export const blankLineClass: VarianceClass<{
  mode: 'none' | 'doubled' | 'everywhere' | 'inserted';
  at: number[];
}> = {
  name: 'blank-line pattern',
  plan: fc.record({
    mode: fc.constantFrom('none', 'doubled', 'everywhere', 'inserted'),
    at: positions(),
  }),
  apply: (text, { mode, at }) => {
    if (mode === 'none') return text.replace(/\n[ \t]*(?=\n)/g, '');
    if (mode === 'doubled') return text.replace(/\n\n/g, '\n\n\n');
    if (mode === 'everywhere') return text.replace(/\n/g, '\n\n');
    const lines = text.split('\n');
    const marks = new Set(at.map((p) => p % lines.length));
    return lines.map((line, i) => (marks.has(i) ? `${line}\n` : line)).join('\n');
  },
};

const LIGATURES: Array<[RegExp, string]> = [
  [/ffi/g, '\uFB03'],
  [/ffl/g, '\uFB04'],
  [/ff/g, '\uFB00'],
  [/fi/g, '\uFB01'],
  [/fl/g, '\uFB02'],
];

export const glyphClass: VarianceClass<{
  ligatures: boolean;
  soft: number[];
  nbsp: number[];
  thin: number[];
  curly: boolean;
}> = {
  name: 'glyphs (ligatures, soft hyphens, NBSP, thin spaces, curly quotes)',
  plan: fc.record({
    ligatures: fc.boolean(),
    soft: positions(),
    nbsp: positions(),
    thin: positions(10),
    curly: fc.boolean(),
  }),
  apply: (text, plan) => {
    let out = plan.ligatures
      ? LIGATURES.reduce((t, [pattern, glyph]) => t.replace(pattern, glyph), text)
      : text;
    const words = [...out.matchAll(/[A-Za-z]{6,}/g)];
    const soft = new Set(plan.soft.map((p) => words.length && words[p % words.length].index + 3));
    const spaces = [...out.matchAll(/(?<=\S) (?=\S)/g)].map((m) => m.index);
    const nbsp = new Set(plan.nbsp.map((p) => spaces.length && spaces[p % spaces.length]));
    const thin = new Set(plan.thin.map((p) => spaces.length && spaces[p % spaces.length]));
    out = [...out].length === out.length ? out : out; // ligatures are BMP: indexes stay code units
    let result = '';
    for (let i = 0; i < out.length; i += 1) {
      if (soft.has(i)) result += '\u00AD';
      result += nbsp.has(i) ? '\u00A0' : thin.has(i) ? '\u2009' : out[i];
    }
    if (!plan.curly) return result;
    let open = true;
    return result
      .replace(/'/g, '\u2019')
      .replace(/"/g, () => ((open = !open) ? '\u201D' : '\u201C'));
  },
};

const GLYPH_BULLETS = ['•', '▪', '●', '◦', '■', '\uF0B7', '\uF0A7', '➢', '*', '–', 'o'];
const roman = (n: number) =>
  ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'][
    n - 1
  ];
const letter = (n: number) => String.fromCharCode(96 + n);
const NUMBERED: Array<(n: number) => string> = [
  (n) => `${n}.`,
  (n) => `${n})`,
  (n) => `(${n})`,
  (n) => `${letter(n)})`,
  (n) => `(${letter(n)})`,
  (n) => `(${roman(n)})`,
  (n) => `${roman(n)}.`,
  (n) => `${letter(n)}.`,
];
/** Sub-item markers a council report may use, and what may stand before them. */
const SUB = NUMBERED.slice(1, 6);
const SUB_LEAD = [' - ', '', ' • ', '    '];

export const bulletClass: VarianceClass<{
  style: number;
  inline: number;
  sub: number;
  lead: number;
}> = {
  name: 'bullets (glyphs, numbered, lettered, roman)',
  plan: fc.record({
    style: fc.nat(GLYPH_BULLETS.length + NUMBERED.length - 1),
    inline: fc.nat(5),
    sub: fc.nat(SUB.length - 1),
    lead: fc.nat(SUB_LEAD.length - 1),
  }),
  apply: (text, { style, inline, sub, lead }) => {
    let n = 0;
    let subN = 0;
    return text
      .split('\n')
      .map((line) => {
        const subItem = /^\s*-\s+\(([ivx]+)\)\s+(.*)$/.exec(line);
        if (subItem) {
          subN = subItem[1] === 'i' ? 1 : subN + 1;
          return `${SUB_LEAD[lead]}${SUB[sub](subN)} ${subItem[2]}`;
        }
        const item = /^- (.*)$/.exec(line);
        if (item && !/^\d+\.\d/.test(item[1])) {
          n += 1;
          const marker =
            style < GLYPH_BULLETS.length
              ? GLYPH_BULLETS[style]
              : NUMBERED[style - GLYPH_BULLETS.length](n);
          return `${marker} ${item[1]}`;
        }
        if (line.trim() !== '' && !/^INVESTOR/.test(line)) n = 0;
        return line.replace(/▪/g, ['▪', '•', '●', '■', '\uF0B7', '\uF0A7'][inline]);
      })
      .join('\n');
  },
};

export const lineEndClass: VarianceClass<{ eol: '\r\n' | '\r' | '\n'; feeds: number[] }> = {
  name: 'line endings and form feeds',
  plan: fc.record({ eol: fc.constantFrom('\r\n', '\r', '\n'), feeds: positions(10) }),
  apply: (text, { eol, feeds }) => {
    const lines = text.split('\n');
    const marks = new Set(feeds.map((p) => p % lines.length));
    return lines.map((line, i) => (marks.has(i) ? `${line}${eol}\f` : line)).join(eol);
  },
};

/** Furniture a page of this document may carry; running headers name its council or the inspection. */
function furnitureLines(
  council: string,
  page: number,
): { anywhere: string[]; afterTitle: string[] } {
  return {
    anywhere: [
      `Page ${page} of 4`,
      `${page}`,
      `- ${page} -`,
      `${page} of 4`,
      'INVESTOR IN PEOPLE',
      'Investors in People',
      'Ofsted logo',
      '[Ofsted logo]',
    ],
    afterTitle: [
      council,
      council.toUpperCase(),
      `${council} – annual unannounced inspection of contact, referral and assessment arrangements`,
      `Annual unannounced inspection of contact, referral and assessment arrangements: ${council}`,
      `${council} children's services, Ofsted letter`,
      `Unannounced inspection letter – ${council} – page ${page}`,
    ],
  };
}

/** Where furniture goes: after which line of the wrapped text, which kind, with blank lines around or not. */
export type FurniturePlan = {
  width: number;
  inserts: Array<{ at: number; kind: number; blanks: boolean }>;
};

/**
 * Page furniture inserted at any line of the text wrapped by `wrapAt`, its
 * running headers naming `council(text)` (a class per document kind: the
 * seeds wrap every line, council layouts keep their box rows), and the
 * document's own running headers `own(text, page)` after those; `kinds` is
 * how many kinds a plan picks from (a kind past the last wraps round).
 */
export function furnitureClassFor(
  name: string,
  wrapAt: (text: string, width: number) => string,
  council: (text: string) => string,
  own: (text: string, page: number) => string[] = () => [],
  kinds = 14,
): VarianceClass<FurniturePlan> {
  return {
    name,
    plan: fc.record({
      width: fc.integer({ min: 60, max: 110 }),
      inserts: fc.array(
        fc.record({ at: fc.nat(100_000), kind: fc.nat(kinds - 1), blanks: fc.boolean() }),
        { minLength: 1, maxLength: 6 },
      ),
    }),
    apply: (text, { width, inserts }) => {
      const lines = wrapAt(text, width).split('\n');
      const named = council(text);
      // Running headers start on page 2: after the title's paragraph, never inside the title on page 1.
      const titleAt = lines.findIndex(
        (l, i) => i > lines.findIndex((t) => /unannounced inspection/i.test(t)) && l.trim() === '',
      );
      const after = new Map<number, string[]>();
      inserts.forEach(({ at, kind, blanks }, page) => {
        const { anywhere, afterTitle: generic } = furnitureLines(named, page + 2);
        const afterTitle = [...generic, ...own(text, page + 2)];
        const all = [...anywhere, ...afterTitle];
        const line = all[kind % all.length];
        const running = afterTitle.includes(line);
        const from = running ? titleAt + 1 : 0;
        const index = from + (at % (lines.length - from));
        after.set(index, [...(after.get(index) ?? []), ...(blanks ? ['', line, ''] : [line])]);
      });
      // "Page N of M" footers are numbered as a real document's are: 1 to K of K in reading order (fewer is evidence of truncation).
      const out = lines.flatMap((line, i) => [line, ...(after.get(i) ?? [])]);
      const footers = out.filter((l) => /^(Page )?\d+ of 4$/.test(l)).length;
      let page = 0;
      return out
        .map((l) =>
          /^(Page )?\d+ of 4$/.test(l) ? l.replace(/\d+ of 4$/, `${(page += 1)} of ${footers}`) : l,
        )
        .join('\n');
    },
  };
}

export const furnitureClass = furnitureClassFor(
  'page furniture at any line (wrapped, so also mid-sentence)',
  (text, width) => wrap(text, width),
  councilOf,
  seedHeaders,
  16,
);

/**
 * A seed's own running headers: its whole title on one line (page one wraps
 * it over lines) and, in a council report, the meeting above its date
 * ("Executive Board" / "9th March 2011") on one line.
 */
function seedHeaders(text: string): string[] {
  const title =
    /^(?:Ofsted )?Annual unannounced inspection of contact\b.*children's services$/im.exec(text);
  const meeting = /^Report of /m.test(text)
    ? /^([A-Z][A-Za-z ]+)\n\s*\n(\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4})$/m.exec(text)
    : null;
  return [...(title ? [title[0]] : []), ...(meeting ? [`${meeting[1]} ${meeting[2]}`] : [])];
}

/** The council a seed is about, as its running headers would name it. */
function councilOf(text: string): string {
  const title = /arrangements\s+within\s+(.+?)\s+children's services/i.exec(text);
  return title ? title[1] : /\bLeeds\b/.test(text) ? 'Leeds City Council' : 'the Council';
}

export const CLASSES = [
  wrapClass,
  blankLineClass,
  glyphClass,
  bulletClass,
  lineEndClass,
  furnitureClass,
] as VarianceClass<unknown>[];
