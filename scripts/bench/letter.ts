/**
 * One synthetic letter: decides which sections it has and how many findings in each, lays them out
 * with the boilerplate, and reports the counts the ingest should find.
 */
import { compareYmd, longDate, type Ymd } from './dates.ts';
import { BULLET_STYLES, makeFindings, renderSection, type BulletStyle } from './findings.ts';
import {
  closing,
  evidenceParagraph,
  letterhead,
  openingParagraph,
  previousSentence,
  recipient,
  summarySentence,
  titleLine,
} from './letter-parts.ts';
import { pageBreaker } from './page-breaks.ts';
import { person } from './people.ts';
import type { Rng } from './prng.ts';
import type { Judgement } from './seed-findings.ts';

/** What the schedule fixed for one letter. */
export interface LetterPlan {
  council: string;
  place: string;
  visit: readonly [Ymd, Ymd];
  letterDate: Ymd;
  /** The previous inspection's two days, when the letter mentions one. */
  previous?: readonly [Ymd, Ymd];
}

/** A laid-out letter and the number of findings under each judgement. */
export interface BuiltLetter {
  text: string;
  findings: Record<Judgement, number>;
}

/** Headings as the letters write them; the first-round (June–July 2009) wordings are variants. */
const HEADINGS = {
  priority: 'Areas for priority action',
  priorityEarly: 'Serious concerns',
  strength: 'Strengths',
  meets: 'The service meets the requirements of statutory guidance in the following areas',
  // Seed 000 introduces its meets-requirements findings with this sentence instead of a heading.
  meetsEarly:
    'From the evidence gathered, the inspection identified a number of areas where the contact, referral and assessment arrangements were delivered satisfactorily in accordance with national guidance, in particular:',
  development: 'Areas for development',
  developmentEarly: 'Areas for improvement',
} as const;

const STYLE_WEIGHTS: Readonly<Record<BulletStyle, number>> = {
  dash: 0.35,
  inline: 0.2,
  bullet: 0.15,
  o: 0.1,
  numbered: 0.1,
  paragraph: 0.1,
};

function pickStyle(rng: Rng): BulletStyle {
  let r = rng.next();
  for (const s of BULLET_STYLES) {
    r -= STYLE_WEIGHTS[s];
    if (r < 0) return s;
  }
  return 'dash';
}

/** Build one letter from its plan; all other choices come from rng. */
export function buildLetter(rng: Rng, plan: LetterPlan): BuiltLetter {
  const firstRound = compareYmd(plan.visit[0], { y: 2009, m: 8, d: 1 }) < 0;
  const early = compareYmd(plan.visit[0], { y: 2010, m: 4, d: 1 }) < 0;
  const counts = {
    priority: rng.chance(0.15) ? rng.int(1, 3) : 0,
    strength: rng.chance(0.8) ? rng.int(1, 8) : 0,
    meets: rng.chance(0.95) ? rng.int(3, 13) : 0,
    development: rng.chance(0.97) ? rng.int(1, 6) : 0,
  };
  if (counts.priority + counts.strength + counts.meets + counts.development === 0)
    counts.development = 2;

  const pages = pageBreaker(rng);
  const odds = { breakBetween: 0.06, breakInside: 0.05 };
  const oneLine = rng.chance(0.4);
  const recipientPerson = person(rng);
  const lines: string[] = [
    ...letterhead(rng, plan.letterDate, oneLine),
    longDate(plan.letterDate),
    '',
    ...recipient(rng, recipientPerson, plan.council, plan.place, oneLine && rng.chance(0.6)),
    '',
    `Dear ${recipientPerson.title} ${recipientPerson.surname}`,
    '',
    titleLine(rng, plan.council),
    '',
    openingParagraph(rng, plan.council, plan.visit, early),
    '',
  ];
  const intro = [summarySentence(rng, counts), evidenceParagraph(rng)];
  if (!early) intro.reverse(); // later letters describe the evidence before the outcome
  if (plan.previous) intro.push(previousSentence(rng, plan.previous));
  for (const [i, para] of intro.entries()) {
    lines.push(para, '');
    if (i === intro.length - 1 || rng.chance(0.3)) {
      if (rng.chance(0.6)) lines.push(...pages.next());
    }
  }

  const section = (heading: string, judgement: Judgement, n: number): string[] =>
    n === 0
      ? []
      : renderSection(
          rng,
          heading,
          makeFindings(rng, judgement, n, plan.previous !== undefined),
          pickStyle(rng),
          pages,
          odds,
        );
  const gap = (block: string[]): string[] => {
    // Inline-style sections end on their <ul> line and the next heading follows at once (seed 000).
    if (block.length === 0) return block;
    return block[block.length - 1] === '' ? block : [...block, ''];
  };
  const priority = section(
    firstRound && rng.chance(0.5) ? HEADINGS.priorityEarly : HEADINGS.priority,
    'priority-action',
    counts.priority,
  );
  const strength = section(HEADINGS.strength, 'strength', counts.strength);
  const development = section(
    firstRound && rng.chance(0.5) ? HEADINGS.developmentEarly : HEADINGS.development,
    'area-for-development',
    counts.development,
  );
  if (counts.meets > 0 && early && rng.chance(0.6)) {
    // Seed 000's order: the meets-requirements sentence first, then strengths and development.
    const meets = section(HEADINGS.meetsEarly, 'meets-requirements', counts.meets);
    lines.push(...gap(priority), ...gap(meets));
    if (strength.length + development.length > 0) {
      lines.push(
        'From the evidence gathered, the following strengths and areas for development were also identified:',
        '',
      );
    }
    lines.push(...strength, ...development);
  } else {
    const meets = section(HEADINGS.meets, 'meets-requirements', counts.meets);
    lines.push(
      'From the evidence gathered, the following features of the service were identified:',
      '',
    );
    lines.push(...gap(priority), ...gap(strength), ...gap(meets), ...development);
  }
  lines.push('');
  if (rng.chance(0.3)) lines.push('', '');

  lines.push(
    ...closing(rng, {
      inspector: person(rng),
      chief: person(rng),
      chair: person(rng),
      council: plan.council,
      place: plan.place,
      letterDate: plan.letterDate,
    }),
  );
  return {
    text: pages.finish(lines.join('\n')),
    findings: {
      'priority-action': counts.priority,
      strength: counts.strength,
      'meets-requirements': counts.meets,
      'area-for-development': counts.development,
    },
  };
}
