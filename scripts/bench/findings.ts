/**
 * Findings for one synthetic letter: the text of each finding (recombined from seed sentences)
 * and its layout under a heading in one of the bullet styles the real letters show.
 */
import type { PageBreaker } from './page-breaks.ts';
import type { Rng } from './prng.ts';
import { SEED_FINDINGS, type Judgement } from './seed-findings.ts';

/** How the items under one heading are marked. */
export type BulletStyle = 'dash' | 'bullet' | 'o' | 'numbered' | 'inline' | 'paragraph';

/** All bullet styles, for tests that check each one occurs. */
export const BULLET_STYLES: readonly BulletStyle[] = [
  'dash',
  'bullet',
  'o',
  'numbered',
  'inline',
  'paragraph',
];

/** The stray tag that precedes several `▪` items on one line in seeds 000 and 002. */
export const INLINE_UL = '<ul style="list-style-type: none">';

const MARKS: Readonly<Record<'dash' | 'bullet' | 'o', string>> = {
  dash: '- ',
  bullet: '• ',
  o: 'o ',
};

function sentences(text: string): string[] {
  // Split after a full stop followed by a capital; the seed text has no abbreviations that break this.
  return text.split(/(?<=\.)\s+(?=[A-Z])/);
}

/**
 * n distinct-looking findings for a judgement: a seed finding whole, or its first sentence alone or
 * followed by a later sentence of another seed finding, so a large corpus is not n copies of the
 * seeds (which would flatter search and compression).
 */
export function makeFindings(
  rng: Rng,
  judgement: Judgement,
  n: number,
  hadPrevious: boolean,
): string[] {
  const pool = SEED_FINDINGS[judgement];
  const bases = rng.sample(pool, n);
  while (bases.length < n) bases.push(rng.pick(pool));
  return bases.map((base) => {
    const first = sentences(base)[0] ?? base;
    const r = rng.next();
    let text = base;
    if (r >= 0.5 && r < 0.8 && pool.length > 1) {
      const others = pool.filter((f) => f !== base);
      const other = sentences(rng.pick(others));
      text = `${first} ${other.length > 1 ? rng.pick(other.slice(1)) : other[0]}`;
    } else if (r >= 0.8) {
      text = first;
    }
    if (
      hadPrevious &&
      judgement !== 'area-for-development' &&
      rng.chance(0.12) &&
      !text.includes('last inspection')
    ) {
      text += ' This was an area for development at the last inspection.';
    }
    return text;
  });
}

/** Where a finding can be cut by a page break so the continuation starts in lower case (seed 002). */
function splitPoint(rng: Rng, text: string): [string, string] | undefined {
  const words = text.split(' ');
  const cuts: number[] = [];
  for (let i = 4; i < words.length - 2; i++) if (/^[a-z]/.test(words[i] ?? '')) cuts.push(i);
  if (cuts.length === 0) return undefined;
  const i = rng.pick(cuts);
  return [words.slice(0, i).join(' '), words.slice(i).join(' ')];
}

/** Knobs for how often page furniture lands inside the findings. */
export interface LayoutOdds {
  /** Chance of a page break after any one item. */
  breakBetween: number;
  /** Chance that a page break cuts any one finding in two. */
  breakInside: number;
}

/**
 * The lines of one findings section: heading, then items in the given style, with page breaks
 * between items and sometimes inside one. Every item starts a new line with a marker (or, for the
 * inline style, a `▪` on the `<ul>` line), so a reader can count them; continuations never do.
 */
export function renderSection(
  rng: Rng,
  heading: string,
  findings: readonly string[],
  style: BulletStyle,
  pages: PageBreaker,
  odds: LayoutOdds,
): string[] {
  const out: string[] = [heading];
  // Decide the cut for each finding up front: the inline style can only cut its last inline item.
  const cuts = findings.map((f) => (rng.chance(odds.breakInside) ? splitPoint(rng, f) : undefined));
  let rest = 0;
  if (style === 'inline') {
    // Several items on one line right after the heading; the rest as '- ' lines, as in seed 000.
    const k = rng.int(Math.min(2, findings.length), findings.length);
    const cut = cuts[k - 1];
    const items = findings.slice(0, k).map((f, i) => (i === k - 1 && cut ? cut[0] : f));
    out.push(`${INLINE_UL} ${items.map((f) => `▪ ${f}`).join(' ')}`);
    if (cut) out.push(...pages.next(), cut[1]);
    rest = k;
    if (rest < findings.length) out.push('');
  } else {
    out.push('');
  }
  for (let i = rest; i < findings.length; i++) {
    const f = findings[i] as string;
    const cut = cuts[i];
    const itemStyle = style === 'inline' ? 'dash' : style;
    const mark =
      itemStyle === 'numbered' ? `${i + 1}. ` : itemStyle === 'paragraph' ? '' : MARKS[itemStyle];
    const sentence = f.split(/(?<=\.) (?=[A-Z])/);
    if (cut) {
      out.push(mark + cut[0], ...pages.next(), cut[1]);
      if (rng.chance(0.5)) out.push('');
    } else if (itemStyle === 'dash' && sentence.length > 1 && rng.chance(0.05)) {
      // A hard-wrapped continuation line that starts with a space (seed 001).
      out.push(mark + sentence[0], ` ${sentence.slice(1).join(' ')}`);
    } else {
      out.push(mark + f);
    }
    if (itemStyle === 'paragraph') out.push('');
    if (i < findings.length - 1 && rng.chance(odds.breakBetween)) out.push(...pages.next());
  }
  return out;
}
