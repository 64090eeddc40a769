/**
 * How LinkedIn sends a composer's text. Comments have no keyboard shortcut (Ctrl+Enter does not
 * submit them, fact sheet §2.2), so only buttons and forms are returned.
 */

import { SELECTORS } from '@/lib/sites/linkedin/selectors';
import { closestAny, queryAll, type SelectorList } from '@/lib/sites/shared/query';
import type { Composer, SubmitPath } from '@/lib/sites/types';

/** The controls that send this composer's text, nearest first. */
export function findSubmitPaths(composer: Composer): SubmitPath[] {
  const { element, kind } = composer;
  const paths: SubmitPath[] = [];
  const click = (selector: SelectorList, label: string) => {
    for (const button of nearestControls(element, selector)) paths.push({ kind: 'click', element: button, label });
  };
  const form = (selector: SelectorList, label: string) => {
    const found = closestAny(element, selector);
    if (found instanceof HTMLFormElement) paths.push({ kind: 'form', form: found, label });
  };
  if (kind === 'message') {
    click(SELECTORS.messageSend, 'linkedin: messaging Send button');
    form(SELECTORS.messageForm, 'linkedin: messaging form submit');
  } else if (kind === 'post') {
    click(SELECTORS.shareSubmit, 'linkedin: share box Post button');
  } else {
    click(SELECTORS.commentSubmit, `linkedin: ${kind} submit button`);
    form(SELECTORS.commentForm, `linkedin: ${kind} form submit (legacy)`);
  }
  return paths;
}

/**
 * Controls matching selector in the smallest ancestor of editor that has any, without crossing
 * into a region that holds another editor (whose controls would send the other box).
 */
export function nearestControls(editor: HTMLElement, selector: SelectorList): HTMLElement[] {
  for (let scope = editor.parentElement; scope; scope = scope.parentElement) {
    const editors = queryAll(scope, SELECTORS.editor);
    if (editors.some((other) => other !== editor)) return [];
    const found = queryAll(scope, selector);
    if (found.length > 0) return found;
  }
  return [];
}
