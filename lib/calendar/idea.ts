/**
 * Content ideas: a post, a page or a selection the user saved to publish about later. An idea is
 * a calendar entry with status `idea` and its source (link, quoted text, author, network); it is
 * turned into a planned post with per-network variants in the entry editor.
 */
import type { CalendarEntry, EntryInput } from '@/lib/calendar/entry';
import type { IdeaSource } from '@/lib/calendar/idea-source';
import { addDays, dateIn, toLocal, toUtc } from '@/lib/calendar/time';
import type { Network } from '@/lib/networks';
import { foldText } from '@/lib/text/fold';

const TITLE_WORDS = 12;

/** A short title from the source: the first words of the quote, else the page's title, else the address. */
export function ideaTitle(source: IdeaSource): string {
  const words = source.quote.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length > 0) {
    const head = words.slice(0, TITLE_WORDS).join(' ');
    return (words.length > TITLE_WORDS ? `${head}…` : head).slice(0, 300);
  }
  if (source.pageTitle.trim()) return source.pageTitle.trim().slice(0, 300);
  try {
    const url = new URL(source.url);
    return `${url.hostname}${url.pathname === '/' ? '' : url.pathname}`.slice(0, 300);
  } catch {
    return '…';
  }
}

/**
 * The calendar entry an idea makes: dated the day it was saved (ideas are listed apart, never
 * planned until the user plans them), on the source's network when it has one.
 */
export function ideaEntry(source: IdeaSource, now: number, zone: string): EntryInput {
  return {
    title: ideaTitle(source),
    text: '',
    networks: source.network ? [source.network] : [],
    variants: {},
    localDateTime: toLocal(now, zone),
    timeZone: zone,
    status: 'idea',
    labels: [],
    source,
  };
}

/**
 * The entry editor's starting point to plan an idea: a draft at the given time, the same networks,
 * the source kept (the editor shows it, the variants start from the base text).
 */
export function planFromIdea(idea: CalendarEntry, localDateTime: string): EntryInput {
  return {
    id: idea.id,
    title: idea.title,
    text: idea.text,
    networks: idea.networks,
    variants: idea.variants,
    localDateTime,
    timeZone: idea.timeZone,
    status: 'draft',
    labels: idea.labels,
    campaign: idea.campaign,
    notes: idea.notes,
    source: idea.source,
  };
}

/**
 * When a planned idea goes out by default: the next time the day's first posting window opens
 * (`start`, "HH:MM" in the idea's zone) — today if it is still ahead, else tomorrow, never in the past.
 */
export function nextPlanSlot(start: string, zone: string, now: number): string {
  const time = start === '24:00' ? '23:59' : start;
  const today = `${dateIn(now, zone)}T${time}`;
  return toUtc(today, zone) > now ? today : `${addDays(dateIn(now, zone), 1)}T${time}`;
}

/** The ideas a search (words of the title, quote, author, link, notes) and a network keep, newest first. */
export function filterIdeas(ideas: readonly CalendarEntry[], search: string, network: Network | ''): CalendarEntry[] {
  const terms = foldText(search).split(/\s+/).filter(Boolean);
  return ideas
    .filter((idea) => idea.status === 'idea')
    .filter((idea) => !network || idea.networks.includes(network) || idea.source?.network === network)
    .filter((idea) => {
      if (terms.length === 0) return true;
      const { source } = idea;
      const haystack = foldText(
        [idea.title, idea.text, idea.notes, source?.quote, source?.author, source?.url, source?.pageTitle].join('\n'),
      );
      return terms.every((term) => haystack.includes(term));
    })
    .sort((a, b) => b.createdAt - a.createdAt);
}

/** The day an idea was saved, in its zone (for the list). */
export const ideaDay = (idea: CalendarEntry) => dateIn(idea.createdAt, idea.timeZone);
