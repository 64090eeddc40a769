/**
 * Which templates the picker shows first. The filter typed after the trigger sorts templates
 * into bands (match.ts); then the context: templates for this network and the
 * comment's language first, recent use next, and templates about what the comment asks
 * (price, delivery, refund…) boosted.
 */
import type { Network } from '@/lib/networks';
import { isHoldingStatement } from '@/lib/templates/kinds';
import { guessLanguage } from '@/lib/templates/language';
import { fold, type MatchBand, matchBand } from '@/lib/templates/match';
import type { Template } from '@/lib/templates/model';

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
export function contextScore(template: Template, ctx: RankContext, language: 'fr' | 'en' | null, topics: Set<string>) {
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
    const own = topicsIn(`${template.name} ${template.tags.join(' ')} ${template.body}`);
    for (const topic of topics) if (own.has(topic)) score += 3;
  }
  return score;
}

/**
 * Templates in the order the picker shows them. With a filter, only those that match it, by band
 * (match.ts: shortcut or name prefix, then word starts in name and tags, then close spellings);
 * within a band, this network's templates, the comment's language and recent use first. In crisis
 * mode, holding statements come before everything but an exact shortcut.
 */
export function rankTemplates(templates: readonly Template[], ctx: RankContext): Template[] {
  const language = ctx.language !== undefined ? ctx.language : guessLanguage(ctx.answeringText ?? '');
  const topics = topicsIn(ctx.answeringText ?? '');
  const query = ctx.query.trim();
  const exact = fold(query);
  return templates
    .map((template, index) => ({ template, index, band: query ? matchBand(template, query) : 0 }))
    .filter((entry): entry is { template: Template; index: number; band: MatchBand } => entry.band !== null)
    .map((entry) => ({
      ...entry,
      // An exact shortcut always comes first.
      exact: exact !== '' && fold(entry.template.shortcut) === exact ? 0 : 1,
      holding: ctx.crisis && isHoldingStatement(entry.template) ? 0 : 1,
      score: contextScore(entry.template, ctx, language, topics),
    }))
    .sort(
      (a, b) => a.exact - b.exact || a.holding - b.holding || a.band - b.band || b.score - a.score || a.index - b.index,
    )
    .map((entry) => entry.template);
}
