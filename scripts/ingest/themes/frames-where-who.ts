/**
 * Side-clause frames that say where the evidence was found and who took part,
 * referred or helps (side-clauses.ts joins them with the rest; what data, an
 * audit, training or money is about is in frames-what-about.ts). Pure data.
 */
import { CLAUSE, EXAMPLES, type Frame, NOUN_LIST, NOUN_PHRASE, PHRASE } from './clause-reach.ts';

/** Frames that run from where they start to the end of their clause (or phrase, or noun phrase). */
export const WHERE_AND_WHO: Frame[] = [
  // "…, as seen on case files", "as confirmed by performance data and case file evidence".
  [
    'evidence',
    /\b(?:as\s+(?:seen|evidenced|confirmed|shown|demonstrated|reflected|noted|recorded|reported|found|indicated|illustrated)|evidenced|confirmed|borne\s+out)\s+(?:on|in|by|from|through)\b/gi,
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
  // Where a record is put: "records of supervision placed on case files do not set out decisions".
  [
    'evidence',
    /\b(?:placed|filed|stored)\s+(?:on|in)\s+(?:the\s+)?(?:electronic\s+)?(?:case\s+)?(?:files?|records?)\b/gi,
    null,
  ],
  // "several seen had been copied", "many sampled": the ones inspectors saw, not children seen.
  ['evidence', /\b(?:several|many|most|those|few)\s+(seen|sampled|examined|reviewed)\b/gi, null],
  // A comparison: "well above the level seen in similar councils".
  [
    'circumstance',
    /\bseen\s+(?:in|among|across)\s+(?:similar|comparable|other|neighbouring|statistical)\b/gi,
    NOUN_PHRASE,
  ],
  // Who inspectors met or what they read: "parents spoken to by inspectors", "staff interviewed by the inspectors".
  [
    'evidence',
    /\b(?:seen|spoken\s+to|interviewed|met|examined|sampled|reviewed|read|tracked|observed)\s+(?:by|with)\s+(?:the\s+)?inspectors\b/gi,
    null,
  ],
  // "agencies that provide interpreting", "which involve the police", "which brings together police, health…",
  // "provided jointly with two councils", "training provided through the LSCB".
  [
    'participants',
    /\b(?:that|which|who|they)\s+(?:provided?|provides|involved?|involves|brings?\s+together)\b/gi,
    CLAUSE,
  ],
  [
    'participants',
    /\b(?:provided|run|chaired|commissioned|delivered|organised)\s+(?:jointly\s+)?(?:by|with|through)\b|\b(?:cases|work)\s+held\s+by\b|\b(?:for|by)\s+those\s+involved\b/gi,
    CLAUSE,
  ],
  // An agent after "by": "scrutiny by senior managers", "briefings by senior managers" (the span starts at the group).
  [
    'participants',
    /\b(?:scrutiny|briefings?|audits?\s+of\s+[a-z\s]+?|review|oversight|reported)\s+(by|to)\b/gi,
    CLAUSE,
  ],
  // Who a discussion is between: "strategy discussions take place between the social worker and the police only",
  // "they are often a brief telephone call between a duty social worker and a police officer".
  [
    'participants',
    /\b(?:(?:take|takes|took|taking)\s+place|held|(?:telephone\s+)?(?:calls?|conversations?))\s+(?:by\s+telephone\s+)?between\b/gi,
    PHRASE,
  ],
  // What partners contribute to: "teachers contribute fully to assessments" judges the partners' part.
  ['participants', /\bcontribut[a-z]*\s+(?:[a-z]+ly\s+)?(to)\b/gi, NOUN_PHRASE],
  // What managers watch over: "management overview of assessments is timely" judges the overview.
  ['participants', /\b(?:overview|oversight|scrutiny|monitoring|tracking)\s+(of)\b/gi, NOUN_PHRASE],
  // Where the information an assessment draws on comes from: "drawing on information from other
  // professionals" judges the assessment (the span starts at "from", so the information still counts).
  [
    'participants',
    /\bdraw(?:s|n|ing)?\s+(?:together\s+|on\s+|upon\s+)(?:[a-z'-]+\s+){0,5}?information\s+(from)\b/gi,
    EXAMPLES,
  ],
  // Who referred: "referrals from partner agencies", "contacts from the police" (the source, not the subject),
  // the whole list of them ("referrals from schools, GPs and the police were acknowledged").
  ['participants', /\b(?:contacts?|referrals?)\s+(from|made\s+by)\b/gi, NOUN_LIST],
  // Who does the work, named in passing: "screened by a qualified social worker" judges the screening,
  // not the workforce ("posts filled by qualified social workers", "staffed by qualified…" stay: they judge the staff).
  [
    'participants',
    /\b(?<!\b(?:filled|staffed)\s)(?:by|from)\s+(?:a\s+|the\s+)?((?:suitably\s+|appropriately\s+)?qualified)\b/gi,
    null,
  ],
  // Who a meeting or discussion includes: "strategy discussions include the police and…".
  [
    'participants',
    /\b(?:include[sd]?|involve[sd]?)\s+(?:the\s+)?(?=police|health|schools|education|partner|(?:all\s+(?:the\s+)?|relevant\s+|other\s+|key\s+)*(?:agencies|professionals)\b)/gi,
    CLAUSE,
  ],
  // Newly qualified workers named as who is trained or supervised ("newly qualified social workers follow a
  // structured programme", "… receive weekly supervision") are that theme; their number or caseloads are the workforce.
  [
    'participants',
    /\bnewly\s+qualified\s+(?:social\s+)?workers?(?=[^.;]*?\b(?:train|development|programme|mentor|learning|supervision))/gi,
    null,
  ],
  // Examples set in a list: "Important information, including the outcome of enquiries, is missing".
  // (To the end of its clause: "heritage, including their religion and first language" keeps the language.)
  ['participants', /,\s*(including)\b/gi, CLAUSE],
  // Examples of documents: "key documents such as strategy discussion records and police checks are
  // misfiled" judges the filing (the whole list, to the comma or verb after it). Only documents: in
  // "services, such as CAMHS, are hard to reach" or "tools such as wishes and feelings booklets" the
  // examples are what is judged.
  [
    'participants',
    /\bsuch\s+as\b(?<=\b(?:documents?|documentation|paperwork|papers|forms),?\s+such\s+as)/gi,
    EXAMPLES,
  ],
];
