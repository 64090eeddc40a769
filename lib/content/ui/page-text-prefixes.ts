/**
 * The texts a content script can show (the capture control and toasts, the identity badge, the
 * guard's reasons, the VIP marks…), named by the prefixes of their keys: the only ones it asks the
 * background for. The whole catalogue would cost every page its transfer and its memory; UI loaded
 * on first use asks for all of it itself. tests/unit/page-text-keys.test.ts keeps this list exact.
 */
export const PAGE_TEXT_PREFIXES: readonly string[] = [
  'accountRole',
  'capture',
  'guard',
  'ideas_save',
  'people_tag',
  'undo',
];
