/**
 * The downloadable citation files (`cite.bib`, `cite.ris`, `cite.json`): body
 * and media type per extension. Static hosts pick the type from the
 * extension; the header matters for `astro dev`.
 */
import type { CslItem } from './csl.ts';
import { toBibtex, toCslJson, toRis } from './formats.ts';
import { referenceText } from './reference-text.ts';
import type { CiteExtension } from './site-url.ts';

const FILES: Record<CiteExtension, { type: string; render: (item: CslItem) => string }> = {
  bib: { type: 'application/x-bibtex; charset=utf-8', render: toBibtex },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', render: toRis },
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', render: toCslJson },
  txt: { type: 'text/plain; charset=utf-8', render: referenceText },
};

/** The body of one citation file. */
export const renderCitationFile = (item: CslItem, ext: CiteExtension): string =>
  FILES[ext].render(item);

/** The HTTP response for one citation file (the dev server's routes, src/integrations/cite-routes/). */
export function citationResponse(item: CslItem, ext: CiteExtension): Response {
  return new Response(renderCitationFile(item, ext), {
    headers: { 'Content-Type': FILES[ext].type },
  });
}
