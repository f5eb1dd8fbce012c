/** The licence statements the open-data files and the /data/ page carry. */

/** The Open Government Licence v3.0, which covers the letters' (and council reports') text. */
export const OGL = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  /** The attribution statement the licence asks re-users to include. */
  attribution:
    'Contains public sector information licensed under the Open Government Licence v3.0.',
} as const;

/** JSON with two-space indent and a final newline: diffable, and identical bytes for identical data. */
export const prettyJson = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;
