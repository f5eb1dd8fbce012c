/**
 * The theme taxonomy as a REFI-QDA codebook (.qdc, https://www.qdasoftware.org/codebook-exchange/),
 * which NVivo, ATLAS.ti, MAXQDA and QDA Miner import as codes. GUIDs are
 * UUID v5 of the theme id, so a re-export keeps every code's identity and a
 * researcher's coding survives an update. XML is written by xmlbuilder2,
 * which escapes text and attributes. Pure.
 */
import { v5 as uuidv5 } from 'uuid';
import { create } from 'xmlbuilder2';

/** What a code needs from a theme. */
export interface CodebookTheme {
  id: string;
  label: string;
  description: string;
}

/** What a code needs from a retired theme: why it went, and the live themes (id and label) that took over. */
export interface CodebookRetiredTheme {
  id: string;
  label: string;
  explanation: string;
  replacedBy: readonly CodebookTheme[];
}

/** The REFI-QDA codebook namespace. */
export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/**
 * Namespace for theme GUIDs: UUID v5 of this URN in the URL namespace. Never
 * change it (nor a theme id): the GUIDs would change and imported coding
 * would no longer match.
 */
export const THEME_GUID_NAMESPACE = uuidv5('urn:front-door-findings:themes', uuidv5.URL);

/** The stable GUID of a theme. */
export const themeGuid = (themeId: string): string => uuidv5(themeId, THEME_GUID_NAMESPACE);

/**
 * The .qdc XML: one codable Code per theme, in taxonomy order, then one
 * non-codable Code per retired theme with the same GUID it always had, so coding
 * done with it still matches and its description says which themes replace it.
 */
export function themesCodebook(
  themes: readonly CodebookTheme[],
  retired: readonly CodebookRetiredTheme[] = [],
): string {
  const root = create({ version: '1.0', encoding: 'utf-8' }).ele(QDC_NAMESPACE, 'CodeBook', {
    origin: 'Front Door Findings',
  });
  const codes = root.ele('Codes');
  for (const theme of themes) {
    codes
      .ele('Code', { guid: themeGuid(theme.id), name: theme.label, isCodable: 'true' })
      .ele('Description')
      .txt(`${theme.description}\n\nFront Door Findings theme id: ${theme.id}`);
  }
  for (const old of retired) {
    const replaced =
      old.replacedBy.length > 0
        ? `Replaced by: ${old.replacedBy.map((t) => `${t.label} (${t.id})`).join('; ')}.`
        : 'Not replaced by another theme.';
    codes
      .ele('Code', { guid: themeGuid(old.id), name: `${old.label} (retired)`, isCodable: 'false' })
      .ele('Description')
      .txt(
        `Retired theme. ${old.explanation}\n\n${replaced}\n\nFront Door Findings theme id: ${old.id} (retired)`,
      );
  }
  return `${root.end({ prettyPrint: true })}\n`;
}
