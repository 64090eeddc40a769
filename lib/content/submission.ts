/**
 * Which submit path a DOM event is, for the composers on the page: the guard holds it, the
 * publish and reply features watch it. Takes the composers and adapter as parameters so it runs
 * on a fixture in unit tests.
 */
import type { SiteContext } from '@/lib/content/site-context';
import type { Composer, SiteAdapter, SubmitPath } from '@/lib/sites/types';

/** A submission caught before the site saw it: what to check and how to release it later. */
export interface Submission {
  composer: Composer;
  path: SubmitPath;
  /** The element the original event was dispatched at (inside the composer for keys). */
  target: EventTarget;
  /** The button that submitted a form, when there was one. */
  submitter?: HTMLElement | null;
}

function isDisabled(element: HTMLElement): boolean {
  return element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true';
}

function safePaths(adapter: SiteAdapter, composer: Composer): SubmitPath[] {
  try {
    return adapter.submitPaths(composer);
  } catch {
    return [];
  }
}

/** The composer and submit path this event would trigger, or null when it sends nothing. */
export function matchSubmission(event: Event, composers: readonly Composer[], adapter: SiteAdapter): Submission | null {
  const path = event.composedPath();
  const target = path[0] ?? event.target;
  if (!target) return null;
  if (event.type === 'click') {
    for (const composer of composers) {
      const found = safePaths(adapter, composer).find(
        (candidate) => candidate.kind === 'click' && path.includes(candidate.element) && !isDisabled(candidate.element),
      );
      if (found) return { composer, path: found, target };
    }
    return null;
  }
  if (event.type === 'keydown') {
    const key = event as KeyboardEvent;
    if (key.key !== 'Enter' || key.isComposing || key.shiftKey || key.altKey) return null;
    const mod = key.ctrlKey || key.metaKey;
    for (const composer of composers) {
      if (!path.includes(composer.element)) continue;
      const found = safePaths(adapter, composer).find(
        (candidate) => candidate.kind === 'key' && candidate.ctrlOrMeta === mod,
      );
      return found ? { composer, path: found, target } : null;
    }
    return null;
  }
  if (event.type === 'submit') {
    for (const composer of composers) {
      const found = safePaths(adapter, composer).find(
        (candidate) => candidate.kind === 'form' && candidate.form === event.target,
      );
      if (found) return { composer, path: found, target, submitter: (event as SubmitEvent).submitter };
    }
  }
  return null;
}

const answered = new WeakMap<Event, Submission | null>();

/** The boxes inside the form or dialog around node: a box the site filled without the user focusing it. */
function boxesAround(site: SiteContext, node: EventTarget | undefined): Composer[] {
  const scope = node instanceof Element ? node.closest('form, [role="dialog"]') : null;
  if (!scope) return [];
  let roots: Element[];
  try {
    roots = [...scope.querySelectorAll(site.adapter.composerSelector)];
  } catch {
    return [];
  }
  return roots.map((root) => site.composerFrom(root)).filter((box): box is Composer => box !== null);
}

/**
 * The submission this event would make on the site, reading only the boxes it can concern: the
 * box a key was pressed in, else the boxes the user focused on this page and those in the form
 * or dialog of the control. Answered once per event for every feature that asks.
 */
export function submissionOf(site: SiteContext, event: Event): Submission | null {
  const known = answered.get(event);
  if (known !== undefined) return known;
  let found: Submission | null = null;
  const target = event.composedPath()[0];
  if (event.type === 'keydown') {
    const box = (event as KeyboardEvent).key === 'Enter' ? site.composerFrom(target as Node) : null;
    found = box ? matchSubmission(event, [box], site.adapter) : null;
  } else if (event.type === 'click' || event.type === 'submit') {
    const touched = site.touchedComposers();
    found = matchSubmission(event, touched, site.adapter);
    if (!found) {
      const seen = new Set(touched.map((box) => box.element));
      const around = boxesAround(site, (event.type === 'submit' ? event.target : target) ?? undefined);
      found = matchSubmission(
        event,
        around.filter((box) => !seen.has(box.element)),
        site.adapter,
      );
    }
  }
  answered.set(event, found);
  return found;
}

/**
 * Sends the held submission again, exactly as the user did it: a click on the same control,
 * the same key on the same element, or the same form submit. `pass` lets the guard's own
 * listeners wave this one event through.
 */
export function releaseSubmission(submission: Submission, original: Event, pass: (run: () => void) => void): void {
  const { path, composer } = submission;
  pass(() => {
    if (path.kind === 'click') {
      path.element.click();
    } else if (path.kind === 'form') {
      const submitter = submission.submitter;
      path.form.requestSubmit(submitter && path.form.contains(submitter) ? submitter : undefined);
    } else {
      composer.element.focus();
      const key = original as KeyboardEvent;
      const replay = new KeyboardEvent('keydown', {
        key: 'Enter',
        code: key.code || 'Enter',
        ctrlKey: key.ctrlKey,
        metaKey: key.metaKey,
        bubbles: true,
        cancelable: true,
        composed: true,
      });
      // Editors such as Draft.js still read keyCode/which, which the constructor cannot set.
      Object.defineProperty(replay, 'keyCode', { get: () => 13 });
      Object.defineProperty(replay, 'which', { get: () => 13 });
      const target =
        submission.target instanceof Node && submission.target.isConnected ? submission.target : composer.element;
      target.dispatchEvent(replay);
    }
  });
}
