import { useSignal } from '@preact/signals';
import { SENTIMENT_LABELS } from '@/components/inbox/badges';
import { useAppState } from '@/components/state/app-state';
import { useStoreQuery } from '@/components/state/use-store-query';
import { now } from '@/lib/clock';
import { SENTIMENTS } from '@/lib/inbox/item';
import type { OpinionMap } from '@/lib/inbox/opinion-map';
import { sendToBackground } from '@/lib/messaging/client';

const PERIODS = [7, 30, 90, 365] as const;
const DAY = 86_400_000;
const KEYS = [...SENTIMENTS, 'unknown'] as const;

/** The opinion map: topics (tags and frequent words) × sentiment over a chosen period. */
export function OpinionMapView() {
  const { t } = useAppState();
  const days = useSignal<number>(30);
  const { data, error } = useStoreQuery(['inbox'], () => {
    const to = now() + DAY;
    return sendToBackground('inboxOpinionMap', { from: to - (days.peek() + 1) * DAY, to, limit: 15 });
  });
  const reload = (value: number) => {
    days.value = value;
    const to = now() + DAY;
    void sendToBackground('inboxOpinionMap', { from: to - (value + 1) * DAY, to, limit: 15 }).then((map) => {
      data.value = map;
    });
  };
  const map = data.value as OpinionMap | undefined;
  const label = (key: (typeof KEYS)[number]) => (key === 'unknown' ? t('sentimentUnknown') : t(SENTIMENT_LABELS[key]));
  return (
    <section class="opinion-map" aria-labelledby="opinion-heading">
      <h3 id="opinion-heading">{t('inboxOpinionMap')}</h3>
      <label class="inbox-date">
        <span>{t('inboxPeriod')}</span>
        <select value={String(days.value)} onChange={(e) => reload(Number(e.currentTarget.value))}>
          {PERIODS.map((period) => (
            <option key={period} value={period}>
              {t('inboxLastDays', [String(period)])}
            </option>
          ))}
        </select>
      </label>
      {error.value && <p role="alert">{t('errorBackground', [error.value])}</p>}
      {map && map.total === 0 && <p class="muted">{t('inboxOpinionEmpty')}</p>}
      {map && map.total > 0 && (
        <>
          <ul class="opinion-legend" aria-label={t('inboxOpinionLegend')}>
            {KEYS.map((key) => (
              <li key={key}>
                <span class={`swatch sentiment-${key}`} aria-hidden="true" /> {label(key)} ({map.counts[key] ?? 0})
              </li>
            ))}
          </ul>
          <table class="opinion-table">
            <caption class="muted">{t('inboxOpinionCaption', [String(map.total)])}</caption>
            <thead>
              <tr>
                <th scope="col">{t('inboxTopic')}</th>
                <th scope="col">{t('inboxMentions')}</th>
                <th scope="col">{t('inboxSentimentSplit')}</th>
              </tr>
            </thead>
            <tbody>
              {map.topics.map((topic) => (
                <tr key={`${topic.kind}:${topic.topic}`} data-topic={topic.topic}>
                  <th scope="row">{topic.kind === 'tag' ? `#${topic.topic}` : topic.topic}</th>
                  <td>{topic.total}</td>
                  <td>
                    <div
                      class="opinion-bar"
                      role="img"
                      aria-label={KEYS.filter((key) => topic.counts[key] > 0)
                        .map((key) => `${label(key)} ${topic.counts[key]}`)
                        .join(', ')}
                    >
                      {KEYS.filter((key) => topic.counts[key] > 0).map((key) => (
                        <span key={key} class={`sentiment-${key}`} style={{ flexGrow: topic.counts[key] }} />
                      ))}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
