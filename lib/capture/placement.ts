/**
 * Where the floating capture control goes beside a post: never over the site's own buttons.
 * Candidate spots are tried in order (just outside the post's right edge, then inside along its
 * right edge below the "more" menu, then outside its left edge); the page decides which are free.
 * Pure: geometry in, a spot out.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Spot {
  left: number;
  top: number;
}

/** Gap between the control and the post's edge, in CSS pixels. */
export const SPOT_GAP = 6;
/** How many positions down the post's edge are tried on each side. */
const STEPS = 6;

/** Every spot worth trying for a control of `size` beside `post`, best first, all inside the viewport. */
export function candidateSpots(post: Box, viewport: { width: number; height: number }, size: number): Spot[] {
  // A post scrolled out of view gets no control (not one floating beside nothing).
  if (post.top + post.height <= 0 || post.top >= viewport.height) return [];
  const right = post.left + post.width;
  const bottom = Math.min(post.top + post.height, viewport.height);
  // A post scrolled half out of view still gets its control where the user can see it.
  const firstTop = Math.max(post.top, 0) + SPOT_GAP;
  const tops: number[] = [];
  for (let top = firstTop; top + size <= bottom - SPOT_GAP && tops.length < STEPS; top += size + SPOT_GAP) {
    tops.push(top);
  }
  if (tops.length === 0 && firstTop + size <= viewport.height) tops.push(firstTop);
  const outsideRight = right + SPOT_GAP;
  const insideRight = right - size - SPOT_GAP;
  const outsideLeft = post.left - size - SPOT_GAP;
  const [first, ...rest] = tops;
  const spots: Spot[] = [];
  if (first !== undefined) spots.push({ left: outsideRight, top: first }, { left: insideRight, top: first });
  for (const top of rest) spots.push({ left: insideRight, top });
  for (const top of rest) spots.push({ left: outsideRight, top });
  for (const top of tops) spots.push({ left: outsideLeft, top });
  return spots.filter(
    (spot) =>
      spot.left >= 0 && spot.top >= 0 && spot.left + size <= viewport.width && spot.top + size <= viewport.height,
  );
}

/** The first candidate the page says is free (nothing clickable of the site under it), or null. */
export function chooseSpot(
  post: Box,
  viewport: { width: number; height: number },
  size: number,
  isFree: (box: Box) => boolean,
): Spot | null {
  return (
    candidateSpots(post, viewport, size).find((spot) =>
      isFree({ left: spot.left, top: spot.top, width: size, height: size }),
    ) ?? null
  );
}

/** Points spread over a box (corners, edges, centre), to sample what lies under it. */
export function samplePoints(box: Box, inset = 1): Spot[] {
  const xs = [box.left + inset, box.left + box.width / 2, box.left + box.width - inset];
  const ys = [box.top + inset, box.top + box.height / 2, box.top + box.height - inset];
  return xs.flatMap((left) => ys.map((top) => ({ left, top })));
}
