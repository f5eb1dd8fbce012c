/**
 * Pagefind excerpts are HTML with `<mark>` around matched words. Letter text
 * can contain `<script>` and friends, so never trust the string: parse it
 * inertly and keep only text and `<mark>`.
 */
export function renderExcerpt(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  const walk = (node: Node, into: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE)
        into.appendChild(document.createTextNode(child.textContent ?? ''));
      else if (child instanceof Element && child.tagName === 'MARK') {
        const mark = document.createElement('mark');
        walk(child, mark);
        into.appendChild(mark);
      } else walk(child, into);
    }
  };
  walk(parsed.body, out);
  return out;
}
