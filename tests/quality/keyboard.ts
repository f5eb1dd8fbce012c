/**
 * Keyboard walk of one page: which elements Tab reaches, and whether each
 * shows a focus indicator (outline or box-shadow that differs from its
 * unfocused look). Runs in the page through playwright-core; real Tab key
 * presses, so :focus-visible applies as it does for a keyboard user.
 */
import type { Page } from 'playwright-core';

/** An element that should be reachable, as the walk saw it. */
export interface FocusStop {
  /** A short description: tag, id or class, text. */
  label: string;
  /** Reached by Tab. */
  reached: boolean;
  /** Its focused look differs from the unfocused one by a visible outline or box-shadow. */
  indicated: boolean;
}

/** What keyboard users can operate: links, buttons, form fields, summary, and anything in the tab order. */
const FOCUSABLE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]';

/** Tab through the whole page once; every focusable, rendered, enabled element with what happened to it. */
export async function walkWithTab(page: Page): Promise<FocusStop[]> {
  const count = await page.evaluate((selector) => {
    type Look = { outline: string; shadow: string };
    const look = (el: Element): Look => {
      const s = getComputedStyle(el);
      const visible =
        s.outlineStyle !== 'none' &&
        parseFloat(s.outlineWidth) > 0 &&
        !/rgba\(.*,\s*0\)|transparent/.test(s.outlineColor);
      return {
        outline: visible ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none',
        shadow: s.boxShadow,
      };
    };
    const candidates = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        !(el as HTMLButtonElement).disabled &&
        !el.closest('[inert]') &&
        el.checkVisibility({ visibilityProperty: true }),
    );
    const state = { before: new Map<Element, Look>(), focused: new Map<Element, Look>() };
    candidates.forEach((el, i) => {
      el.dataset.kbdWalk = String(i);
      state.before.set(el, look(el));
    });
    document.addEventListener(
      'focusin',
      (event) => {
        const el = event.target as Element;
        if (!state.focused.has(el)) state.focused.set(el, look(el));
      },
      true,
    );
    Object.assign(window, { __kbdWalk: { candidates, state } });
    // Start the walk at the top of the page, as a reader arriving on it does: focus a
    // temporary, unlisted element placed first in <body> (tabindex -1 keeps it out of the order).
    const start = Object.assign(document.createElement('span'), { tabIndex: -1 });
    document.body.prepend(start);
    start.focus();
    return candidates.length;
  }, FOCUSABLE);
  // One press per element, plus a few for anything focusable the selector does not know. The
  // presses are real key events sent through the DevTools protocol all at once: Chromium handles
  // them in order, one after the other, and the walk waits for the last; awaiting each press
  // (page.keyboard.press) costs a round trip per element, seconds on a long page.
  // (keyboard.type('\t…') would be as fast but types a tab character instead of moving focus.)
  const cdp = await page.context().newCDPSession(page);
  const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
  const presses: Promise<unknown>[] = [];
  for (let i = 0; i < count + 5; i++) {
    presses.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }));
    presses.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }));
  }
  await Promise.all(presses);
  await cdp.detach();
  return page.evaluate(() => {
    type Look = { outline: string; shadow: string };
    const { candidates, state } = (
      window as unknown as {
        __kbdWalk: {
          candidates: HTMLElement[];
          state: { before: Map<Element, Look>; focused: Map<Element, Look> };
        };
      }
    ).__kbdWalk;
    return candidates.map((el) => {
      const before = state.before.get(el)!;
      const after = state.focused.get(el);
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const label =
        `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : el.className ? `.${String(el.className).split(' ')[0]}` : ''}> ${text || el.getAttribute('aria-label') || (el as HTMLInputElement).name || ''}`.trim();
      const indicated =
        !!after &&
        ((after.outline !== 'none' && after.outline !== before.outline) ||
          (after.shadow !== 'none' && after.shadow !== before.shadow));
      return { label, reached: !!after, indicated };
    });
  });
}
