/**
 * Feedback to the other departments: which department an inbox item concerns (its tags and
 * opinion-map topics mapped in Settings), the e-mail draft that forwards one item, and the
 * digest of a period for one department. Drafts are `mailto:` links: the user's own mail client
 * sends them, nothing leaves through us.
 */
import type { InboxItem } from '@/lib/inbox/item';
import { buildOpinionMap, type OpinionMap, topicTerms } from '@/lib/inbox/opinion-map';
import { NETWORK_NAMES } from '@/lib/networks';
import type { Department } from '@/lib/reports/settings';

/** The topics of an item: its tags and its meaningful words, lower case. */
export function itemTopics(item: Pick<InboxItem, 'tags' | 'text'>): Set<string> {
  return new Set([...item.tags.map((tag) => tag.toLowerCase()), ...topicTerms(item.text)]);
}

/** The departments an item concerns, in the order of the settings. */
export function departmentsFor(
  item: Pick<InboxItem, 'tags' | 'text'>,
  departments: readonly Department[],
): Department[] {
  const topics = itemTopics(item);
  return departments.filter((department) => department.topics.some((topic) => topics.has(topic)));
}

/** A `mailto:` URL; the body is plain text. Mail clients cut very long links, so the body is bounded. */
export function mailtoUrl(to: string, subject: string, body: string, maxBody = 1800): string {
  const bounded = body.length > maxBody ? `${body.slice(0, maxBody - 1)}…` : body;
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(bounded)}`;
}

/** The labels a draft needs, in the UI language. */
export interface ForwardLabels {
  subject: (author: string, network: string) => string;
  author: string;
  network: string;
  link: string;
  note: string;
  captured: string;
}

/** The e-mail draft that forwards one item: its text, author, network, link and the CM's note. */
export function forwardDraft(
  item: InboxItem,
  department: Department,
  note: string,
  labels: ForwardLabels,
  formatDate: (at: number) => string,
): string {
  const network = NETWORK_NAMES[item.network];
  const lines = [
    item.text,
    '',
    `${labels.author}: ${item.authorName}${item.authorHandle ? ` (${item.authorHandle})` : ''}`,
    `${labels.network}: ${network}`,
    `${labels.captured}: ${formatDate(item.capturedAt)}`,
    `${labels.link}: ${item.permalink}`,
  ];
  if (note.trim()) lines.push('', `${labels.note}:`, note.trim());
  return mailtoUrl(department.email, labels.subject(item.authorName || item.authorHandle, network), lines.join('\n'));
}

export interface DepartmentDigest {
  department: Department;
  total: number;
  map: OpinionMap;
  /** The items that carry the department's most talked-about topics, negative first. */
  representative: InboxItem[];
}

/**
 * The digest of one department for items captured in [from, to): counts by topic and sentiment
 * over its items, and up to `limit` representative items. An item's weight is how many of the
 * department's items share its department topics; negative and complaint items come first,
 * then the heaviest, then the newest.
 */
export function departmentDigest(
  items: readonly InboxItem[],
  department: Department,
  range: { from: number; to: number },
  limit = 5,
): DepartmentDigest {
  const mine = items.filter(
    (item) =>
      item.capturedAt >= range.from && item.capturedAt < range.to && departmentsFor(item, [department]).length > 0,
  );
  const map = buildOpinionMap(mine, { ...range, limit: 10, minCount: 1 });
  const frequency = new Map<string, number>();
  const own = (item: InboxItem) => [...itemTopics(item)].filter((topic) => department.topics.includes(topic));
  for (const item of mine) for (const topic of own(item)) frequency.set(topic, (frequency.get(topic) ?? 0) + 1);
  const weight = (item: InboxItem) => own(item).reduce((sum, topic) => sum + (frequency.get(topic) ?? 0), 0);
  const negative = (item: InboxItem) => (item.sentiment === 'negative' || item.sentiment === 'complaint' ? 1 : 0);
  const representative = [...mine]
    .sort((a, b) => negative(b) - negative(a) || weight(b) - weight(a) || b.capturedAt - a.capturedAt)
    .slice(0, limit);
  return { department, total: mine.length, map, representative };
}
