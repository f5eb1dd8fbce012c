/**
 * Agreement between two labellers on the findings both labelled. Pure.
 * Reported three ways, because each hides something the others show:
 * - exact: share of findings given exactly the same set of themes;
 * - f1: micro-averaged F1 over (finding, theme) pairs (symmetric in the two labellers);
 * - kappa: Cohen's kappa per theme (present/absent over the shared findings),
 *   averaged over themes either labeller used, so chance agreement on the many
 *   absent themes does not flatter the figure.
 */

/** Agreement figures; `null` where undefined (no shared findings, or no theme used). */
export interface Agreement {
  shared: number;
  exact: number | null;
  f1: number | null;
  kappa: number | null;
}

function cohenKappa(a: boolean[], b: boolean[]): number | null {
  const n = a.length;
  const observed = a.filter((x, i) => x === b[i]).length / n;
  const pa = a.filter(Boolean).length / n;
  const pb = b.filter(Boolean).length / n;
  const expected = pa * pb + (1 - pa) * (1 - pb);
  return expected === 1 ? null : (observed - expected) / (1 - expected);
}

/** Agreement of labellers A and B (finding id → theme ids) on the ids both labelled. */
export function agreement(
  a: ReadonlyMap<string, readonly string[]>,
  b: ReadonlyMap<string, readonly string[]>,
): Agreement {
  const ids = [...a.keys()].filter((id) => b.has(id));
  if (ids.length === 0) return { shared: 0, exact: null, f1: null, kappa: null };
  const sa = ids.map((id) => new Set(a.get(id)));
  const sb = ids.map((id) => new Set(b.get(id)));
  const exact =
    sa.filter((s, i) => s.size === sb[i]!.size && [...s].every((t) => sb[i]!.has(t))).length /
    ids.length;
  const both = sa.reduce((n, s, i) => n + [...s].filter((t) => sb[i]!.has(t)).length, 0);
  const total = sa.reduce((n, s) => n + s.size, 0) + sb.reduce((n, s) => n + s.size, 0);
  const used = [...new Set([...sa, ...sb].flatMap((s) => [...s]))].sort();
  const kappas = used
    .map((t) =>
      cohenKappa(
        sa.map((s) => s.has(t)),
        sb.map((s) => s.has(t)),
      ),
    )
    .filter((k) => k !== null);
  return {
    shared: ids.length,
    exact,
    f1: total === 0 ? null : (2 * both) / total,
    kappa: kappas.length === 0 ? null : kappas.reduce((x, y) => x + y, 0) / kappas.length,
  };
}
