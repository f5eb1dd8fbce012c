/**
 * Side-clause frames that say when something happens, the yardstick, what
 * followed or what it is for; and the expressions for what runs back to the
 * start of its clause, what is only planned and the council's remedies
 * (side-clauses.ts). Pure data.
 */
import { CLAUSE, type Frame, NOUN_PHRASE, SENTENCE_PART } from './clause-reach.ts';

/** Frames that run from where they start to the end of their clause (or sentence part). */
export const WHEN_AND_WHY: Frame[] = [
  // When or where something happens, after the main clause has started: "interpreters during child protection enquiries"
  // (not "the protocol for when…", where the clause is what the noun is about).
  // (The word is found first and the one before it checked in a lookbehind: scanning from every word is slower.)
  [
    'circumstance',
    /\b(where|when|whenever|wherever)\b(?<=\b(?!(?:for|about|of|on)\s)[a-z]+,?\s+(?:where|when|whenever|wherever))/gi,
    CLAUSE,
  ],
  // "during" governs a noun phrase only: "recording of discussions during the night is poor" judges the recording.
  ['circumstance', /\b(during)\b(?<=\b(?!(?:for|about|of|on)\s)[a-z]+,?\s+during)/gi, NOUN_PHRASE],
  // Before or after what: "delays in starting assessments following strategy discussions",
  // "within 15 working days of the strategy discussion". Only the noun phrase: in "what happens
  // after a referral is available only in English" the language is judged. Not "before any…": in "visits
  // were made before any strategy discussion had taken place" the missing discussion is judged.
  [
    'circumstance',
    /\b(?:following|after|before|prior\s+to|within\s+[a-z0-9-]+\s+(?:working\s+)?(?:days|weeks)\s+of)\s(?!any\s)/gi,
    NOUN_PHRASE,
  ],
  // A yardstick: "the timescales set by statutory guidance", "required by the council's own policy".
  [
    'circumstance',
    /\b(?:set|set\s+out|laid\s+down|required|specified|prescribed)\s+(?:by|in)\b/gi,
    CLAUSE,
  ],
  // A policy or procedure as the yardstick of other work: "supervision takes place in line with the
  // council's policy", "as often as the council's own policy requires".
  [
    'circumstance',
    /\b(?:in\s+line\s+with|as\s+(?:often|frequently|quickly|promptly)\s+as)\s/gi,
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
    /\b(?:leading|resulting)\s+(?:to|in)\b|\b(?:has|have)\s+led\s+to\b|\b(?:lead|leads|led)\s+to\b/gi,
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
    /\b(?:(?:available|used|able|aims?|in\s+order)\s+)?to\s+inform\b|\b(?:they|it|which)\s+informs?\b|\b(?:available|able|aims?|in\s+order)\s+to\b/gi,
    SENTENCE_PART,
  ],
];

/** Frames that run back to the start of their clause: "Performance information shows that", "Managers recognise that". */
/** Also evidence named after the point, as a clause of its own: "…, as the council's own performance data confirm". */
export const FROM_CLAUSE_START =
  /\b(?:shows?|indicates?|confirms?|recognises?|recognise|acknowledges?|found|notes|noted|identified|observed)\s+that\b|\b(?:inspectors|ofsted)\s+(?:reported|judged)\s+that\b|\b(?:confirm|show|indicate|demonstrate)(?=\s*[.;,)]|\s*$)(?<=\b(?:data|figures|records|audits|files|reports)\s+[a-z]+)/gi;

/** Remedies in a weakness: the council's response, not the problem judged; the whole sentence part. */
export const REMEDY =
  /\b(?:(?:is|are)\s+being\s+(?:addressed|tackled|taken|developed|reviewed|drafted|revised|implemented|introduced|rolled\s+out|piloted)|(?:is|are)\s+aware\s+of\s+(?:this|these|the\s+(?:issue|problem|need)s?)|(?:is|are)\s+planned(?!\s+(?:well|carefully|jointly|thoroughly|effectively|appropriately)\b)|(?:has|have)\s+(?:recently\s+|now\s+)?(?:been\s+)?(?:appointed|agreed|approved|commissioned|introduced|launched|established|redirected|decided|recruited|created|piloted|restructured|reorganised|built\s+into|added\s+to)|to\s+address\s+this|(?:is|are)\s+working\s+with|action\s+is\s+being\s+taken|is\s+under\s+way|(?:is|are)\s+addressing|now\s+(?:review|monitor|track|check|audit|receive|confirm|ensure|sign)s?|(?:has|have)\s+(?:put\s+in\s+place|begun|started|set\s+up))\b/gi;

/**
 * Something not yet done is not judged, whatever the judgement: "a supervision audit is planned",
 * "a revised version is out for consultation". Work "planned well" (or carefully, jointly…) is done and judged.
 */
export const PLANNED =
  /\b(?:(?:is|are)\s+planned(?!\s+(?:well|carefully|jointly|thoroughly|effectively|appropriately)\b)|(?:is|are)\s+(?:currently\s+)?out\s+for\s+consultation|(?:plans|intends|is\s+due|are\s+due)\s+to|plans\s+(?:are|have\s+been)\s+(?:in\s+place|made|agreed|drawn\s+up)\s+to|will\s+(?:be|include|introduce|review|monitor|audit|start|begin|receive))\b/gi;

/** The text before a remedy ends inside a clause opened by "although" (no punctuation since). */
export const CONCESSIVE = /\b(?:although|though|while|whilst|despite)\b[^,.;:]*$/i;
