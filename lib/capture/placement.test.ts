import { describe, expect, it } from 'vitest';
import { type Box, candidateSpots, chooseSpot, SPOT_GAP, samplePoints } from '@/lib/capture/placement';

const VIEWPORT = { width: 1280, height: 800 };
const POST: Box = { left: 300, top: 100, width: 600, height: 300 };
const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('chooseSpot', () => {
  it('prefers just outside the post, beside its top-right corner', () => {
    expect(chooseSpot(POST, VIEWPORT, 28, () => true)).toEqual({ left: 900 + SPOT_GAP, top: 100 + SPOT_GAP });
  });

  it('goes inside the right edge, then lower down, when the outside is taken', () => {
    const sidebar: Box = { left: 900, top: 0, width: 380, height: 800 };
    const moreMenu: Box = { left: 860, top: 100, width: 40, height: 40 };
    const spot = chooseSpot(POST, VIEWPORT, 28, (box) => !overlaps(box, sidebar) && !overlaps(box, moreMenu));
    expect(spot).toEqual({ left: 900 - 28 - SPOT_GAP, top: 100 + SPOT_GAP + 28 + SPOT_GAP });
  });

  it('stays in view for a post scrolled half out of it', () => {
    const spot = chooseSpot({ ...POST, top: -150 }, VIEWPORT, 28, () => true);
    expect(spot).toEqual({ left: 906, top: SPOT_GAP });
  });

  it('uses the left side of a post that fills the viewport width', () => {
    const wide: Box = { left: 40, top: 100, width: 1240, height: 300 };
    const spot = chooseSpot(wide, VIEWPORT, 28, (box) => box.left < 40);
    expect(spot).toEqual({ left: 40 - 28 - SPOT_GAP, top: 100 + SPOT_GAP });
  });

  it('shows no control for a post scrolled out of view', () => {
    expect(chooseSpot({ ...POST, top: -400 }, VIEWPORT, 28, () => true)).toBeNull();
    expect(chooseSpot({ ...POST, top: 900 }, VIEWPORT, 28, () => true)).toBeNull();
  });

  it('gives up (no control) when every spot covers something', () => {
    expect(chooseSpot(POST, VIEWPORT, 28, () => false)).toBeNull();
  });

  it('never proposes a spot outside the viewport', () => {
    for (const spot of candidateSpots({ left: -100, top: 780, width: 2000, height: 500 }, VIEWPORT, 28)) {
      expect(spot.left).toBeGreaterThanOrEqual(0);
      expect(spot.top + 28).toBeLessThanOrEqual(VIEWPORT.height);
      expect(spot.left + 28).toBeLessThanOrEqual(VIEWPORT.width);
    }
  });
});

describe('samplePoints', () => {
  it('covers the corners, edges and centre', () => {
    expect(samplePoints({ left: 0, top: 0, width: 10, height: 10 }, 1)).toHaveLength(9);
  });
});
