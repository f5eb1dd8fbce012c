/**
 * Running headers naming the council in any of its formal forms
 * (council-name-forms.ts), and lines that only look like one.
 */
import { describe, expect, it } from 'vitest';
import { isRunningHeader, namesPattern } from '../../../scripts/ingest/clean/running-headers.ts';

describe("isRunningHeader with a council's formal names", () => {
  const bradford = namesPattern(['Bradford']);
  it.each([
    'City of Bradford Metropolitan District Council',
    'CITY OF BRADFORD METROPOLITAN DISTRICT COUNCIL',
    'Bradford Metropolitan District Council',
    'Bradford Metropolitan Borough Council',
    'BRADFORD METROPOLITAN BOROUGH COUNCIL - REPORT TO MEMBERS',
    'City of Bradford Council',
    'Bradford Borough Council – page 3',
    'The City of Bradford Metropolitan District Council',
  ])('"%s" is one', (line) => {
    expect(isRunningHeader(line, bradford)).toBe(true);
  });
  it.each([
    ['a bare "City" after the name (a football club)', 'Bradford City'],
    ['more words', 'City of Bradford Metropolitan District Council Executive members agreed'],
    ['a sentence', 'City of Bradford Metropolitan District Council.'],
    ['another council', 'City of Leeds Metropolitan District Council'],
    ['a line of prose in lower case', 'city of Bradford Metropolitan District Council'],
  ])('%s is not: "%s"', (_, line) => {
    expect(isRunningHeader(line, bradford)).toBe(false);
  });
  it('knows the London and royal boroughs by their prefixes', () => {
    expect(isRunningHeader('London Borough of Camden', namesPattern(['Camden']))).toBe(true);
    expect(
      isRunningHeader(
        'The Royal Borough of Kensington and Chelsea',
        namesPattern(['Kensington and Chelsea']),
      ),
    ).toBe(true);
  });
  it('matches nothing without names', () => {
    expect(namesPattern([])).toBeUndefined();
    expect(isRunningHeader('City of Bradford Metropolitan District Council', undefined)).toBe(
      false,
    );
  });
});
