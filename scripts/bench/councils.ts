/**
 * How a letter names a council, from a row of content/authorities.csv. Letters use the council's
 * own style ("Leicester City Council", "Lincolnshire County Council", "London Borough of Camden"
 * or "Camden Council"), which differs from the CSV's ONS name ("Bristol, City of"): the ingest has
 * to map one to the other, so the corpus should exercise that.
 */
import type { Rng } from './prng.ts';

/** The two CSV columns the generator needs. */
export interface AuthorityRow {
  /** ONS-style name, e.g. "Bristol, City of". */
  name: string;
  /** CSV `type`: London borough, metropolitan district, unitary, county, sui generis. */
  type: string;
}

// Names whose style is fixed and not derivable from the type.
const FIXED: Readonly<Record<string, readonly string[]>> = {
  'Bristol, City of': ['Bristol City Council'],
  'Kingston upon Hull, City of': ['Hull City Council', 'Kingston upon Hull City Council'],
  'City of London': ['City of London Council', 'City of London Corporation'],
  Westminster: ['Westminster City Council'],
  'Kensington and Chelsea': ['Royal Borough of Kensington and Chelsea'],
  'Kingston upon Thames': ['Royal Borough of Kingston upon Thames'],
  'Windsor and Maidenhead': ['Royal Borough of Windsor and Maidenhead'],
  'Isles of Scilly': ['Council of the Isles of Scilly'],
  'St. Helens': ['St Helens Council'],
  Durham: ['Durham County Council'],
  Rutland: ['Rutland County Council'],
  Northumberland: ['Northumberland County Council'],
};

// Places styled "City Council" (metropolitan districts and unitaries with city status).
const CITIES = new Set([
  'Birmingham',
  'Bradford',
  'Coventry',
  'Leeds',
  'Liverpool',
  'Manchester',
  'Newcastle upon Tyne',
  'Salford',
  'Sheffield',
  'Sunderland',
  'Wakefield',
  'Wolverhampton',
  'Derby',
  'Leicester',
  'Nottingham',
  'Peterborough',
  'Plymouth',
  'Portsmouth',
  'Southampton',
  'Stoke-on-Trent',
  'York',
  'Brighton and Hove',
]);

/** The council name a letter uses for this authority; may vary between letters, as real ones do. */
export function councilName(row: AuthorityRow, rng: Rng): string {
  const fixed = FIXED[row.name];
  if (fixed) return rng.pick(fixed);
  if (CITIES.has(row.name)) return `${row.name} City Council`;
  switch (row.type) {
    case 'London borough':
      return rng.chance(0.5) ? `London Borough of ${row.name}` : `${row.name} Council`;
    case 'county':
      return `${row.name} County Council`;
    case 'metropolitan district':
      return rng.chance(0.4) ? `${row.name} Metropolitan Borough Council` : `${row.name} Council`;
    default:
      return rng.chance(0.25) ? `${row.name} Borough Council` : `${row.name} Council`;
  }
}

/** A short place name for addresses and board names ("Bristol", "Hull", "Camden"). */
export function placeName(row: AuthorityRow): string {
  const m = /^(.*), City of$/.exec(row.name);
  if (m?.[1]) return m[1] === 'Kingston upon Hull' ? 'Hull' : m[1];
  return row.name.replace(/^St\. /, 'St ');
}
