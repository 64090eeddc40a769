/** The capture overlay's icons (24 × 24 strokes), drawn as SVG elements: no markup from strings. */

export function svgIcon(doc: Document, paths: readonly string[]): SVGSVGElement {
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  for (const d of paths) {
    const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

/** An inbox tray with an arrow in; a tick once captured. */
export const ICON_CAPTURE = ['M4 13h4l2 3h4l2-3h4', 'M4 13l2-8h12l2 8v6H4z', 'M12 3v7', 'M9 7l3 3 3-3'];
export const ICON_CAPTURED = ['M4 13h4l2 3h4l2-3h4', 'M4 13l2-8h12l2 8v6H4z', 'M9 8.5l2 2 4-4'];
/** A light bulb: save the post as a content idea. */
export const ICON_IDEA = [
  'M9 18h6',
  'M10 21h4',
  'M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z',
];
