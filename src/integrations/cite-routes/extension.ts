/** The citation format a dev-server request asks for, from its URL (`…/cite.ris` → `ris`). */
import { CITE_EXTENSIONS, type CiteExtension } from '../../lib/citation/site-url.ts';

export function extensionOf(url: URL): CiteExtension {
  const ext = url.pathname.slice(url.pathname.lastIndexOf('.') + 1);
  if (!(CITE_EXTENSIONS as readonly string[]).includes(ext))
    throw new Error(
      `${url.pathname}: not a citation file (expected cite.${CITE_EXTENSIONS.join(', cite.')})`,
    );
  return ext as CiteExtension;
}
