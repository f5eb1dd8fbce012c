/** The inspection programme's span: June 2009 to June 2012. One home for it. */

/** First and last months of the programme. */
export const PROGRAMME = { start: '2009-06', end: '2012-06' } as const;

/** Every year the programme ran in, 2009–2012, whether or not the collection has documents from it yet. */
export const PROGRAMME_YEARS: readonly number[] = Array.from(
  { length: Number(PROGRAMME.end.slice(0, 4)) - Number(PROGRAMME.start.slice(0, 4)) + 1 },
  (_, i) => Number(PROGRAMME.start.slice(0, 4)) + i,
);
