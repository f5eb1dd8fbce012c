/** A file offered for adding: where it is, the name it would have in the input folder, its SHA-256. */
export interface Offered {
  path: string;
  name: string;
  sha256: string;
}

/** What to do with each offered file. */
export interface Plan {
  copy: Offered[];
  /** Already present with the same bytes: nothing to do. */
  present: Array<{ path: string; as: string }>;
  /** Refused, one line each: `path: reason — fix`. */
  refused: string[];
}

/** Files ingest reads: PDFs and text. */
export const ADDABLE = /\.(pdf|txt)$/i;

/**
 * Which offered files to copy into the input folder. A file whose bytes are
 * there already (under any name) is skipped; a name taken by other bytes, or
 * offered twice with different bytes, is refused rather than overwritten.
 */
export function planAdditions(
  offered: readonly Offered[],
  existing: ReadonlyMap<string, string>,
): Plan {
  const byHash = new Map([...existing].map(([name, sha]) => [sha, name]));
  const taken = new Set(existing.keys());
  const plan: Plan = { copy: [], present: [], refused: [] };
  for (const file of offered) {
    const same = byHash.get(file.sha256);
    if (same) plan.present.push({ path: file.path, as: same });
    else if (taken.has(file.name))
      plan.refused.push(
        `${file.path}: seeds/${file.name} exists with other content — rename the new file (or remove the old one if this replaces it)`,
      );
    else if (!ADDABLE.test(file.name))
      plan.refused.push(
        `${file.path}: not a .pdf or .txt file — add the PDF as received, or its text`,
      );
    else {
      plan.copy.push(file);
      byHash.set(file.sha256, file.name);
      taken.add(file.name);
    }
  }
  return plan;
}
