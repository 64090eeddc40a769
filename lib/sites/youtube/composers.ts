import { composerAnswering, composerNearest, composersUnder } from '@/lib/sites/shared/per-element';
import { anyOf } from '@/lib/sites/shared/query';
import { enterKeyPath } from '@/lib/sites/shared/submit';
import type { Composer, ScrapedPost, SubmitPath } from '@/lib/sites/types';
import { readComment, readVideo } from '@/lib/sites/youtube/posts';
import { SELECTORS } from '@/lib/sites/youtube/selectors';

const COMMENT = anyOf(SELECTORS.comment);
const EDITABLE = new Set(['', 'true', 'plaintext-only']);
/** Every box root: the watch page's editable and Studio's reply textareas. */
export const EDITORS = `${SELECTORS.watchEditor}, ${anyOf(SELECTORS.studioEditor)}`;

function safely<T>(read: () => T | null): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/** The comment a reply box sits in; Studio boxes outside a comment answer their thread's first comment. */
function answeredComment(editor: Element): ScrapedPost | null {
  const comment =
    editor.closest(COMMENT) ?? editor.closest(anyOf(SELECTORS.commentThread))?.querySelector(COMMENT) ?? null;
  return comment ? safely(() => readComment(comment)) : null;
}

/**
 * Open comment and reply boxes: the watch page's `#contenteditable-root` (a reply when it sits in a
 * comment's reply dialog, else a comment on the video) and Studio's reply textareas.
 */
export function youtubeComposers(root: ParentNode): Composer[] {
  return composersUnder(root, EDITORS, describe);
}

/** The box el is or is inside. */
export function youtubeComposerFrom(el: Element): Composer | null {
  return composerNearest(el, EDITORS, describe);
}

function describe(element: HTMLElement): Composer | null {
  if (element.localName === 'textarea') {
    return composerAnswering({ element, kind: 'reply', editor: 'textarea' }, () => answeredComment(element));
  }
  if (!EDITABLE.has(element.getAttribute('contenteditable') ?? 'false')) return null;
  const isReply = Boolean(element.closest(anyOf(SELECTORS.replyDialog)) ?? element.closest(COMMENT));
  const metadata = element.ownerDocument.querySelector(SELECTORS.videoMetadata);
  return composerAnswering({ element, kind: isReply ? 'reply' : 'comment', editor: 'contenteditable' }, () =>
    isReply ? answeredComment(element) : metadata ? readVideo(metadata) : null,
  );
}

function follows(reference: Element, element: Element): boolean {
  return Boolean(reference.compareDocumentPosition(element) & reference.DOCUMENT_POSITION_FOLLOWING);
}

/** Studio: `ytcp-comment-button#submit-button` (older), else the last button after the textarea (newer, no id). */
function studioSubmit(textarea: HTMLElement, box: Element): SubmitPath | null {
  const element =
    box.querySelector<HTMLElement>(SELECTORS.studioSubmitButton) ??
    box.querySelector<HTMLElement>(SELECTORS.studioSubmit);
  if (element) {
    return { kind: 'click', element, label: 'YouTube Studio: reply button (ytcp-comment-button#submit-button)' };
  }
  const after = [...box.querySelectorAll<HTMLElement>(anyOf(SELECTORS.studioBoxButton))].filter((button) =>
    follows(textarea, button),
  );
  const last = after.at(-1);
  return last ? { kind: 'click', element: last, label: 'YouTube Studio: last button after the reply textarea' } : null;
}

/**
 * Ways the box's text is sent. Watch page: the box's `#submit-button` button and Ctrl/Cmd+Enter.
 * Studio: its reply button; Ctrl/Cmd+Enter is not documented there but is held too, as a precaution.
 */
export function youtubeSubmitPaths(composer: Composer): SubmitPath[] {
  const { element } = composer;
  const box = element.closest(anyOf(SELECTORS.commentBox));
  const paths: SubmitPath[] = [];
  if (element.localName === 'textarea') {
    const click = box ? studioSubmit(element, box) : null;
    if (click) paths.push(click);
    paths.push(enterKeyPath(element, 'YouTube Studio: Ctrl/Cmd+Enter (unverified, held as a precaution)'));
    return paths;
  }
  const button = box?.querySelector<HTMLElement>(SELECTORS.watchSubmit);
  if (button) paths.push({ kind: 'click', element: button, label: 'YouTube: comment/reply button (#submit-button)' });
  paths.push(enterKeyPath(element, 'YouTube: Ctrl/Cmd+Enter'));
  return paths;
}
