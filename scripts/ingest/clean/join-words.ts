/**
 * Prefixes that keep their hyphen when a word is split across lines
 * ("multi-\nagency" is "multi-agency", "assess-\nment" is "assessment").
 */
const HYPHEN_PREFIXES = new Set([
  'anti',
  'child',
  'co',
  'cross',
  'ex',
  'full',
  'inter',
  'long',
  'multi',
  'non',
  'over',
  'part',
  'post',
  'pre',
  're',
  'self',
  'semi',
  'short',
  'sub',
  'under',
  'up',
  'well',
  'up-to',
  'day',
  'follow',
  'hand',
  'in',
  'on',
]);

/**
 * Join two pieces of one sentence that a line or page break separated,
 * undoing line-end hyphenation of words.
 */
export function joinWords(before: string, after: string): string {
  const left = before.replace(/\s+$/, '');
  const right = after.replace(/^\s+/, '');
  if (left === '') return right;
  if (right === '') return left;
  const split = /([A-Za-z][A-Za-z-]*)-$/.exec(left);
  if (split && /^[a-z]/.test(right) && split[1].length >= 2) {
    const keepHyphen = HYPHEN_PREFIXES.has(split[1].toLowerCase());
    return keepHyphen ? left + right : left.slice(0, -1) + right;
  }
  return `${left} ${right}`;
}
