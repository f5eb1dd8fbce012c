/**
 * A rate with its n, and the minimum n below which charts withhold it: with
 * one letter a theme is in 0 % or 100 % of letters, and drawing that beside a
 * region's 40 % says more about the sample than the council. Pure.
 */

/** Rates over fewer letters than this are withheld. */
export const MIN_LETTERS = 3;
/** Shares of fewer findings than this are withheld. */
export const MIN_FINDINGS = 5;

/** k of n, and the value when n is large enough. */
export interface Rate {
  /** Numerator (findings, or letters with such a finding). */
  k: number;
  /** Denominator (letters or findings). */
  n: number;
  /** k / n rounded to 3 decimals; null when n is below the minimum. */
  value: number | null;
}

/** k / n, withheld (null) below `min`. */
export function rate(k: number, n: number, min: number): Rate {
  return { k, n, value: n < min || n === 0 ? null : Math.round((k / n) * 1000) / 1000 };
}

/** "2.3 per letter", "41 %", or "withheld (n = 1)". */
export function formatRate(r: Rate, as: 'per' | 'share'): string {
  if (r.value === null) return `withheld (n = ${r.n})`;
  return as === 'share' ? `${Math.round(r.value * 100)} %` : r.value.toFixed(1);
}
