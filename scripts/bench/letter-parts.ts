/**
 * The boilerplate around the findings of a synthetic letter — letterhead, recipient, opening
 * paragraphs, closing — in the wordings and layouts of the seed letters.
 */
import { compareYmd, inspectionDates, monthYear, type Ymd } from './dates.ts';
import { fullName, type Person } from './people.ts';
import type { Rng } from './prng.ts';

// Ofsted's offices; Freshford House is the one in all four seeds.
const OFFICES: readonly (readonly [string, string, string])[] = [
  ['Freshford House', 'Redcliffe Way', 'Bristol BS1 6NL'],
  ['Piccadilly Gate', 'Store Street', 'Manchester M1 2WD'],
  ['Aviation House', '125 Kingsway', 'London WC2B 6SE'],
  ['Cannon House', '18 The Priory Queensway', 'Birmingham B4 6BS'],
];

/** Ofsted changed its switchboard number and safeguarding mailbox during 2010. */
function isEarly(letterDate: Ymd): boolean {
  return compareYmd(letterDate, { y: 2010, m: 4, d: 1 }) < 0;
}

/** Letterhead lines: the office block on separate lines (seeds 000, 002) or on one line (001, 003). */
export function letterhead(rng: Rng, letterDate: Ymd, oneLine: boolean): string[] {
  const office = rng.chance(0.5) ? OFFICES[0]! : rng.pick(OFFICES);
  const phone = isEarly(letterDate) ? 'T 08456 40 40 40' : 'T 0300 1231231';
  const prefix = rng.pick(['0117 945 ', '03000 13', '0161 618 ']);
  const direct = `Direct T ${prefix}${String(rng.int(1000, 9999))}`;
  const mailbox = isEarly(letterDate)
    ? 'csinspections@ofsted.gov.uk'
    : 'Safeguarding.lookedafterchildren@ofsted.gov.uk';
  if (oneLine) {
    const head = [...office, phone, 'enquiries@ofsted.gov.uk', 'www.ofsted.gov.uk'].join(' ');
    return rng.chance(0.5)
      ? [`${head} ${direct}`, '', mailbox, '', '', '']
      : [head, '', direct, '', mailbox, '', '', ''];
  }
  const lines = [
    '',
    '',
    ...office,
    '',
    phone,
    'enquiries@ofsted.gov.uk',
    'www.ofsted.gov.uk',
    '',
    direct,
  ];
  if (isEarly(letterDate)) lines.push(`Direct F ${prefix}${String(rng.int(1000, 9999))}`, mailbox);
  else lines.push('', mailbox);
  return [...lines, '', '', ''];
}

const ROLES = [
  "Director of Children's Services",
  "Director of Children and Young People's Services",
  "Strategic Director, Children's Services",
  'Corporate Director, Children and Young People',
  "Executive Director of Children's Services",
  'Strategic Director for Services to People',
];
const BUILDINGS = [
  'County Hall',
  'Civic Centre',
  'Town Hall',
  'Council Offices',
  'Civic Offices',
  'County Offices',
  'Council House',
];
const STREETS = [
  'Newland',
  'Catmose Street',
  'Welford Place',
  'High Street',
  'Market Street',
  'Station Road',
  'Church Street',
  'Castle Street',
  'Victoria Square',
  'The Parade',
];

function postcode(rng: Rng, place: string): string {
  const letters = 'ABDEFGHJLNPQRSTUWXY';
  const area =
    (place[0] ?? 'L').toUpperCase() +
    (rng.chance(0.5) ? letters[rng.int(0, letters.length - 1)] : '');
  return `${area}${rng.int(1, 29)} ${rng.int(1, 9)}${letters[rng.int(0, 18)]}${letters[rng.int(0, 18)]}`;
}

/** Recipient block: name, role, council, address — on separate lines, or run together as in seed 001. */
export function recipient(
  rng: Rng,
  who: Person,
  council: string,
  place: string,
  oneLine: boolean,
): string[] {
  const building = rng.pick(BUILDINGS);
  const address = [rng.pick(STREETS), place, postcode(rng, place)];
  // Seed 002 puts the building above the council's name.
  const block = rng.chance(0.25)
    ? [`${who.title} ${fullName(who)}`, rng.pick(ROLES), building, council, ...address]
    : [`${who.title} ${fullName(who)}`, rng.pick(ROLES), council, building, ...address];
  return oneLine ? [block.join(' ')] : block;
}

/** The title line; the framework notes the word order is sometimes "contact, assessment and referral". */
export function titleLine(rng: Rng, council: string): string {
  const order = rng.chance(0.05)
    ? 'contact, assessment and referral'
    : 'contact, referral and assessment';
  return `Annual unannounced inspection of ${order} arrangements within ${council} children's services`;
}

/** The opening paragraph with the inspection dates, in the 2009 (seed 000) or 2010–11 wording. */
export function openingParagraph(
  rng: Rng,
  council: string,
  visit: readonly [Ymd, Ymd],
  early: boolean,
): string {
  const dates = inspectionDates(visit[0], visit[1], rng.chance(0.15));
  const where = `the recent unannounced inspection of contact, referral and assessment arrangements within local authority children's services in ${council} which was conducted on ${dates}.`;
  const legal =
    'The inspection was carried out under section 138 of the Education and Inspections Act 2006.';
  return early
    ? `This letter contains the findings of ${where} ${legal} It will contribute to Ofsted's annual review of the performance of the authority's children's services, for which Ofsted will award a rating later in the year.`
    : `This letter summarises the findings of ${where} ${legal} It will contribute to the annual review of the performance of the authority's children's services, for which Ofsted will award a rating later in the year. I would like to thank all of the staff we met for their assistance in undertaking this inspection.`;
}

/** The paragraph on the evidence inspectors considered (three seed wordings). */
export function evidenceParagraph(rng: Rng): string {
  const sampled =
    'The inspection sampled the quality and effectiveness of contact, referral and assessment arrangements and their impact on minimising';
  const records =
    'considered a range of evidence, including: electronic case records; supervision files and notes; observation of social workers and senior practitioners undertaking referral and assessment duties; and other information provided by';
  const spoke =
    'also spoke to a range of staff including managers, social workers, other practitioners and administrative staff.';
  switch (rng.int(0, 2)) {
    case 0:
      return `${sampled} the incidence of child abuse and neglect. Inspectors ${records} staff, managers and professionals from some partner agencies. Inspectors ${spoke} I am grateful to you and your staff for your help and the time given during this inspection.`;
    case 1:
      return `${sampled} any child abuse and neglect. The inspector ${records} staff and managers. The inspector ${spoke}`;
    default:
      return `${sampled} any child abuse and neglect. Inspectors ${records} staff and managers. Inspectors ${spoke}`;
  }
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];

/** The one-sentence summary of outcomes, consistent with which sections the letter has. */
export function summarySentence(
  rng: Rng,
  counts: { priority: number; strength: number; meets: number; development: number },
): string {
  const { priority, strength, meets, development } = counts;
  const dev =
    development === 1
      ? 'an area for development'
      : `${rng.chance(0.5) ? 'some' : (NUMBER_WORDS[development] ?? 'some')} areas for development`;
  if (priority > 0) {
    const p =
      priority === 1
        ? 'one area for priority action'
        : `${NUMBER_WORDS[priority]} areas for priority action`;
    const which = priority + development > 1 ? 'which are' : 'which is';
    return `The inspection identified ${p}${development > 0 ? ` and ${dev}` : ''}, ${which} detailed below.`;
  }
  if (development > 0 && (strength === 0 || meets === 0 || rng.chance(0.3))) {
    return `The inspection identified no areas for priority action but ${dev}, which are detailed below.`;
  }
  const s = strength === 1 ? 'an area of strength' : 'areas of strength';
  const m = 'areas of practice that met requirements';
  if (strength > 0 && development > 0)
    return `The inspection identified ${s} and ${m}, with ${dev}.`;
  if (development > 0) return `The inspection identified ${m} and areas for development.`;
  return `The inspection identified ${strength > 0 ? `${s} and ` : ''}${m}, and no areas for priority action.`;
}

/** Progress since the previous inspection, in the seed wordings. */
export function previousSentence(rng: Rng, prev: readonly [Ymd, Ymd]): string {
  const at =
    'identified at the previous inspection of contact, referral and assessment arrangements';
  const month = monthYear(prev[0]);
  switch (rng.int(0, 3)) {
    case 0:
      return `The areas for development ${at} in ${month} have been addressed.`;
    case 1:
      return `Two of the areas of development ${at} in ${month} have been addressed. Further work is required to improve the quality of social work supervision to ensure this contributes towards ongoing professional development and appropriately directs case planning.`;
    case 2:
      return `The two areas of development ${at} on ${inspectionDates(prev[0], prev[1], false)} have both demonstrated satisfactory improvement.`;
    default:
      return `The areas of development ${at} in ${month} have been considered during this inspection. Improvement has been made in three areas of development identified in the last inspection but two areas for development from the last inspection have not been sufficiently addressed.`;
  }
}

/** Closing lines: the standard sentence, sign-off, signatory and copy list. */
export function closing(
  rng: Rng,
  args: {
    inspector: Person;
    chief: Person;
    chair: Person;
    council: string;
    place: string;
    letterDate: Ymd;
  },
): string[] {
  const lines: string[] = [];
  if (rng.chance(0.85)) {
    lines.push(
      'Any areas for development identified above will be specifically considered in any future inspection of services to safeguard children within your area.',
      '',
    );
  }
  lines.push('Yours sincerely', '');
  if (rng.chance(0.1)) {
    // Seed 000 carries the signature image's description as text.
    lines.push(
      `A handwritten signature in blue ink, appearing to read "${fullName(args.inspector)}", with a long horizontal flourish extending to the right.`,
      '',
    );
  }
  const role = rng.chance(0.85)
    ? "Her Majesty's Inspector"
    : 'Divisional Manager, Social Care Safeguarding';
  if (rng.chance(0.5)) lines.push(`${fullName(args.inspector)} ${role}`);
  else lines.push(fullName(args.inspector), role);
  // The Department for Children, Schools and Families became the Department for Education in May 2010.
  const dept =
    compareYmd(args.letterDate, { y: 2010, m: 5, d: 12 }) < 0
      ? 'Department for Children, Schools and Families'
      : 'Department for Education';
  const copies = [`${fullName(args.chief)}, Chief Executive, ${args.council}`];
  if (rng.chance(0.4))
    copies.push(`${fullName(args.chair)}, Chair of ${args.place} Safeguarding Children Board`);
  copies.push(`Andrew Spencer, ${dept}`);
  lines.push('');
  if (rng.chance(0.2)) lines.push(`Copy: ${copies.join(' ')}`);
  else lines.push(`Copy: ${copies[0]}`, ...copies.slice(1));
  return lines;
}
