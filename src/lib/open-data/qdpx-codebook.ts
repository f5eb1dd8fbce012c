/**
 * The `.qdpx` project's codebook: two groups that cannot be coded, "Judgements"
 * and "Themes", each holding its codes with a description. Theme codes carry
 * the GUIDs of themes.qdc, so the codebook and the project agree. Pure.
 */
import { JUDGEMENT_ORDER, judgementLabel, judgementMeaning } from '../judgements.ts';
import type { Judgement } from '../../schemas/document.ts';
import { themeGuid, type CodebookTheme } from './qdc.ts';
import type { XmlLines } from './xml-lines.ts';

/** A code of the codebook: a description and, for a group, its codes. */
interface Code {
  guid: string;
  name: string;
  codable: boolean;
  description: string;
  children?: Code[];
}

function writeCode(xml: XmlLines, level: number, c: Code): void {
  xml.open(level, 'Code', [
    ['guid', c.guid],
    ['name', c.name],
    ['isCodable', String(c.codable)],
  ]);
  xml.leaf(level + 1, 'Description', [], c.description);
  for (const child of c.children ?? []) writeCode(xml, level + 1, child);
  xml.close(level, 'Code');
}

/** `<CodeBook>` at `level`; `projectGuid` names the groups, `judgementGuid` the judgement codes. */
export function writeCodeBook(
  xml: XmlLines,
  level: number,
  themes: readonly CodebookTheme[],
  projectGuid: (name: string) => string,
  judgementGuid: (judgement: Judgement) => string,
): void {
  const codes: Code[] = [
    {
      guid: projectGuid('group:judgements'),
      name: 'Judgements',
      codable: false,
      description: 'The heading each finding sits under in its letter or report.',
      children: JUDGEMENT_ORDER.map((j) => ({
        guid: judgementGuid(j),
        name: judgementLabel(j),
        codable: true,
        description: `${judgementMeaning(j)}\n\nFront Door Findings judgement id: ${j}`,
      })),
    },
    {
      guid: projectGuid('group:themes'),
      name: 'Themes',
      codable: false,
      description: 'Themes from the Front Door Findings taxonomy, tagged by written phrase rules.',
      children: themes.map((t) => ({
        guid: themeGuid(t.id),
        name: t.label,
        codable: true,
        description: `${t.description}\n\nFront Door Findings theme id: ${t.id}`,
      })),
    },
  ];
  xml.open(level, 'CodeBook');
  xml.open(level + 1, 'Codes');
  for (const c of codes) writeCode(xml, level + 2, c);
  xml.close(level + 1, 'Codes');
  xml.close(level, 'CodeBook');
}
