/**
 * How far a side-clause frame reaches, and the frame type itself (side-clauses.ts).
 * The expressions leave out the `u` flag (and \p{L}) on purpose: findings are
 * English, and case-insensitive Unicode matching is several times slower.
 */

/** Why a span is a side clause. */
export type SideClauseKind =
  | 'evidence'
  | 'participants'
  | 'circumstance'
  | 'consequence'
  | 'remedy'
  | 'plan';

/** A frame: its kind, the expression that opens it, and how far it reaches (`null`: its own words). */
export type Frame = [SideClauseKind, RegExp, RegExp | null];

/**
 * How far a frame reaches: to the end of its clause (punctuation, a conjunction,
 * or a main clause opening "there is…", as in "where enquiries took place | there
 * was no record"), of its phrase (punctuation; "and" joins a list, as in
 * "performance data and case files"), of its sentence part (commas too are
 * passed), or no further than the frame's own words (`null`).
 */
export const CLAUSE =
  /[.;:,()]|\s(?:and|but|although|though|while|whereas|however|despite)\s|\s(?=there\s+(?:is|are|was|were)\s)(?<!\b(?:where|when|whenever|wherever|if)\s)/gi;
export const PHRASE = /[.;:,()]|\s(?:but|although|though|while|whereas|however|despite)\s/gi;
export const SENTENCE_PART = /[.;:()]|\s(?:but|although|though|whereas|however|despite)\s/gi;
/** A list runs past commas and "and" to the end of its sentence part or a comma before "and" (", and the lead member…"). */
export const LIST = /[.;:()]|,\s+and\s|\s(?:but|although|though|whereas|however|despite)\s/gi;
/**
 * A list of examples runs past "and" and "or" to the comma, or the verb, after it
 * ("such as conference minutes and written agreements | are not scanned").
 */
export const EXAMPLES =
  /[.;:,()]|\s(?:is|are|was|were|has|have|had|do|does|did|can|cannot|will|would|should|must|may|might|but|although|though|while|whereas|however|despite)\s/gi;
/**
 * A list of nouns ("referrals from schools, GPs and the police | were acknowledged") runs past
 * commas and "and" to the verb or preposition after it, or a comma before a conjunction.
 */
export const NOUN_LIST =
  /[.;:()]|,\s+(?:and|but|or|so|which|who|while)\s|\s(?:is|are|was|were|has|have|had|do|does|did|can|cannot|will|would|should|must|may|might|but|by|to|in|for|with|that|which|although|though|whereas|however|despite)\s/gi;
/** A noun phrase ends where its clause does or at the verb or preposition after it. */
export const NOUN_PHRASE =
  /[.;:,()]|\s(?:and|but|is|are|was|were|has|have|had|by|to|in|for|with|from|through|that|which)\s/gi;
