import { slug } from 'github-slugger';
import { parse } from 'csv-parse/sync';
import type { Authority } from '../../../src/schemas/document.ts';
import { NAME_PREFIXES, NAME_SUFFIXES } from './council-name-forms.ts';

/** Parse `content/authorities.csv` (the 152 authorities of 2009–12) into authorities. */
export function parseAuthorities(csv: string): Authority[] {
  const rows: Array<Record<string, string>> = parse(csv, {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
  return rows.map((row) => ({
    name: row.name,
    slug: slug(row.name.replace(/^(.*), City of$/, '$1')),
    gssCode: row.gss_code,
    region: row.region,
    type: row.type,
    dfeCode: row.dfe_la_code,
  }));
}

/** Lower case, `&` → `and`, punctuation out: how council names are compared. */
function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’']s\b/g, '')
    .replace(/[.,'’()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const PREFIXES = new RegExp(`^(the )?(${NAME_PREFIXES.join('|')}) `);
const SUFFIXES = new RegExp(` (${NAME_SUFFIXES.join('|')})$`);

/** Every way the documents write an authority's name, normalised. */
function variants(authority: Authority): string[] {
  const base = normalise(authority.name);
  const names = new Set([base]);
  const cityOf = /^(.*) city of$/.exec(base);
  if (cityOf) names.add(cityOf[1]).add(`city of ${cityOf[1]}`);
  if (base.startsWith('st ')) names.add(`saint ${base.slice(3)}`);
  if (base === 'durham') names.add('county durham');
  if (base === 'kingston upon hull city of') names.add('hull'); // "Hull City Council" is the council's own name
  return [...names];
}

/**
 * The authority a council's name refers to, by exact normalised name after
 * dropping "City Council", "County Council", "London Borough of" and the like
 * (council-name-forms.ts), and a "City of" the authority's name lacks.
 * "Leicester City Council" is Leicester, never Leicestershire.
 */
export function matchAuthority(
  councilName: string,
  authorities: readonly Authority[],
): Authority | undefined {
  let name = normalise(councilName).replace(/ children services$/, '');
  for (let i = 0; i < 3; i += 1) name = name.replace(PREFIXES, '').replace(SUFFIXES, '');
  const index = variantIndex(authorities);
  // "City of York Council", "City of Bradford Metropolitan District Council"; "City of London" is a name of its own.
  return index.get(name) ?? index.get(name.replace(/^city of /, ''));
}

/**
 * Every variant of every authority's name → the first authority in the list
 * with that variant. Built once per list (ingest passes the same list for
 * every document), so the list must not be edited in place after first use.
 */
function variantIndex(authorities: readonly Authority[]): Map<string, Authority> {
  let index = variantIndexes.get(authorities);
  if (!index) {
    index = new Map();
    for (const authority of authorities)
      for (const variant of variants(authority))
        if (!index.has(variant)) index.set(variant, authority);
    variantIndexes.set(authorities, index);
  }
  return index;
}

const variantIndexes = new WeakMap<readonly Authority[], Map<string, Authority>>();

/**
 * The authority a free text is mainly about: the most often named one, names
 * matched case-sensitively on word boundaries, longest name first (so "North
 * Lincolnshire" never counts as "Lincolnshire"). Undefined when none is named
 * or two are named equally often.
 */
export function findAuthorityInText(
  text: string,
  authorities: readonly Authority[],
): Authority | undefined {
  const byName = new Map<string, Authority>();
  for (const authority of authorities) {
    byName.set(authority.name.replace(/^(.*), City of$/, '$1'), authority);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `\\b(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
    'g',
  );
  const counts = new Map<Authority, number>();
  for (const match of text.matchAll(pattern)) {
    const authority = byName.get(match[1])!;
    counts.set(authority, (counts.get(authority) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0][1] === ranked[1][1])) return undefined;
  return ranked[0][0];
}
