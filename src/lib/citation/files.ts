/**
 * The downloadable citation files (`cite.bib`, `cite.ris`, `cite.json`): body
 * and media type per extension. Static hosts pick the type from the
 * extension; the header matters for `astro dev` and `astro preview`.
 */
import type { CslItem } from './csl.ts';
import { toBibtex, toCslJson, toRis } from './formats.ts';
import type { CiteExtension } from './site-url.ts';

const FILES: Record<CiteExtension, { type: string; render: (item: CslItem) => string }> = {
  bib: { type: 'application/x-bibtex; charset=utf-8', render: toBibtex },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', render: toRis },
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', render: toCslJson },
};

/** The HTTP response for one citation file. */
export function citationResponse(item: CslItem, ext: CiteExtension): Response {
  const file = FILES[ext];
  return new Response(file.render(item), { headers: { 'Content-Type': file.type } });
}
