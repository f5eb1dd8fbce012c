/**
 * Side clauses of a finding: the parts that say where the evidence was found, who
 * took part or referred, when something happens, the yardstick, what it led to or
 * is for, what is only planned, or (in a weakness) what the council is doing about
 * it. A theme word inside one does not make the finding
 * about that theme ("…, as seen on case files" is not a finding about case
 * recording). Pure.
 *
 * The detector is deliberately shallow: it knows clause boundaries (punctuation
 * and a few conjunctions) and a small set of frames that open a side clause. Each
 * frame marks a span of the text; classify-themes.ts ignores a theme match that
 * lies wholly inside one. A match that only overlaps a span still counts, so a
 * phrase such as "supported by their managers" is not cut in two.
 *
 * The expressions leave out the `u` flag (and \p{L}) on purpose: findings are
 * English, and case-insensitive Unicode matching is several times slower.
 */
import type { Judgement } from '../../../src/schemas/document.ts';
import { execAll } from './exec-all.ts';

/** A side clause found in a text: [start, end) and why it is one. */
export interface SideClause {
  start: number;
  end: number;
  kind: 'evidence' | 'participants' | 'circumstance' | 'consequence' | 'remedy' | 'plan';
}

/**
 * How far a frame reaches: to the end of its clause (punctuation or a
 * conjunction), of its phrase (punctuation; "and" joins a list, as in "performance
 * data and case files"), of its sentence part (commas too are passed), or no
 * further than the frame's own words (`null`).
 */
const CLAUSE = /[.;:,()]|\s(?:and|but|although|though|while|whereas|however|despite)\s/gi;
const PHRASE = /[.;:,()]|\s(?:but|although|though|while|whereas|however|despite)\s/gi;
const SENTENCE_PART = /[.;:()]|\s(?:but|although|though|whereas|however|despite)\s/gi;
/** A noun phrase ends where its clause does or at the verb or preposition after it. */
const NOUN_PHRASE =
  /[.;:,()]|\s(?:and|but|is|are|was|were|has|have|had|by|to|in|for|with|from|that|which)\s/gi;

type Frame = [SideClause['kind'], RegExp, RegExp | null];

/** Frames that run from where they start to the end of their clause (or sentence part). */
const TO_END: Frame[] = [
  // "…, as seen on case files", "as confirmed by performance data and case file evidence".
  [
    'evidence',
    /\b(?:as\s+(?:seen|evidenced|confirmed|shown|demonstrated|reflected|noted|recorded|reported|found|indicated|illustrated)|evidenced|confirmed)\s+(?:on|in|by|from|through)\b/gi,
    PHRASE,
  ],
  // "(clear|evident) from case records", "recorded on case files": the file is where it shows, not the subject.
  [
    'evidence',
    /\b(?:clear|evident|apparent|recorded|maintained|kept|held|explained|absent|missing|is|are|in\s+place)\s+(?:on|from)\s+(?:the\s+|all\s+|most\s+|many\s+|some\s+)?(?:electronic\s+)?(?:case\s+)?(?:files?|records?)\b/gi,
    CLAUSE,
  ],
  [
    'evidence',
    /\b(?:in\s+)?(?:the\s+|some\s+|most\s+|all\s+)?(?:case\s+)?(?:files?|records?|cases?|assessments?|plans?|minutes|notes|examples|reports?|practice|work)\s+(?:seen|sampled|examined|reviewed|read|tracked)(?:\s+by\s+(?:the\s+)?inspectors)?/gi,
    null,
  ],
  // Where needs or risks were found: "the needs identified in assessments" (the plans are judged, not the assessments).
  [
    'evidence',
    /\b(?:identified|set\s+out|described)\s+(?:in|by)\s+(?:the\s+|their\s+)?(?:initial\s+|core\s+)?assessments?\b/gi,
    null,
  ],
  // Who inspectors met or what they read: "parents spoken to by inspectors", "staff interviewed by the inspectors".
  [
    'evidence',
    /\b(?:seen|spoken\s+to|interviewed|met|examined|sampled|reviewed|read|tracked|observed)\s+(?:by|with)\s+(?:the\s+)?inspectors\b/gi,
    null,
  ],
  // What data or an audit is about: "data on the timeliness of assessments", "audits of case files by managers".
  [
    'evidence',
    /\b(?:data|information|figures|statistics|audits?|auditing|sampling|samples?)\s+(on|about|of)\b/gi,
    NOUN_PHRASE,
  ],
  // What an audit reads: "managers audit case files regularly" is about the audit, not the files.
  [
    'evidence',
    /\baudit(?:s|ed|ing)?\s+((?:[a-z]+\s+){0,2}?(?:case\s+)?(?:files?|records?))\b/gi,
    null,
  ],
  // What training is in: "training in supervision" judges the training.
  ['circumstance', /\b(?:training|trained|briefings?)\s+(in|on|about)\b/gi, NOUN_PHRASE],
  // "agencies that provide interpreting", "which involve the police", "provided jointly with two councils".
  [
    'participants',
    /\b(?:that|which|who|they)\s+(?:provided?|provides|involved?|involves)\b/gi,
    CLAUSE,
  ],
  [
    'participants',
    /\b(?:provided|run|chaired|commissioned)\s+(?:jointly\s+)?(?:by|with)\b|\b(?:cases|work)\s+held\s+by\b|\b(?:for|by)\s+those\s+involved\b/gi,
    CLAUSE,
  ],
  // An agent after "by": "scrutiny by senior managers", "briefings by senior managers" (the span starts at the group).
  [
    'participants',
    /\b(?:scrutiny|briefings?|audits?\s+of\s+[a-z\s]+?|review|oversight|reported)\s+(by|to)\b/gi,
    CLAUSE,
  ],
  // Who a discussion is between: "strategy discussions take place between the social worker and the police only".
  [
    'participants',
    /\b(?:(?:take|takes|took|taking)\s+place|held)\s+(?:by\s+telephone\s+)?between\b/gi,
    PHRASE,
  ],
  // What partners contribute to: "teachers contribute fully to assessments" judges the partners' part.
  ['participants', /\bcontribut[a-z]*\s+(?:[a-z]+ly\s+)?(to)\b/gi, NOUN_PHRASE],
  // What managers watch over: "management overview of assessments is timely" judges the overview.
  ['participants', /\b(?:overview|oversight|scrutiny|monitoring|tracking)\s+(of)\b/gi, NOUN_PHRASE],
  // Who referred: "referrals from partner agencies", "contacts from the police" (the source, not the subject).
  ['participants', /\b(?:contacts?|referrals?)\s+(from|made\s+by)\b/gi, NOUN_PHRASE],
  // Examples set in a list: "Important information, including the outcome of enquiries, is missing".
  ['participants', /,\s*(including)\b/gi, CLAUSE],
  // When or where something happens, after the main clause has started: "interpreters during child protection enquiries"
  // (not "the protocol for when…", where the clause is what the noun is about).
  // (The word is found first and the one before it checked in a lookbehind: scanning from every word is slower.)
  [
    'circumstance',
    /\b(where|when)\b(?<=\b(?!(?:for|about|of|on)\s)[a-z]+,?\s+(?:where|when))/gi,
    CLAUSE,
  ],
  // "during" governs a noun phrase only: "recording of discussions during the night is poor" judges the recording.
  ['circumstance', /\b(during)\b(?<=\b(?!(?:for|about|of|on)\s)[a-z]+,?\s+during)/gi, NOUN_PHRASE],
  // Before or after what: "delays in starting assessments following strategy discussions",
  // "within 15 working days of the strategy discussion".
  [
    'circumstance',
    /\b(?:following|after|before|prior\s+to|within\s+[a-z0-9-]+\s+(?:working\s+)?(?:days|weeks)\s+of)\s/gi,
    CLAUSE,
  ],
  // A yardstick: "the timescales set by statutory guidance", "required by the council's own policy".
  [
    'circumstance',
    /\b(?:set|set\s+out|laid\s+down|required|specified|prescribed)\s+(?:by|in)\b/gi,
    CLAUSE,
  ],
  // What a finding led to or is for: "this undermines…", "which reduces…", "leading to…", "available to undertake…".
  [
    'consequence',
    /\b(?:this|which|that)\s+(?:undermines|reduces|is\s+affecting|affects|(?:has|have)\s+affected|means|has\s+left|enables|limits|makes|gives|allows?)\b|\b(?:mean|means|meant)\s+that\b/gi,
    SENTENCE_PART,
  ],
  [
    'consequence',
    /\b(?:leading|resulting)\s+(?:to|in)\b|\b(?:has|have)\s+led\s+to\b/gi,
    SENTENCE_PART,
  ],
  // Purpose and effect: "…, so that support continues", "enabling them to monitor…".
  [
    'consequence',
    /\bso\s+that\b|,\s*((?:so|leaving)\s)|\b(?:enabling|allowing|helping)\s/gi,
    SENTENCE_PART,
  ],
  [
    'consequence',
    /\b(?:(?:available|used|able|aims?|in\s+order)\s+)?to\s+inform\b|\b(?:available|able|aims?|in\s+order)\s+to\b/gi,
    SENTENCE_PART,
  ],
];

/**
 * The frames of one kind and reach joined into one expression, so the text is scanned once per
 * group rather than once per frame (each alternative keeps its own group, if any).
 */
const TO_END_GROUPED: Frame[] = (() => {
  const groups = new Map<
    string,
    { kind: SideClause['kind']; sources: string[]; reach: RegExp | null }
  >();
  for (const [kind, re, reach] of TO_END) {
    const key = `${kind} ${reach?.source ?? ''}`;
    const group = groups.get(key) ?? groups.set(key, { kind, sources: [], reach }).get(key)!;
    group.sources.push(`(?:${re.source})`);
  }
  return [...groups.values()].map(
    (g): Frame => [g.kind, new RegExp(g.sources.join('|'), 'gi'), g.reach],
  );
})();

/** Frames that run back to the start of their clause: "Performance information shows that", "Managers recognise that". */
const FROM_CLAUSE_START =
  /\b(?:shows?|indicates?|confirms?|recognises?|recognise|acknowledges?|found|notes|noted|identified|observed)\s+that\b|\b(?:inspectors|ofsted)\s+(?:reported|judged)\s+that\b/gi;

/** Remedies in a weakness: the council's response, not the problem judged; the whole sentence part. */
const REMEDY =
  /\b(?:(?:is|are)\s+being\s+(?:addressed|tackled|taken|developed|reviewed|drafted|revised|implemented|introduced|rolled\s+out|piloted)|(?:is|are)\s+aware\s+of\s+(?:this|these|the\s+(?:issue|problem|need)s?)|(?:is|are)\s+planned|(?:has|have)\s+(?:recently\s+|now\s+)?(?:been\s+)?(?:appointed|agreed|commissioned|introduced|launched|established|redirected|decided|recruited|created|piloted|restructured|reorganised)|to\s+address\s+this|(?:is|are)\s+working\s+with|action\s+is\s+being\s+taken|is\s+under\s+way|(?:is|are)\s+addressing|(?:has|have)\s+(?:put\s+in\s+place|begun|started|set\s+up))\b/gi;

/** Something not yet done is not judged, whatever the judgement: "a supervision audit is planned". */
const PLANNED =
  /\b(?:(?:is|are)\s+planned|(?:plans|intends|is\s+due|are\s+due)\s+to|plans\s+(?:are|have\s+been)\s+(?:in\s+place|made|agreed|drawn\s+up)\s+to|will\s+be)\b/gi;

/** The text before a remedy ends inside a clause opened by "although" (no punctuation since). */
const CONCESSIVE = /\b(?:although|though|while|whilst|despite)\b[^,.;:]*$/i;

const WEAKNESS: ReadonlySet<Judgement> = new Set(['area-for-development', 'priority-action']);

/** Offsets where a boundary starts or ends, in order, with 0 first and text.length last. */
function cutsOf(text: string, boundary: RegExp): number[] {
  const cuts = [0];
  for (const m of execAll(boundary, text)) cuts.push(m.index, m.index + m[0].length);
  cuts.push(text.length);
  return cuts;
}

/** Where the first boundary at or after `from` starts (the end of the text if none). */
function nextBoundary(text: string, boundary: RegExp, from: number): number {
  boundary.lastIndex = from;
  const m = boundary.exec(text);
  boundary.lastIndex = 0;
  return m ? m.index : text.length;
}
const startBefore = (cuts: number[], at: number) => cuts.findLast((c) => c <= at) ?? 0;

/** Every side clause of a finding's text; `judgement` switches on remedy clauses for weaknesses. */
export function sideClauses(text: string, judgement?: Judgement): SideClause[] {
  // Boundaries are found only for texts that have a frame at all (most do not need all three).
  const memo = new Map<RegExp, number[]>();
  const cuts = (b: RegExp) => memo.get(b) ?? memo.set(b, cutsOf(text, b)).get(b)!;
  const found: SideClause[] = [];
  for (const [kind, re, boundary] of TO_END_GROUPED) {
    for (const m of execAll(re, text)) {
      const own = m.index + m[0].length;
      // A frame with a group (which ends it) starts its span at that group ("scrutiny | by senior managers").
      let group: string | undefined;
      for (let i = 1; i < m.length && group === undefined; i++) group = m[i];
      found.push({
        start: group === undefined ? m.index : own - group.length,
        end: boundary ? nextBoundary(text, boundary, own) : own,
        kind,
      });
    }
  }
  for (const m of execAll(FROM_CLAUSE_START, text))
    found.push({
      start: startBefore(cuts(CLAUSE), m.index),
      end: m.index + m[0].length,
      kind: 'evidence',
    });
  for (const m of execAll(PLANNED, text))
    found.push({
      start: startBefore(cuts(CLAUSE), m.index),
      end: nextBoundary(text, SENTENCE_PART, m.index + m[0].length),
      kind: 'plan',
    });
  if (judgement && WEAKNESS.has(judgement)) {
    for (const m of execAll(REMEDY, text)) {
      // "Although a template has been introduced, chronologies are out of date": a
      // concessive remedy ends at its comma; otherwise it runs to the end of the sentence part.
      const concessive = CONCESSIVE.test(text.slice(0, m.index));
      found.push({
        start: startBefore(cuts(CLAUSE), m.index),
        end: nextBoundary(text, concessive ? PHRASE : SENTENCE_PART, m.index + m[0].length),
        kind: 'remedy',
      });
    }
  }
  // Frames may overlap ("cases sampled by inspectors"); a clause inside another adds nothing.
  return found
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((c, i, all) => !all.some((d, j) => j < i && d.start <= c.start && c.end <= d.end));
}
