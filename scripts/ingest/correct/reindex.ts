import type { ParsedFile } from '../parse-document.ts';

/** The parts of a parsed document that refer to findings by index. */
type Indexed = Pick<ParsedFile, 'sections' | 'body'>;

/**
 * Renumber the finding indexes of a document's findings sections and body
 * after findings were split or merged: `map` gives, for each old index, its
 * new indexes (two after a split, none for a finding merged into the one
 * before). Returns copies; the input is not changed.
 */
export function reindex<T extends Indexed>(doc: T, map: (index: number) => number[]): T {
  return {
    ...doc,
    sections: doc.sections.map((section) => ({
      ...section,
      findings: section.findings.flatMap(map),
    })),
    body: doc.body.map((node) =>
      node.type === 'findings' ? { ...node, findings: node.findings.flatMap(map) } : node,
    ),
  };
}
