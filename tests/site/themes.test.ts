import { describe, expect, it } from 'vitest';
import { parseThemes, themeLabel } from '../../src/lib/themes.ts';

const yaml = `themes:
  - id: supervision
    label: Supervision
    description: Formal supervision.
    related: [training]
    match: [supervis*]
  - id: training
    label: Training
    description: Training for staff.
    match: [train*]
`;

describe('parseThemes', () => {
  it('reads id, label, description, related and the rules', () => {
    const themes = parseThemes(yaml);
    expect(themes).toEqual([
      {
        id: 'supervision',
        label: 'Supervision',
        description: 'Formal supervision.',
        related: ['training'],
        match: ['supervis*'],
        exclude: [],
        weak: [],
        cues: [],
      },
      {
        id: 'training',
        label: 'Training',
        description: 'Training for staff.',
        related: [],
        match: ['train*'],
        exclude: [],
        weak: [],
        cues: [],
      },
    ]);
    expect(themeLabel(new Map(themes.map((t) => [t.id, t])), 'training')).toBe('Training');
    expect(themeLabel(new Map(), 'unknown-theme')).toBe('unknown-theme');
  });
  it('gives no themes for a missing, empty or commented-out file', () => {
    expect(parseThemes(undefined)).toEqual([]);
    expect(parseThemes('')).toEqual([]);
    expect(parseThemes('# nothing yet\n')).toEqual([]);
    expect(parseThemes('themes:\n')).toEqual([]);
    expect(parseThemes('themes: []\n')).toEqual([]);
  });
  it('names the file and the problem when the taxonomy is invalid', () => {
    expect(() =>
      parseThemes('themes:\n  - id: Bad Id\n    label: x\n    description: y\n    match: [z]\n'),
    ).toThrow(/content\/themes.yaml is not a valid theme taxonomy: themes\.0\.id/);
  });
});
