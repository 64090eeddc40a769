/**
 * Which templates the picker shows first. The filter typed after the trigger sorts templates
 * into bands (match.ts); then the context: templates for this network and the
 * comment's language first, recent use next, and templates about what the comment asks
 * (price, delivery, refund…) boosted.
 */
import type { Network } from '@/lib/networks';
import { isHoldingStatement } from '@/lib/templates/kinds';
import { guessLanguage } from '@/lib/templates/language';
import type { Template } from '@/lib/templates/model';
import { filterIndexed } from '@/lib/templates/search-index';

export interface RankContext {
  query: string;
  network?: Network;
  /** The text of the post or comment being answered, when known. */
  answeringText?: string;
  /** Overrides the guess from answeringText. */
  language?: 'fr' | 'en' | null;
  now: number;
  /** Crisis mode is on: holding statements come first. */
  crisis?: boolean;
}

/**
 * Topics a comment can be about, each with the words (fr + en) that reveal it, in the comment
 * and in a template. Stems: "livr" matches livraison, livré, livrer.
 */
export const TOPICS: Record<string, readonly string[]> = {
  price: ['prix', 'tarif', 'coût', 'cout', 'combien', 'price', 'pricing', 'cost', 'how much', '€', '$'],
  delivery: ['livr', 'colis', 'expédi', 'expedi', 'deliver', 'shipping', 'shipped', 'parcel', 'tracking', 'suivi'],
  refund: ['rembours', 'refund', 'money back', 'retour', 'return'],
  order: ['commande', 'order'],
  event: ['événement', 'evenement', 'event', 'webinar', 'salon', 'inscription', 'register'],
  problem: [
    'problem',
    'désagrément',
    'sorry',
    'désolé',
    'desole',
    'problème',
    'probleme',
    'bug',
    'panne',
    'cassé',
    'casse',
    'broken',
    'issue',
    'déçu',
    'decu',
    'disappointed',
    'arnaque',
    'scam',
  ],
};

/** A template's own topics, read once per template object (the picker ranks on every keystroke). */
const templateTopics = new WeakMap<Template, Set<string>>();

function topicsOf(template: Template): Set<string> {
  let found = templateTopics.get(template);
  if (!found) {
    found = topicsIn(`${template.name} ${template.tags.join(' ')} ${template.body}`);
    templateTopics.set(template, found);
  }
  return found;
}

function topicsIn(text: string): Set<string> {
  const lower = text.toLowerCase();
  const found = new Set<string>();
  for (const [topic, words] of Object.entries(TOPICS)) {
    if (words.some((word) => lower.includes(word))) found.add(topic);
  }
  return found;
}

const DAY = 86_400_000;

/** The context part of a template's score: higher is better. */
export function contextScore(
  template: Template,
  ctx: Omit<RankContext, 'query'>,
  language: 'fr' | 'en' | null,
  topics: Set<string>,
) {
  let score = 0;
  if (ctx.network) {
    if (template.networks.includes(ctx.network)) score += 2;
    else if (template.networks.length === 0) score += 1;
    else score -= 3;
  }
  if (language) {
    if (template.language === language) score += 2;
    else if (template.language === 'any') score += 1;
    else score -= 1;
  }
  if (template.lastUsedAt !== null) score += 1.5 * Math.exp(-Math.max(0, ctx.now - template.lastUsedAt) / (14 * DAY));
  score += Math.min(template.useCount, 50) / 100;
  if (topics.size > 0) {
    const own = topicsOf(template);
    for (const topic of topics) if (own.has(topic)) score += 3;
  }
  return score;
}

/**
 * Templates in the order the picker shows them. With a filter, only those that match it, by band
 * (match.ts: shortcut or name prefix, then word starts in name and tags, then close spellings);
 * within a band, this network's templates, the comment's language and recent use first. In crisis
 * mode, holding statements come first in the context order (so first of all, or of their band).
 */
export function rankTemplates(templates: readonly Template[], ctx: RankContext): Template[] {
  return filterRanked(rankByContext(templates, ctx), ctx.query);
}

/**
 * Every template in context order (holding statements first in crisis mode, then network,
 * language, recent use, topics): once per picker opening.
 */
export function rankByContext(templates: readonly Template[], ctx: Omit<RankContext, 'query'>): Template[] {
  const language = ctx.language !== undefined ? ctx.language : guessLanguage(ctx.answeringText ?? '');
  const topics = topicsIn(ctx.answeringText ?? '');
  return templates
    .map((template, index) => ({
      template,
      index,
      holding: ctx.crisis && isHoldingStatement(template) ? 0 : 1,
      score: contextScore(template, ctx, language, topics),
    }))
    .sort((a, b) => a.holding - b.holding || b.score - a.score || a.index - b.index)
    .map((entry) => entry.template);
}

/**
 * Templates in context order narrowed by the filter: an exact shortcut first, then by band
 * (match.ts), the context order kept within each, so each keystroke only matches
 * (search-index.ts: the words of the library compared once, the bands filled in one pass).
 */
export function filterRanked(ordered: readonly Template[], filter: string): Template[] {
  return filterIndexed(ordered, filter);
}
