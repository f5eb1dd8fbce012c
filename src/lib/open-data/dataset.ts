/**
 * The suggested citation of the open data as a whole. It carries the site's
 * version rather than a date, because the build must not depend on the clock
 * (a reader adds the date they downloaded it). Pure.
 */
import type { DatasetCsl } from '../citation/csl.ts';
import { absoluteUrl, type SiteLocation } from '../citation/site-url.ts';

/** Who compiled the data set. */
export const COMPILERS = 'Front Door Findings contributors';

/** CSL-JSON for the data set published at /data/. */
export function datasetCsl(at: SiteLocation, version: string): DatasetCsl {
  return {
    id: 'front-door-findings-data',
    type: 'dataset',
    title:
      'Front Door Findings: findings of Ofsted’s annual unannounced inspections of contact, referral and assessment arrangements, England, 2009–2012',
    author: [{ literal: COMPILERS }],
    publisher: 'Front Door Findings',
    version,
    URL: absoluteUrl(at, 'data/'),
    language: 'en-GB',
  };
}
