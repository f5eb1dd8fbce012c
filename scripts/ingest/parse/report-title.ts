import { LABEL } from './report-metadata.ts';

/** The report's title: the first line naming the inspection, with its wrapped continuation up to "… children's services". */
export function reportTitle(rows: readonly string[]): string {
  const at = rows.findIndex((text) => /unannounced inspection/i.test(text) && text.length < 200);
  if (at < 0) return 'Council report on an unannounced inspection';
  let title = rows[at].replace(LABEL, '');
  for (
    let i = at + 1;
    i < Math.min(rows.length, at + 3) && !/children'?s services$/i.test(title);
    i += 1
  ) {
    const joined = `${title} ${rows[i]}`;
    if (!/children'?s services$/i.test(joined) && !/children'?s$/i.test(joined)) break;
    title = joined;
  }
  return title;
}
