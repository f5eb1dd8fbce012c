const TITLED_NAME = /^(?:Cllr\.? |Councillor |Mr |Mrs |Ms |Miss |Dr |Professor )[A-Z][a-z]+(?: [A-Z][A-Za-z'-]+)+,/;
const AFTER_ORGANISATION = /(?<=\b(?:Council|Corporation|Board|Education|Families|Services|Trust|Partnership|Department|Ofsted)\.?)\s+(?=(?:Cllr\.? |Councillor |Mr |Mrs |Ms |Miss |Dr |Professor )?[A-Z][a-z]+ [A-Z][A-Za-z'-]+,)/;

/**
 * A letter's copy list → one entry per person, whatever the line breaks: the
 * lines are read as one text and an entry starts after an organisation's last
 * word ("… Leicester City Council Glenys Johnston, …") or at a line that
 * starts with a titled name ("Cllr Vi Dempster, …"), never at a wrapped line
 * such as "Chief Executive, …".
 */
export function splitCopyList(lines: readonly string[]): string[] {
  const chunks: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/^(Copy|Copies|cc)(\s+to)?\s*:\s*/i, '').trim();
    if (line === '') continue;
    if (chunks.length === 0 || TITLED_NAME.test(line)) chunks.push(line);
    else chunks[chunks.length - 1] = `${chunks[chunks.length - 1]} ${line}`;
  }
  return chunks.flatMap((chunk) => chunk.split(AFTER_ORGANISATION)).map((entry) => entry.trim().replace(/\.$/, '')).filter(Boolean);
}
