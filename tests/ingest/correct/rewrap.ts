/**
 * The same letter wrapped at another width, as another PDF extraction or a
 * changed parser would give it: every long line broken at 60 columns, list
 * items continued on indented lines. Lines move; the words do not.
 */
export function rewrap(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line.length <= 70 || line.startsWith('<') || /^Annual unannounced/i.test(line)
        ? line
        : wrap(line, /^[-•] /.test(line) ? '  ' : ''),
    )
    .join('\n');
}

function wrap(line: string, indent: string): string {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && `${current} ${word}`.length > 60) {
      lines.push(current);
      current = `${indent}${word}`;
    } else current = current ? `${current} ${word}` : word;
  }
  return [...lines, current].join('\n');
}
