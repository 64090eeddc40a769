import { useSignal } from '@preact/signals';
import { ConversationList } from '@/components/reports/conversation-list';
import { digestLabels } from '@/components/reports/digest-panel';
import { useAppState } from '@/components/state/app-state';
import { SENTIMENTS } from '@/lib/inbox/item';
import { digestMailto, digestMarkdown } from '@/lib/reports/digest-text';
import type { DepartmentDigest } from '@/lib/reports/feedback';
import type { Period } from '@/lib/reports/period';

/** A department's feedback digest as a printable page, with its Markdown and e-mail draft. */
export function DigestPage({
  digest,
  period,
  forwarded,
}: {
  digest: DepartmentDigest;
  period: Period;
  forwarded: number;
}) {
  const { t, locale } = useAppState();
  const copied = useSignal(false);
  const labels = digestLabels(digest, period, forwarded, t, locale.value);
  const sentiments = [...SENTIMENTS, 'unknown' as const].filter((key) => digest.map.counts[key] > 0);
  return (
    <main class="report-page reports">
      <header class="report-page__head">
        <h1>{labels.title}</h1>
        <p class="report-page__period">
          {labels.period} · {labels.counts}
        </p>
        <div class="actions no-print">
          <button type="button" class="primary" onClick={() => print()}>
            {t('reportPrint')}
          </button>
          <button
            type="button"
            onClick={() =>
              void navigator.clipboard.writeText(digestMarkdown(digest, labels)).then(() => {
                copied.value = true;
              })
            }
          >
            {copied.value ? t('digestCopied') : t('digestCopy')}
          </button>
          <a class="button" href={digestMailto(digest, labels)}>
            {t('digestEmail')}
          </a>
        </div>
      </header>
      {digest.total === 0 && <p class="muted">{t('digestEmpty')}</p>}
      {digest.map.topics.length > 0 && (
        <section class="report-page__section">
          <h2>{labels.byTopic}</h2>
          <ul class="plain-list">
            {digest.map.topics.map((topic) => (
              <li key={topic.topic}>
                {topic.topic}: {topic.total}
              </li>
            ))}
          </ul>
        </section>
      )}
      {sentiments.length > 0 && (
        <section class="report-page__section">
          <h2>{labels.bySentiment}</h2>
          <ul class="plain-list">
            {sentiments.map((key) => (
              <li key={key}>
                {labels.sentiment(key)}: {digest.map.counts[key]}
              </li>
            ))}
          </ul>
        </section>
      )}
      {digest.representative.length > 0 && (
        <section class="report-page__section">
          <h2>{labels.representative}</h2>
          <ConversationList items={digest.representative} testId="digest-item" />
        </section>
      )}
    </main>
  );
}
