const ORGANISATION_WORDS =
  'Council|Corporation|Board|Education|Families|Services|Trust|Partnership|Department|Ofsted';
/** A line starting "Name Surname," (not "Corporation Andrew Spencer,", the end of an organisation's name wrapped onto the line). */
const NAME = new RegExp(
  `^(?!(?:${ORGANISATION_WORDS})\\b)(?:(?:Cllr\\.?|Councillor|Mr|Mrs|Ms|Miss|Dr|Professor) )?[A-Z][a-z]+(?: [A-Z][A-Za-z'-]+){1,2},`,
);
/** A line that stops mid-entry: the next line carries it on even if it looks like a name ("Sheila Lock," / "Chief Executive, …"). */
const UNFINISHED = /(?:[,&]|\b(?:and|of|for|the|to|in))$/i;
const AFTER_ORGANISATION = new RegExp(
  String.raw`(?<=\b(?:${ORGANISATION_WORDS})\.?)\s+(?=(?:Cllr\.? |Councillor |Mr |Mrs |Ms |Miss |Dr |Professor )?[A-Z][a-z]+ [A-Z][A-Za-z'-]+,)`,
);

/**
 * A letter's copy list → one entry per person, whatever the line breaks: the
 * lines are read as one text and an entry starts after an organisation's last
 * word ("… Leicester City Council Glenys Johnston, …") or at a line that
 * starts with a name ("Karen Shaw, Chair of …") after a line that finished
 * its entry — never at a wrapped line such as "Sheila Lock," / "Chief
 * Executive, …".
 */
export function splitCopyList(lines: readonly string[]): string[] {
  const chunks: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/^(Copy|Copies|cc)(\s+to)?\s*:\s*/i, '').trim();
    if (line === '') continue;
    if (chunks.length === 0 || (NAME.test(line) && !UNFINISHED.test(chunks[chunks.length - 1])))
      chunks.push(line);
    else chunks[chunks.length - 1] = `${chunks[chunks.length - 1]} ${line}`;
  }
  return chunks
    .flatMap((chunk) => chunk.split(AFTER_ORGANISATION))
    .map((entry) => entry.trim().replace(/\.$/, ''))
    .filter(Boolean);
}
