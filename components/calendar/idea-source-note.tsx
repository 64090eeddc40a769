import { useAppState } from '@/components/state/app-state';
import type { IdeaSourceInput } from '@/lib/calendar/idea-source';
import { NETWORK_NAMES } from '@/lib/networks';

/** Where an idea came from, shown above the entry it became: the link, the author and the quoted text. */
export function IdeaSourceNote({ source }: { source: IdeaSourceInput }) {
  const { t } = useAppState();
  return (
    <aside class="idea-source" aria-label={t('ideas_sourceLabel')} data-testid="idea-source">
      <p class="muted">
        {t('ideas_sourceLabel')}
        {source.network && ` · ${NETWORK_NAMES[source.network]}`}
        {source.author && ` · ${source.author}`}
        {source.url && (
          <>
            {' · '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {t('ideas_openSource')}
            </a>
          </>
        )}
      </p>
      {source.quote && <blockquote class="idea__quote">{source.quote}</blockquote>}
    </aside>
  );
}
