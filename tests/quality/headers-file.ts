/**
 * Read a Netlify / Cloudflare Pages `_headers` file: a path pattern at the
 * start of a line, then indented `Name: value` lines; `#` starts a comment.
 * https://docs.netlify.com/routing/headers/#syntax-for-the-headers-file
 */

/** The headers of each path pattern, in file order. */
export function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!current || !header)
      throw new Error(`_headers line ${index + 1} is neither a path nor "  Name: value": ${line}`);
    current[header[1]] = header[2].trim();
  });
  return rules;
}
