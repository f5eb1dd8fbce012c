/**
 * The gold set in docs/themes/gold/: the findings to label (no labels in them),
 * the deterministic tune/held split, and the published fingerprint of the held-back
 * part, which must never change once rules are tuned against the rest.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldFindingSchema } from '../../scripts/themes/gold/gold-schema.ts';
import { heldBackHash } from '../../scripts/themes/gold/held-hash.ts';
import { loadGoldFindings, loadGoldSplit } from '../../scripts/themes/gold/load-gold.ts';
import { readJsonl } from '../../scripts/themes/gold/read-jsonl.ts';
import { assignSplit } from '../../scripts/themes/gold/split.ts';
import { loadDocuments } from '../helpers/content.ts';
import { ROOT } from '../helpers/paths.ts';

const GOLD = join(ROOT, 'docs/themes/gold');
const findings = loadGoldFindings(ROOT);
const split = loadGoldSplit(ROOT);
const content = loadDocuments(join(ROOT, 'content')).flatMap((d) => d.findings);

describe('docs/themes/gold/findings.jsonl', () => {
  it('holds every seed finding of content/ with its judgement, and at least 170 written ones', () => {
    const seeds = findings.filter((f) => f.source === 'seed');
    expect(seeds.map((f) => `${f.id} ${f.judgement}`).sort()).toEqual(
      content.map((f) => `${f.id} ${f.judgement}`).sort(),
    );
    expect(findings.filter((f) => f.source === 'written').length).toBeGreaterThanOrEqual(170);
  });

  it('carries no labels: every line has exactly id, judgement, text and source', () => {
    for (const line of readFileSync(join(GOLD, 'findings.jsonl'), 'utf8').trim().split('\n')) {
      expect(Object.keys(JSON.parse(line) as object).sort()).toEqual([
        'id',
        'judgement',
        'source',
        'text',
      ]);
    }
  });

  it('has strengths and weaknesses alike, and no text twice', () => {
    const count = (j: string) => findings.filter((f) => f.judgement === j).length;
    expect(count('strength') + count('meets-requirements')).toBeGreaterThanOrEqual(100);
    expect(count('area-for-development') + count('priority-action')).toBeGreaterThanOrEqual(100);
    expect(new Set(findings.map((f) => f.text)).size).toBe(findings.length);
  });
});

describe('the tune/held split', () => {
  it('split.json is the deterministic split of the findings, a third held back', () => {
    expect(split).toEqual(assignSplit(findings.map((f) => f.id)));
    const held = Object.values(split).filter((p) => p === 'held').length;
    expect(held).toBe(Math.round(findings.length / 3));
  });

  it('depends only on the ids, not their order', () => {
    const ids = findings.map((f) => f.id);
    expect(assignSplit([...ids].reverse())).toEqual(assignSplit(ids));
  });

  it('held.sha256 is the fingerprint of the held-back findings, computed as documented', () => {
    const held = findings
      .filter((f) => split[f.id] === 'held')
      .map((f) => f.id)
      .sort();
    const byId = new Map(findings.map((f) => [f.id, f.text]));
    const independent = createHash('sha256')
      .update(held.map((id) => `${id}\t${byId.get(id)}\n`).join(''), 'utf8')
      .digest('hex');
    expect(heldBackHash(findings, split)).toBe(independent);
    expect(readFileSync(join(GOLD, 'held.sha256'), 'utf8').trim()).toBe(independent);
  });

  it('the fingerprint changes when a held-back text changes by one character', () => {
    const held = findings.find((f) => split[f.id] === 'held')!;
    const edited = findings.map((f) => (f === held ? { ...f, text: `${f.text} ` } : f));
    expect(heldBackHash(edited, split)).not.toBe(heldBackHash(findings, split));
    const tune = findings.find((f) => split[f.id] === 'tune')!;
    expect(
      heldBackHash(
        findings.map((f) => (f === tune ? { ...f, text: 'changed' } : f)),
        split,
      ),
    ).toBe(heldBackHash(findings, split));
  });
});

describe('readJsonl', () => {
  it('reports every bad line as file:line with the reason, and keeps the good ones', () => {
    const text =
      '{"id":"a","judgement":"strength","text":"T.","source":"seed"}\n\nnot json\n{"id":"b","judgement":"good","text":"T.","source":"seed"}\n{"id":"c","judgement":"strength","text":"T.","source":"seed","themes":[]}\n';
    const { rows, errors } = readJsonl(text, goldFindingSchema, 'gold/findings.jsonl');
    expect(rows.map((r) => r.id)).toEqual(['a']);
    expect(errors[0]).toMatch(/^gold\/findings\.jsonl:3: not valid JSON/);
    expect(errors[1]).toMatch(/^gold\/findings\.jsonl:4: judgement: /);
    expect(errors[2]).toMatch(/^gold\/findings\.jsonl:5: .*themes/);
  });
});
