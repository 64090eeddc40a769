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

/**
 * The texts the template picker's view can show (entrypoints/template-picker.ts), which asks for
 * these only (the guard's reasons: the scan follows type imports too, and they are few).
 */
export const PICKER_TEXT_PREFIXES: readonly string[] = ['picker', 'insertFailed', 'guardReason'];

/** The texts of the guard's dialog, register offer and undo countdown (entrypoints/guard-ui.ts). */
export const GUARD_UI_TEXT_PREFIXES: readonly string[] = ['guard', 'undo'];
