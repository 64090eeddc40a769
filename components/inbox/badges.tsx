import { useAppState } from '@/components/state/app-state';
import type { MessageKey } from '@/lib/i18n';
import type { InboxItem } from '@/lib/inbox/item';

export const STATUS_LABELS: Record<InboxItem['status'], MessageKey> = {
  new: 'inboxStatusNew',
  'to-answer': 'inboxStatusToAnswer',
  answered: 'inboxStatusAnswered',
  archived: 'inboxStatusArchived',
};

export const SENTIMENT_LABELS: Record<NonNullable<InboxItem['sentiment']>, MessageKey> = {
  positive: 'sentimentPositive',
  neutral: 'sentimentNeutral',
  negative: 'sentimentNegative',
  question: 'sentimentQuestion',
  complaint: 'sentimentComplaint',
};

export function StatusBadge({ status }: { status: InboxItem['status'] }) {
  const { t } = useAppState();
  return <span class={`pill status-pill status-${status}`}>{t(STATUS_LABELS[status])}</span>;
}

export function SentimentBadge({ sentiment }: { sentiment: NonNullable<InboxItem['sentiment']> }) {
  const { t } = useAppState();
  return <span class={`pill sentiment-pill sentiment-${sentiment}`}>{t(SENTIMENT_LABELS[sentiment])}</span>;
}
