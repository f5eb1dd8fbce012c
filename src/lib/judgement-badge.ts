/**
 * A judgement as text label + icon shape + colour, so colour is never the only
 * signal: triangle (priority action), diamond (development), star (strength),
 * circle with tick (meets requirements). As HTML, because it is on most pages,
 * many times (a badge per finding on theme and authority pages): JudgementBadge.astro
 * renders it, and tables written as strings call it directly. Pure.
 */
import type { Judgement } from '../schemas/document.ts';
import { escapeText } from './html.ts';
import { judgementLabel, judgementPlural } from './judgements.ts';

const ICON: Record<Judgement, string> = {
  'priority-action':
    '<path d="M8 1 15.5 14.5H.5z" fill="currentColor"></path><path d="M8 5.5v4.5M8 11.5v1.5" stroke="var(--badge-ink)" stroke-width="1.8"></path>',
  'area-for-development':
    '<path d="M8 .8 15.2 8 8 15.2.8 8z" fill="none" stroke="currentColor" stroke-width="2.2"></path>',
  strength:
    '<path d="m8 .8 2.2 4.8 5.1.5-3.9 3.4 1.2 5.1L8 12 3.4 14.6l1.2-5.1L.7 6.1l5.1-.5z" fill="currentColor"></path>',
  'meets-requirements':
    '<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.8"></circle><path d="m4.5 8.2 2.4 2.4 4.6-5" fill="none" stroke="currentColor" stroke-width="1.8"></path>',
};

/** How a badge reads. */
export interface BadgeOptions {
  /** Use the plural label ("Areas for development"). */
  plural?: boolean;
  /** Text after the label, e.g. "(council's summary)". */
  suffix?: string;
}

/** A judgement's badge. */
export function judgementBadgeHtml(
  judgement: Judgement,
  { plural = false, suffix }: BadgeOptions = {},
): string {
  const label = plural ? judgementPlural(judgement) : judgementLabel(judgement);
  const after = suffix ? `<span class="badge__suffix"> ${escapeText(suffix)}</span>` : '';
  return `<span class="badge" data-judgement="${judgement}"><svg class="badge__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${ICON[judgement]}</svg><span class="badge__label">${escapeText(label)}${after}</span></span>`;
}
