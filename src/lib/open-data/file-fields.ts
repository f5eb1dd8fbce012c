/**
 * The fields of letters.json and themes.json as the /data/ page documents
 * them, by JSON path (`findings[].themes[].matched`). A built-site test checks
 * every key present in the files is listed here, so the page cannot fall
 * behind the schema (src/schemas/document.ts, src/schemas/theme.ts).
 */
import type { FieldDoc } from './finding-fields.ts';

const f = (name: string, type: string, meaning: string): FieldDoc => ({ name, type, meaning });

/** letters.json: `{"documents": [...]}`, one object per document. */
export const DOCUMENT_FIELDS: readonly FieldDoc[] = [
  f(
    'kind',
    '"ofsted-letter" | "council-report"',
    'Ofsted’s letter, or a council committee report summarising it (the council’s words).',
  ),
  f(
    'slug',
    'string',
    'Document id: <authority>-<inspection YYYY-MM>, plus -council-report for reports; its page is /letters/<slug>/.',
  ),
  f('title', 'string', 'Title as used on pages and in citations.'),
  f('authority', 'object', 'The council inspected, from the authorities reference list:'),
  f('authority.name', 'string', 'Reference name ("Leicester").'),
  f('authority.slug', 'string', 'URL slug of the authority.'),
  f('authority.gssCode', 'string', 'GSS code in force in 2009–12.'),
  f('authority.region', 'string', 'Government office region.'),
  f('authority.type', 'string', 'Kind of authority (unitary, county, London borough, …).'),
  f('authority.dfeCode', 'string', 'DfE local authority code.'),
  f('inspection.start', 'date', 'First inspection day.'),
  f('inspection.end', 'date', 'Last inspection day.'),
  f(
    'previousInspection',
    'object | null',
    'The previous inspection as the document states it ({start, end}); month precision (2010-04) when only a month is given.',
  ),
  f('previousInspection.start', 'date', 'Start of the previous inspection.'),
  f('previousInspection.end', 'date', 'End of the previous inspection.'),
  f('findings', 'array', 'Findings in source order:'),
  f('findings[].id', 'string', 'Permanent finding id (as in findings.csv).'),
  f(
    'findings[].judgement',
    'string',
    'priority-action, area-for-development, strength or meets-requirements.',
  ),
  f('findings[].heading', 'string', 'The heading as written in the source.'),
  f('findings[].position', 'integer', 'Position in the document, from 1.'),
  f('findings[].text', 'string', 'The finding’s words, exactly as in the source after cleaning.'),
  f(
    'findings[].repeatsPrevious',
    'boolean',
    'The finding says it was raised at the previous inspection.',
  ),
  f('findings[].themes', 'array', 'Themes, each with the reason it applies:'),
  f('findings[].themes[].theme', 'string', 'Theme id (themes.json).'),
  f(
    'findings[].themes[].matched',
    'string',
    'The words of the finding that matched the theme’s rule, or that weighed most for the theme model (empty for an editorial override).',
  ),
  f(
    'findings[].themes[].source',
    '"rule" | "model" | "override"',
    'A taxonomy rule matched and the theme model kept the tag; the theme model gave the theme; or an editor added it.',
  ),
  f('findings[].themes[].reason', 'string', 'The editor’s reason, for overrides.'),
  f(
    'findings[].line',
    'integer',
    'Line of the source file where the finding starts (for a PDF, of its extracted text, source.text).',
  ),
  f(
    'findings[].page',
    'integer',
    'Page of the original PDF the finding starts on, when the source is a PDF.',
  ),
  f('source.file', 'string', 'Source file name.'),
  f('source.sha256', 'string', 'SHA-256 of the source file’s bytes.'),
  f(
    'source.encoding',
    'string',
    'Encoding the source was decoded from; pdf for a PDF’s text layer.',
  ),
  f(
    'source.text',
    'string',
    'For a PDF: the text extracted from it that was parsed (in the content folder).',
  ),
  f('source.pdfUrl', 'string (URL)', 'Address of the original PDF, when known.'),
  f('letterDate', 'date', 'Letters: date of the letter.'),
  f('inspector', 'object', 'Letters: the signatory ({name, role}).'),
  f('inspector.name', 'string', 'Name as written.'),
  f('inspector.role', 'string', 'Role as written; empty when not stated.'),
  f('recipient', 'object', 'Letters: the addressee ({name, role}).'),
  f('recipient.name', 'string', 'Name as written.'),
  f('recipient.role', 'string', 'Role as written.'),
  f('copyTo', 'string[]', 'Letters: the copy list, one entry per person.'),
  f(
    'priorityActionsIdentified',
    'boolean',
    'Letters: whether any area for priority action was identified.',
  ),
  f('reportDate', 'date', 'Council reports: date of the committee meeting.'),
  f('committee', 'string', 'Council reports: the committee.'),
  f('reportOf', 'string', 'Council reports: whose report it is.'),
  f('authors', 'string[]', 'Council reports: originators named on the report.'),
  f(
    'ofstedLetterDate',
    'date | null',
    'Council reports: date of the Ofsted letter discussed, when stated.',
  ),
  f(
    'council',
    'string | null',
    'Council reports: the council’s formal name as an Ofsted letter to the same authority writes it (used as the report’s author); null when the corpus has no such letter.',
  ),
];

/** themes.json: `{"themes": [...], "retired": [...]}`, as in content/themes.yaml. */
export const THEME_FIELDS: readonly FieldDoc[] = [
  f('id', 'string', 'Stable theme id, used in findings and URLs (/themes/<id>/).'),
  f('label', 'string', 'Short name.'),
  f('description', 'string', 'What the theme covers.'),
  f('related', 'string[]', 'Ids of related themes.'),
  f(
    'match',
    'string[]',
    'Phrase patterns: any one occurring in a finding tags it (case-insensitive, whole words; a trailing * matches inflections).',
  ),
  f('exclude', 'string[]', 'Phrase patterns that veto a match they overlap.'),
  f(
    'weak',
    'string[]',
    'Phrase patterns that often mean something else: they tag a finding only in a sentence that also has one of `cues`.',
  ),
  f('cues', 'string[]', 'Phrase patterns that let a `weak` pattern in the same clause count.'),
];

/** themes.json `retired`: themes no longer in the taxonomy, whose ids and pages are kept. */
export const RETIRED_THEME_FIELDS: readonly FieldDoc[] = [
  f(
    'id',
    'string',
    'The old theme id; never reused. Its page, /themes/<id>/, explains where its findings went.',
  ),
  f('label', 'string', 'The name it had.'),
  f('explanation', 'string', 'Why it went and what to use instead.'),
  f('replacedBy', 'string[]', 'Ids of the live themes that took over its findings (may be empty).'),
  f(
    'relation',
    '"repeats-previous" (optional)',
    'Shown instead of a theme: repeats-previous means the finding repeats a point of the previous inspection (repeatsPrevious in letters.json).',
  ),
];
