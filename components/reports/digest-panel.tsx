import { useSignal } from '@preact/signals';
import { SENTIMENT_LABELS } from '@/components/inbox/badges';
import { formatRange } from '@/components/reports/format';
import { useAppState } from '@/components/state/app-state';
import type { Locale, MessageKey } from '@/lib/i18n';
import { type DigestLabels, digestMailto, digestMarkdown } from '@/lib/reports/digest-text';
import type { DepartmentDigest } from '@/lib/reports/feedback';
import type { Period } from '@/lib/reports/period';

/** The labels of a digest in the UI language. */
export function digestLabels(
  digest: DepartmentDigest,
  period: Period,
  forwarded: number,
  t: (key: MessageKey, substitutions?: readonly string[]) => string,
  locale: Locale,
): DigestLabels {
  const range = formatRange(period.first, period.last, locale);
  return {
    title: t('digestTitle', [digest.department.name]),
    period: range,
    counts: t('digestItems', [String(digest.total), String(forwarded)]),
    byTopic: t('digestByTopic'),
    bySentiment: t('digestBySentiment'),
    representative: t('digestRepresentative'),
    sentiment: (key) => t(key === 'unknown' ? 'sentimentUnknown' : SENTIMENT_LABELS[key]),
    subject: t('digestSubject', [digest.department.name, range]),
  };
}

interface Props {
  period: Period;
  digests: DepartmentDigest[];
  forwarded: Record<string, number>;
  /** Opens the printable digest of one department. */
  printUrl: (departmentId: string) => string;
}

/** Per department: the period's counts, and the digest as Markdown, e-mail draft or printable page. */
export function DigestPanel({ period, digests, forwarded, printUrl }: Props) {
  const { t, locale } = useAppState();
  const copied = useSignal<string | null>(null);
  if (digests.length === 0) return <p class="muted">{t('digestNone')}</p>;
  return (
    <ul class="digest-list">
      {digests.map((digest) => {
        const labels = digestLabels(digest, period, forwarded[digest.department.name] ?? 0, t, locale.value);
        return (
          <li key={digest.department.id} class="digest" data-testid="digest">
            <strong>{digest.department.name}</strong> <span class="muted">{labels.counts}</span>
            <div class="actions">
              <button
                type="button"
                onClick={() =>
                  void navigator.clipboard.writeText(digestMarkdown(digest, labels)).then(() => {
                    copied.value = digest.department.id;
                  })
                }
              >
                {copied.value === digest.department.id ? t('digestCopied') : t('digestCopy')}
              </button>
              <a class="button" href={digestMailto(digest, labels)} data-testid="digest-mailto">
                {t('digestEmail')}
              </a>
              <a class="button" href={printUrl(digest.department.id)} target="_blank" rel="noopener">
                {t('digestPrint')}
              </a>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
