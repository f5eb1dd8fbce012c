/**
 * The one script of reading pages: copy buttons, as progressive enhancement.
 * They are rendered inside `hidden` containers (`[data-copy-buttons]`) and
 * shown only where the Clipboard API works, so no page shows a button that
 * cannot work; the links and references they copy are always on the page as
 * selectable text. A button copies one of:
 * - `data-copy-text`: the given text (a permalink);
 * - `data-copy-fetch`: a file's text, fetched on click (a finding's `cite.txt`,
 *   so a list of thousands of findings carries no reference text);
 * - `data-copy`: an element's text, and its HTML (italic titles) where supported.
 * One live region announces the result; the button shows a tick meanwhile.
 */
const liveRegion = () => {
  let region = document.getElementById('copy-status');
  if (!region) {
    region = Object.assign(document.createElement('p'), {
      id: 'copy-status',
      className: 'visually-hidden',
    });
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  return region;
};

const plain = (text: string | Promise<string>) =>
  Promise.resolve(text).then((t) => new Blob([t], { type: 'text/plain' }));

async function copy(button: HTMLButtonElement): Promise<void> {
  const { copyText, copyFetch, copy: sourceId } = button.dataset;
  const source = sourceId ? document.getElementById(sourceId) : null;
  const items: Record<string, Blob | Promise<Blob>> = {};
  if (copyText !== undefined) items['text/plain'] = plain(copyText);
  else if (copyFetch)
    items['text/plain'] = fetch(copyFetch)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((t) => plain(t.trim()));
  else if (source)
    Object.assign(items, {
      // biome-ignore lint/performance/useDomNodeTextContent: the text as the reader sees it (innerText follows the layout), not the raw text nodes
      'text/plain': plain(source.innerText.trim()),
      'text/html': new Blob([source.innerHTML], { type: 'text/html' }),
    });
  else return;
  // A promise inside a ClipboardItem keeps the click's permission while the file loads.
  if ('ClipboardItem' in window) await navigator.clipboard.write([new ClipboardItem(items)]);
  else await navigator.clipboard.writeText(await (await items['text/plain']!).text());
}

if (window.isSecureContext && navigator.clipboard) {
  for (const group of document.querySelectorAll<HTMLElement>('[data-copy-buttons][hidden]'))
    group.hidden = false;
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>(
      'button[data-copy], button[data-copy-text], button[data-copy-fetch]',
    );
    if (!button) return;
    const what = button.textContent?.trim() ?? 'Copy';
    try {
      await copy(button);
      button.dataset.copied = '';
      liveRegion().textContent = `Copied ${what.replace(/^Copy /, '')}.`;
      setTimeout(() => delete button.dataset.copied, 2000);
    } catch {
      liveRegion().textContent = 'Could not copy: select the text instead.';
    }
  });
}
