/**
 * Side-clause frames that say what data, an audit, a scorecard, training or money
 * is about: what they cover is measured, taught or paid for, not judged
 * (side-clauses.ts joins them with the rest). Pure data.
 */
import { EXAMPLES, type Frame, LIST, NOUN_PHRASE } from './clause-reach.ts';

/** Frames that run from where they start to the end of their noun phrase (or list). */
export const WHAT_ABOUT: Frame[] = [
  // Holding a view in common is not sharing information: in "partners share a clear understanding of
  // thresholds" only the verb is set aside, so the understanding still counts for its own theme.
  [
    'circumstance',
    /\b(shar(?:e|es|ed|ing))(?=\s+(?:an?\s+|the\s+|their\s+)?(?:common\s+|clear\s+|good\s+|consistent\s+)?(?:understanding|sense|view|vision|approach|commitment|ownership)\b)/gi,
    null,
  ],
  // Whether a response is needed: "decisions about when a child protection enquiry is required" judge the
  // threshold, not the enquiry.
  [
    'circumstance',
    /\b(?:whether|when)\s+(?:a\s+|an\s+)?(?:[a-z0-9-]+\s+){1,4}?(?:is|was|are|were|should\s+be)\s+(?:required|needed|warranted|necessary)\b/gi,
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
  // Records someone can see: "EDT social workers can view daytime case records remotely" judges the access.
  [
    'circumstance',
    /\bcan\s+(?:view|access|see)\s+(?:the\s+)?(?:daytime\s+|day\s+teams'\s+|children's\s+)?(?:electronic\s+)?(?:case\s+)?records?\b/gi,
    null,
  ],
  // What a course is on, to the end of the list: "courses on neglect and on analysing risk were well attended".
  ['circumstance', /\b(?:courses?|workshops?|modules?)\s+(on|in|about)\b/gi, EXAMPLES],
  // What training is in: "training in supervision" judges the training.
  [
    'circumstance',
    /\b(?:training|trained|briefings?)(?:\s+for\s+[a-z]+)?\s+(in|on|about)\b/gi,
    NOUN_PHRASE,
  ],
  // What money is for: "funding for the new safeguarding hub", "investing £1m in the redesign of the
  // initial response service" judge the resources, not the service they pay for.
  [
    'circumstance',
    /\b(?:funding|budgets?|investment|invested|investing)\s+(?:[^\s,;]+\s+){0,3}?(for|in|on)\b/gi,
    NOUN_PHRASE,
  ],
  // Views gathered as feedback on the service ("the views of children and parents, gathered through an
  // annual survey") are quality assurance, not the child's voice in casework.
  [
    'evidence',
    /\bviews\s+of\s+(?:the\s+)?(?:children|young\s+people|parents|families|service\s+users)(?:\s+and\s+(?:parents|families|carers))?(?=[^.]*\b(?:surveys?|questionnaires?|complaints|service\s+(?:delivery|development)|development\s+of\s+the\s+service|help\s+they\s+have\s+received))/gi,
    null,
  ],
  // What a scorecard or performance report covers: its indicators are what is measured, not judged.
  [
    'evidence',
    /\b(?:scorecards?|dashboards?|(?:performance|exception)\s+reports?)\s+(covering|on|of)\b/gi,
    LIST,
  ],
];
