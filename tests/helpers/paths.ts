/**
 * Where the tests find the repository, the built site and the generated
 * content, defined once. The environment variables let a test run the same
 * checks over another build (e.g. one made with BASE=/sub/ in a temporary
 * folder); they must then match what that build used.
 */
import { join } from 'node:path';
import { LOCAL_SITE } from '../../src/lib/site/site-config.ts';

/** Repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');
/** The built site: dist/, or SITE_DIST. */
export const DIST = process.env.SITE_DIST ?? join(ROOT, 'dist');
/** Generated content as src/content.config.ts reads it: content/, or FDF_CONTENT_DIR. */
export const GENERATED = process.env.FDF_CONTENT_DIR ?? join(ROOT, 'content');
/** The canonical origin the build used (astro.config.mjs reads SITE too). */
export const SITE = process.env.SITE ?? LOCAL_SITE;
/** The base the build used, with a trailing slash (astro.config.mjs reads BASE too). */
export const BASE = (process.env.BASE ?? '/').replace(/\/?$/, '/');
