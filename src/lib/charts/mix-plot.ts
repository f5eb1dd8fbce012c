/**
 * The judgement-mix chart: one row per group, one panel per judgement (labelled,
 * so colour is never the only carrier), bars of findings per letter with their
 * value written beside them. Withheld groups are not drawn; their row says why.
 */
import type * as Plot from '@observablehq/plot';
import { barX, text, axisFx, axisX, axisY, ruleX } from '@observablehq/plot';
import { JUDGEMENT_ORDER, judgementPlural } from '../judgements.ts';
import type { MixRow } from './judgement-mix.ts';

/** Plot options for rows from judgementMix, groups in the given order. */
export function mixPlot(
  rows: readonly MixRow[],
  groups: readonly string[],
  marginLeft = 120,
): Plot.PlotOptions {
  const drawn = rows
    .filter((r) => r.rate.value !== null)
    .map((r) => ({
      group: r.group,
      fx: judgementPlural(r.judgement),
      judgement: r.judgement,
      value: r.rate.value!,
    }));
  const withheld = rows
    .filter((r) => r.rate.value === null && r.judgement === JUDGEMENT_ORDER[0])
    .map((r) => ({
      group: r.group,
      fx: judgementPlural(r.judgement),
      label:
        r.rate.n === 0 ? 'no letters' : `withheld: ${r.rate.n} letter${r.rate.n === 1 ? '' : 's'}`,
    }));
  return {
    width: 720,
    height: 60 + groups.length * 24,
    marginLeft,
    marginTop: 42,
    marginRight: 28,
    fx: { domain: JUDGEMENT_ORDER.map(judgementPlural), padding: 0.25, label: null },
    y: { domain: [...groups], label: null },
    x: { label: 'findings per letter', nice: true },
    marks: [
      axisFx({ anchor: 'top', lineWidth: 11, label: null }),
      axisY({ label: null, tickSize: 0, lineWidth: Math.floor((marginLeft - 12) / 11) }),
      axisX({ ticks: 3, label: 'findings per letter →', labelAnchor: 'left' }),
      ruleX([0]),
      ...JUDGEMENT_ORDER.map((j) =>
        barX(
          drawn.filter((d) => d.judgement === j),
          { x: 'value', y: 'group', fx: 'fx', className: `chart-mark chart-mark--${j}` },
        ),
      ),
      text(drawn, {
        x: 'value',
        y: 'group',
        fx: 'fx',
        text: (d: { value: number }) => d.value.toFixed(1),
        dx: 3,
        textAnchor: 'start',
      }),
      text(withheld, {
        x: 0,
        y: 'group',
        fx: 'fx',
        text: 'label',
        dx: 3,
        textAnchor: 'start',
        className: 'chart-withheld',
      }),
    ],
  };
}
