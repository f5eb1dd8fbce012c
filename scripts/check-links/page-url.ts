/**
 * Where a built file is served, for a static host with Astro's
 * `build.format: 'directory'`: `letters/x/index.html` is `/base/letters/x/`,
 * anything else is served at its own path.
 */

/** `/`, `/sub/`: a base with exactly one slash at each end. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The URL path (with base) a file of the output folder is served at. */
export function pageUrl(file: string, base: string): string {
  const path =
    file === 'index.html'
      ? ''
      : file.endsWith('/index.html')
        ? file.slice(0, -'index.html'.length)
        : file;
  return normaliseBase(base) + path;
}
