import { useAppState } from '@/components/state/app-state';
import type { MessageKey } from '@/lib/i18n';

interface Props {
  title: MessageKey;
  body: MessageKey;
}

/** What a section will hold, in words, until it holds something. */
export function EmptyState({ title, body }: Props) {
  const { t } = useAppState();
  return (
    <section class="empty-state">
      <h2>{t(title)}</h2>
      <p>{t(body)}</p>
    </section>
  );
}
