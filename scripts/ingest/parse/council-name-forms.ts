/**
 * The words a council's formal name puts around its place name ("London
 * Borough of Camden", "Rotherham Metropolitan Borough Council"), lower case.
 * The one home of these forms: an authority is matched by dropping them
 * (match-authority.ts), and a running header naming the council is recognised
 * by them (clean/running-headers.ts). "City of" is not among the prefixes:
 * "City of London" is an authority's name, not a form of "London".
 */
export const NAME_PREFIXES = [
  'royal borough of',
  'london borough of',
  'borough of',
  'metropolitan borough of',
  'council of the',
  'county of',
  'corporation of',
];

export const NAME_SUFFIXES = [
  'metropolitan borough council',
  'metropolitan district council',
  'borough council',
  'city council',
  'county council',
  'district council',
  'council',
  'corporation',
  'city',
];
