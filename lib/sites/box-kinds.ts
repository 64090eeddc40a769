/**
 * What each kind of box allows (types.ts `ComposerKind`): where the picker offers templates,
 * where the guard holds a send and with which rule, and what a box nobody claims is.
 */
import type { ComposerKind } from '@/lib/sites/types';

/** Boxes where someone writes to people: public posts, replies, comments and direct messages. */
export function takesTemplates(kind: ComposerKind): boolean {
  return kind !== 'search' && kind !== 'other';
}

/** Whether the guard checks a send from this box, and with its public or its direct-message rule. */
export function guardChannel(kind: ComposerKind): 'public' | 'direct-message' | null {
  if (kind === 'message') return 'direct-message';
  return kind === 'search' || kind === 'other' ? null : 'public';
}

/** A public post, reply or comment (never a direct message): what publishing and reply hand-overs fill. */
export function isPublicBox(kind: ComposerKind): boolean {
  return kind === 'post' || kind === 'reply' || kind === 'comment';
}

/** Any box a person can type in: a contenteditable, a textarea or a text-like input. */
export function isTypingBox(node: Element): boolean {
  if (node instanceof HTMLTextAreaElement) return true;
  if (node instanceof HTMLInputElement) return ['text', 'search', 'email', 'url', ''].includes(node.type);
  return node instanceof HTMLElement && node.isContentEditable;
}

/**
 * The kind of a box no adapter recognised, from language-independent marks: a search field
 * (`type=search`, `role=searchbox`/`combobox`, inside `role=search`) or something else.
 */
export function unclaimedBoxKind(node: Element): 'search' | 'other' {
  const role = node.getAttribute('role');
  if (
    (node instanceof HTMLInputElement && node.type === 'search') ||
    role === 'searchbox' ||
    role === 'combobox' ||
    node.closest('[role="search"], form[action*="search"]')
  ) {
    return 'search';
  }
  return 'other';
}
