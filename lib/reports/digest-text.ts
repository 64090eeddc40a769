/**
 * A department's digest as text: Markdown to paste into a chat, and the same lines as the body
 * of an e-mail draft. Labels come in the UI language from the caller.
 */
import { SENTIMENTS } from '@/lib/inbox/item';
import { NETWORK_NAMES } from '@/lib/networks';
import type { DepartmentDigest } from '@/lib/reports/feedback';
import { mailtoUrl } from '@/lib/reports/feedback';

export interface DigestLabels {
  title: string;
  period: string;
  counts: string;
  byTopic: string;
  bySentiment: string;
  representative: string;
  sentiment: (key: (typeof SENTIMENTS)[number] | 'unknown') => string;
  subject: string;
}

const oneLine = (text: string, max = 200) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Markdown: a title, the counts, topics and sentiments, then the representative items with links. */
export function digestMarkdown(digest: DepartmentDigest, labels: DigestLabels): string {
  const lines = [`## ${labels.title}`, '', `_${labels.period}_ · ${labels.counts}`, ''];
  if (digest.map.topics.length > 0) {
    lines.push(`**${labels.byTopic}**`, '');
    for (const topic of digest.map.topics) lines.push(`- ${topic.topic}: ${topic.total}`);
    lines.push('');
  }
  const sentiments = [...SENTIMENTS, 'unknown' as const].filter((key) => digest.map.counts[key] > 0);
  if (sentiments.length > 0) {
    lines.push(`**${labels.bySentiment}**`, '');
    for (const key of sentiments) lines.push(`- ${labels.sentiment(key)}: ${digest.map.counts[key]}`);
    lines.push('');
  }
  if (digest.representative.length > 0) {
    lines.push(`**${labels.representative}**`, '');
    for (const item of digest.representative) {
      lines.push(`- “${oneLine(item.text)}” (${item.authorName}, ${NETWORK_NAMES[item.network]}) ${item.permalink}`);
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The digest as an e-mail draft to the department (plain text: Markdown reads fine as text). */
export function digestMailto(digest: DepartmentDigest, labels: DigestLabels): string {
  return mailtoUrl(digest.department.email, labels.subject, digestMarkdown(digest, labels));
}
