/**
 * Side clauses of a finding: the parts that say where the evidence was found, who
 * took part or referred, when something happens, the yardstick, what it led to or
 * is for, what is only planned, or (in a weakness) what the council is doing about
 * it. A theme word inside one does not make the finding
 * about that theme ("…, as seen on case files" is not a finding about case
 * recording). Pure.
 *
 * The detector is deliberately shallow: it knows clause boundaries (punctuation
 * and a few conjunctions) and a small set of frames that open a side clause. Each
 * frame marks a span of the text; classify-themes.ts ignores a theme match that
 * lies wholly inside one. A match that only overlaps a span still counts, so a
 * phrase such as "supported by their managers" is not cut in two.
 *
 * The frames are in frames-where-who.ts, frames-what-about.ts and
 * frames-when-why.ts, how far each reaches in clause-reach.ts.
 */
import type { Judgement } from '../../../src/schemas/document.ts';
import { CLAUSE, type Frame, PHRASE, SENTENCE_PART, type SideClauseKind } from './clause-reach.ts';
import { execAll } from './exec-all.ts';
import { CONCESSIVE, FROM_CLAUSE_START, PLANNED, REMEDY, WHEN_AND_WHY } from './frames-when-why.ts';
import { WHAT_ABOUT } from './frames-what-about.ts';
import { WHERE_AND_WHO } from './frames-where-who.ts';

/** A side clause found in a text: [start, end) and why it is one. */
export interface SideClause {
  start: number;
  end: number;
  kind: SideClauseKind;
}

/**
 * The frames of one reach joined into one expression, so the text is scanned once per
 * reach rather than once per frame (each alternative keeps its own group, if any). The
 * kind of a match is the first frame of the group that matches where it starts (the
 * alternative the joined expression took): matches are few, scans of the text many.
 */
interface Group {
  re: RegExp;
  reach: RegExp | null;
  frames: Array<{ kind: SideClauseKind; at: RegExp }>;
}
const TO_END_GROUPED: Group[] = (() => {
  const groups = new Map<string, { reach: RegExp | null; frames: Frame[] }>();
  for (const frame of [...WHERE_AND_WHO, ...WHAT_ABOUT, ...WHEN_AND_WHY]) {
    const key = frame[2]?.source ?? '';
    (groups.get(key) ?? groups.set(key, { reach: frame[2], frames: [] }).get(key)!).frames.push(
      frame,
    );
  }
  return [...groups.values()].map((g) => ({
    re: new RegExp(g.frames.map(([, re]) => `(?:${re.source})`).join('|'), 'gi'),
    reach: g.reach,
    frames: g.frames.map(([kind, re]) => ({ kind, at: new RegExp(re.source, 'iy') })),
  }));
})();

/** The kind of the group's frame that matches at `index`. */
function kindAt(group: Group, text: string, index: number): SideClauseKind {
  for (const { kind, at } of group.frames) {
    at.lastIndex = index;
    if (at.test(text)) return kind;
  }
  return group.frames[0]!.kind;
}

const WEAKNESS: ReadonlySet<Judgement> = new Set(['area-for-development', 'priority-action']);

/** Offsets where a boundary starts or ends, in order, with 0 first and text.length last. */
function cutsOf(text: string, boundary: RegExp): number[] {
  const cuts = [0];
  for (const m of execAll(boundary, text)) cuts.push(m.index, m.index + m[0].length);
  cuts.push(text.length);
  return cuts;
}

/** Where the first boundary at or after `from` starts (the end of the text if none). */
function nextBoundary(text: string, boundary: RegExp, from: number): number {
  boundary.lastIndex = from;
  const m = boundary.exec(text);
  boundary.lastIndex = 0;
  return m ? m.index : text.length;
}
const startBefore = (cuts: number[], at: number) => cuts.findLast((c) => c <= at) ?? 0;

/** Every side clause of a finding's text; `judgement` switches on remedy clauses for weaknesses. */
export function sideClauses(text: string, judgement?: Judgement): SideClause[] {
  // Boundaries are found only for texts that have a frame at all (most do not need all three).
  const memo = new Map<RegExp, number[]>();
  const cuts = (b: RegExp) => memo.get(b) ?? memo.set(b, cutsOf(text, b)).get(b)!;
  const found: SideClause[] = [];
  for (const frames of TO_END_GROUPED) {
    const boundary = frames.reach;
    for (const m of execAll(frames.re, text)) {
      const own = m.index + m[0].length;
      // A frame with a group (which ends it) starts its span at that group ("scrutiny | by senior managers").
      let group: string | undefined;
      for (let i = 1; i < m.length && group === undefined; i++) group = m[i];
      found.push({
        start: group === undefined ? m.index : own - group.length,
        end: boundary ? nextBoundary(text, boundary, own) : own,
        kind: kindAt(frames, text, m.index),
      });
    }
  }
  for (const m of execAll(FROM_CLAUSE_START, text))
    found.push({
      start: startBefore(cuts(CLAUSE), m.index),
      end: m.index + m[0].length,
      kind: 'evidence',
    });
  for (const m of execAll(PLANNED, text))
    found.push({
      start: startBefore(cuts(CLAUSE), m.index),
      end: nextBoundary(text, SENTENCE_PART, m.index + m[0].length),
      kind: 'plan',
    });
  if (judgement && WEAKNESS.has(judgement)) {
    for (const m of execAll(REMEDY, text)) {
      // "Although a template has been introduced, chronologies are out of date": a
      // concessive remedy ends at its comma; otherwise it runs to the end of the sentence part.
      const concessive = CONCESSIVE.test(text.slice(0, m.index));
      found.push({
        start: startBefore(cuts(CLAUSE), m.index),
        end: nextBoundary(text, concessive ? PHRASE : SENTENCE_PART, m.index + m[0].length),
        kind: 'remedy',
      });
    }
  }
  // Frames may overlap ("cases sampled by inspectors"); a clause inside another adds nothing.
  return found
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((c, i, all) => !all.some((d, j) => j < i && d.start <= c.start && c.end <= d.end));
}
