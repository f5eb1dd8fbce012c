/**
 * /authorities/: the find-your-council box, as progressive enhancement. The
 * full list is in the page without it; with it, typing hides the authorities
 * (and regions) whose names do not contain what is typed.
 */
const box = document.querySelector<HTMLElement>('[data-authority-finder]');
const input = box?.querySelector<HTMLInputElement>('input');
const statusLine = box?.querySelector<HTMLElement>('[role="status"]');
if (box && input && statusLine) {
  box.hidden = false;
  const items = [...document.querySelectorAll<HTMLLIElement>('li[data-name]')];
  const simplify = (text: string) =>
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  input.addEventListener('input', () => {
    const wanted = simplify(input.value);
    let shown = 0;
    for (const item of items) {
      item.hidden = wanted !== '' && !simplify(item.dataset.name ?? '').includes(wanted);
      if (!item.hidden) shown += 1;
    }
    for (const region of document.querySelectorAll<HTMLElement>('section[data-region]'))
      region.hidden = !region.querySelector('li[data-name]:not([hidden])');
    statusLine.textContent =
      wanted === ''
        ? ''
        : shown === 0
          ? 'No authority matches.'
          : `${shown} ${shown === 1 ? 'authority matches' : 'authorities match'}.`;
  });
}
