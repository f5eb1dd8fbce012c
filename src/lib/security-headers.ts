/**
 * The site's security policy, in one place: public/_headers sends it as HTTP
 * headers (Netlify, Cloudflare Pages), docs/deploy.md shows it for nginx, and
 * the layout repeats the Content-Security-Policy in a <meta> for hosts that
 * cannot set headers (GitHub Pages). tests/quality/security-headers.test.ts
 * keeps the three copies equal and checks the policy in Chromium.
 *
 * Only the site's own origin, for everything. Pagefind compiles its search
 * engine from WebAssembly ('wasm-unsafe-eval'; no 'unsafe-eval') and runs it
 * in a worker loaded from /pagefind/pagefind-worker.js (worker-src 'self').
 * No inline script or style: Astro's stylesheets are files
 * (build.inlineStylesheets: 'never') and scripts are bundled modules.
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Content-Security-Policy
 */

/** Every directive, in the order written. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['form-action', "'self'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a <meta> policy cannot carry (browsers ignore them there and warn). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The Content-Security-Policy header value. */
export function contentSecurityPolicy({ meta = false } = {}): string {
  return CSP_DIRECTIVES.filter(([name]) => !(meta && HEADER_ONLY.has(name)))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Every security header the site is served with. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
