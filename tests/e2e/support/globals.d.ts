// Functions passed to page.evaluate / worker.evaluate run in extension contexts, where `chrome` exists.
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser;
}
