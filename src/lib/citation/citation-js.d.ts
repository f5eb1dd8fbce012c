/**
 * The slice of citation-js (https://citation.js.org/api/0.7/) this site uses;
 * the packages ship no type declarations.
 */
declare module '@citation-js/core' {
  /** A set of references in CSL-JSON, converted on output by the registered plugins. */
  export class Cite {
    constructor(data: unknown);
    /** Output in a registered format: `bibliography` (plugin-csl), `bibtex`, `ris`, `data` (CSL-JSON). */
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  /** Plugin registry; `config.get('@bibtex')` etc. returns a plugin's mutable settings. */
  export const plugins: {
    config: { get(plugin: string): Record<string, Record<string, unknown>> };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
