/**
 * "Take it private": the invitation to continue in private messages, rendered for one inbox item.
 * The user's own template wins when one is tagged for it; otherwise the starter apology that asks
 * for a private message, in the language of the comment.
 */
import type { InboxItem } from '@/lib/inbox/item';
import { guessLanguage } from '@/lib/templates/language';
import type { Template } from '@/lib/templates/model';
import { renderTemplate } from '@/lib/templates/variables';

const PRIVATE_TAGS = ['privé', 'prive', 'private', 'dm', 'mp'];

/** The template to use for this item, or undefined when the library has none that fits. */
export function privateInvitationTemplate(templates: readonly Template[], item: InboxItem): Template | undefined {
  const language = guessLanguage(item.text) ?? 'fr';
  const fits = (template: Template) => template.language === language || template.language === 'any';
  const tagged = templates.filter((template) => template.tags.some((tag) => PRIVATE_TAGS.includes(tag.toLowerCase())));
  return (
    tagged.find(fits) ??
    tagged[0] ??
    templates.find((template) => template.id === `starter-apology-${language}`) ??
    templates.find((template) => template.id.startsWith('starter-apology-'))
  );
}

/** The invitation's text for the item, with the author's name, the brand and the link filled in. */
export function renderPrivateInvitation(
  template: Template,
  item: InboxItem,
  brand: string,
  now: Date,
  locale: string,
): string {
  return renderTemplate(template.body, {
    author: { name: item.authorName, handle: item.authorHandle },
    me: item.capturedAs ? { handle: item.capturedAs } : null,
    brand,
    network: item.network,
    postLink: item.permalink,
    now,
    locale,
  }).text;
}
