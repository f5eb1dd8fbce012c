/**
 * The document checks itself: what its summary says it found against the
 * findings parsed.
 */
import { describe, expect, it } from 'vitest';
import { statedCounts } from '../../../scripts/ingest/check/summary-check.ts';
import { parseText, seedText } from '../../helpers/parse-text.ts';

describe('stated counts', () => {
  it.each([
    [
      'The inspection identified no areas for priority action but some areas for development, which are detailed below.',
      [
        ['priority-action', 'exactly', 0],
        ['area-for-development', 'atLeast', 1],
      ],
    ],
    [
      'The inspection identified an area of strength and areas of practice that met requirements, with some areas for development.',
      [
        ['strength', 'exactly', 1],
        ['meets-requirements', 'atLeast', 1],
        ['area-for-development', 'atLeast', 1],
      ],
    ],
    [
      'The inspection identified areas of strength and areas of practice that met requirements, with two areas for development.',
      [
        ['strength', 'atLeast', 1],
        ['meets-requirements', 'atLeast', 1],
        ['area-for-development', 'exactly', 2],
      ],
    ],
    [
      'The inspection identified one area for priority action and a number of areas for development.',
      [
        ['priority-action', 'exactly', 1],
        ['area-for-development', 'atLeast', 1],
      ],
    ],
    [
      'The inspection identified three areas for priority action and twelve areas for improvement.',
      [
        ['priority-action', 'exactly', 3],
        ['area-for-development', 'exactly', 12],
      ],
    ],
    [
      'Critically, no priority areas of action were identified by Ofsted and the main findings include the following:',
      [['priority-action', 'exactly', 0]],
    ],
    [
      'Two of the areas of development identified at the previous inspection have been addressed.',
      [],
    ],
  ])('%s', (sentence, expected) => {
    expect(
      statedCounts(sentence).map((c) => [
        c.judgement,
        c.exactly !== undefined ? 'exactly' : 'atLeast',
        c.exactly ?? c.atLeast,
      ]),
    ).toEqual(expected);
  });
});

describe('a mismatch is a warning naming both sides', () => {
  it('no seed warns', () => {
    for (let i = 0; i < 5; i += 1) expect(parseText(seedText(i)).warnings).toEqual([]);
  });
  it('"two areas for development" with three parsed', () => {
    const lincolnshire = seedText(2);
    const text = lincolnshire.replace(
      '\nAny areas for development identified above',
      '\n- A third area for development was found in case recording.\n\nAny areas for development identified above',
    );
    const doc = parseText(text);
    expect(doc.findings.filter((f) => f.judgement === 'area-for-development')).toHaveLength(3);
    expect(doc.warnings).toEqual([
      {
        code: 'summary-mismatch',
        line: expect.any(Number),
        message: expect.stringMatching(
          /says "two areas for development" \(2\) but 3 area-for-development finding\(s\) were parsed/,
        ),
      },
    ]);
  });
  it('"no areas for priority action" with a priority action parsed', () => {
    const leicester = seedText(0);
    const doc = parseText(
      leicester.replace(
        '\nAreas for development\n',
        '\nAreas for priority action\n\n- Strategy meetings are not held promptly.\n\nAreas for development\n',
      ),
    );
    expect(doc.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /says "no areas for priority action" \(0\) but 1 priority-action finding/,
      ),
    ]);
  });
});
