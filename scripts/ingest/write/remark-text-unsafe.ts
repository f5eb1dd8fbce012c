import type { Text } from 'mdast';
import {
  defaultHandlers,
  type Handle,
  type Options,
  type State,
  type Unsafe,
} from 'mdast-util-to-markdown';
import type { Processor } from 'unified';

/**
 * remark plugin: text is escaped exactly as mdast-util-to-markdown escapes it,
 * with only the escape patterns that can apply. The serialiser tries every
 * pattern it knows (about 50 with MDX's) as a regular expression over every
 * text; each pattern matches its `character` literally, so one whose
 * character is not in the text (or the characters either side) finds nothing
 * and changes nothing. Handing the serialiser only the others, in their
 * order, gives the same output in about three quarters of the time.
 */
export function remarkTextUnsafe(this: Processor): void {
  const data = this.data();
  (data.toMarkdownExtensions ??= []).push(textUnsafe);
}

const text: Handle = (node: Text, parent, state, info) => {
  const all = state.unsafe;
  state.unsafe = patternsIn(all, info.before, node.value, info.after);
  try {
    return defaultHandlers.text(node, parent, state, info);
  } finally {
    state.unsafe = all;
  }
};

/** The same as a `toMarkdown` extension, for Markdown written without unified (the intake report). */
export const textUnsafe: Options = { handlers: { text } };

/** Each pattern list's characters, found once. */
const characters = new WeakMap<State['unsafe'], string[]>();

function patternsIn(all: Unsafe[], before: string, value: string, after: string): Unsafe[] {
  let chars = characters.get(all);
  if (!chars) characters.set(all, (chars = [...new Set(all.map((p) => p.character))]));
  const present = new Set<string>();
  // A character of two code units (outside the BMP) could straddle the joins: kept.
  for (const c of chars)
    if (c.length !== 1 || value.includes(c) || before.includes(c) || after.includes(c))
      present.add(c);
  return all.filter((p) => present.has(p.character));
}
