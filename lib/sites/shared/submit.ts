/** Builders for the submit paths every network declares (see {@link SubmitPath}). */
import type { SubmitPath } from '@/lib/sites/types';

/**
 * The Enter key in `target` as a way to send: `ctrlOrMeta` for boxes where plain Enter is a new
 * line (Ctrl/Cmd+Enter sends), false where plain Enter sends (Shift+Enter is the new line).
 */
export function enterKeyPath(target: HTMLElement, label: string, ctrlOrMeta = true): SubmitPath {
  return { kind: 'key', key: 'Enter', ctrlOrMeta, shift: false, target, label };
}
