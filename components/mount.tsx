import { type ComponentChildren, render } from 'preact';
import { AppStateContext, applyDocumentSettings, createAppState } from '@/components/state/app-state';
import { connectSettings } from '@/components/state/settings-actions';
import { browser } from '@/lib/browser';
import '@/components/styles.css';

/** Mounts an extension page (popup or side panel) with live settings, language and theme. */
export function mountPage(view: () => ComponentChildren): void {
  const state = createAppState(browser.i18n.getUILanguage());
  connectSettings(state);
  applyDocumentSettings(state, document.documentElement);
  const root = document.getElementById('app');
  if (!root) throw new Error('#app is missing');
  render(<AppStateContext.Provider value={state}>{view()}</AppStateContext.Provider>, root);
}
