/**
 * The one place the extension API is imported from. WXT's polyfill module aliases `wxt/browser`
 * to webextension-polyfill, so every call returns a promise on Chrome and Firefox alike.
 */

export type { Browser } from 'wxt/browser';
export { browser } from 'wxt/browser';
