/**
 * How the documents name the inspection programme, in one place for the
 * stage that recognises a document and the parser that reads its title.
 * Letters write "contact, referral and assessment" and sometimes "contact,
 * assessment and referral" (docs/reference/ucra-framework.md); the comma and
 * the spacing vary with the PDF's extraction.
 */
const PROGRAMME = String.raw`unannounced inspection of contact,?\s+(?:referral and assessment|assessment and referral)`;

/** The programme named anywhere: "unannounced inspection of contact, referral and assessment". */
export const PROGRAMME_NAME = new RegExp(PROGRAMME, 'i');

/** A letter's title, anywhere in the text: "Annual unannounced inspection of … arrangements". */
export const LETTER_TITLE = new RegExp(`annual ${PROGRAMME} arrangements`, 'i');

/**
 * A letter's whole title in normalised, whitespace-collapsed text (so a title
 * broken over lines is still one); group 1 is the council ("… arrangements
 * within Leicester City Council children's services").
 */
export const LETTER_TITLE_COUNCIL = new RegExp(
  `\\b${LETTER_TITLE.source} (?:within|in|for|at) (.+?)(?:'s)? children(?:'s)? services`,
  'i',
);
