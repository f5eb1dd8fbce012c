/**
 * Observable Plot rendered to a static SVG string at build time, with linkedom
 * as its DOM (https://observablehq.com/plot/getting-started#plot-in-node). The
 * SVG is made fit for the site: Plot's <style> element and any style attribute
 * are removed (the Content-Security-Policy allows no inline style; the site's
 * stylesheet sizes and colours charts), Plot's aria labels on groups are
 * removed (see below), the class name is fixed (Plot's default
 * is random, which would make builds differ), and it becomes one image with a
 * title and description for assistive technology.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');

/** The accessible name and description of a chart. */
export interface SvgText {
  id: string;
  title: string;
  description: string;
}

/** Renders Plot options to an SVG string with role="img", <title> and <desc>. */
export function renderSvg(options: Plot.PlotOptions, text: SvgText): string {
  const node = Plot.plot({
    ...options,
    className: 'chart-plot',
    document: document as unknown as Document,
  }) as unknown as Element;
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg) throw new Error(`chart ${text.id}: Plot returned no <svg>`);
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  for (const el of [svg, ...svg.querySelectorAll('[style]')]) el.removeAttribute('style');
  // Plot labels its groups (aria-label on <g>, which has no role to carry one); inside role="img"
  // they are never read, and axe rightly flags them, so the title and description speak for the chart.
  for (const el of svg.querySelectorAll('[aria-label], [aria-description], [aria-hidden]')) {
    for (const name of ['aria-label', 'aria-description', 'aria-hidden']) el.removeAttribute(name);
  }
  // Plot lays text out in ems, so a larger font keeps its layout; 11 px reads at the page's width.
  svg.setAttribute('font-size', '11');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${text.id}-svg-title ${text.id}-svg-desc`);
  const [title, desc] = textElements(text);
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);
  return svg.outerHTML;
}

/** The chart's <title> and <desc>, the first children of its SVG. */
function textElements(text: SvgText): [Element, Element] {
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.setAttribute('id', `${text.id}-svg-title`);
  title.textContent = text.title;
  const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.setAttribute('id', `${text.id}-svg-desc`);
  desc.textContent = text.description;
  return [title as unknown as Element, desc as unknown as Element];
}

/** The markup renderSvg gives a chart's <title> and <desc> (for SVGs assembled without Plot: ./profile-svg.ts). */
export const svgTextMarkup = (text: SvgText): string =>
  textElements(text)
    .map((e) => e.outerHTML)
    .join('');
