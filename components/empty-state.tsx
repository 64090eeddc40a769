import type { ComponentChildren } from 'preact';
import { useAppState } from '@/components/state/app-state';
import type { MessageKey } from '@/lib/i18n';

interface Props {
  title: MessageKey;
  body: MessageKey;
  /** The next step: the buttons, links or keys that fill the section. */
  children?: ComponentChildren;
}

/** What a section will hold, in words, until it holds something, and the way to fill it. */
export function EmptyState({ title, body, children }: Props) {
  const { t } = useAppState();
  return (
    <section class="empty-state" aria-labelledby={`empty-${title}`}>
      <h2 id={`empty-${title}`}>{t(title)}</h2>
      <p>{t(body)}</p>
      {children && <div class="empty-state__actions">{children}</div>}
    </section>
  );
}
