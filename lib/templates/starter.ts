/**
 * The starter library installed on first run, in French and English, written for community
 * managers' everyday answers. Stable ids: seeding twice never duplicates, and users may edit or
 * delete any of them.
 */
import type { Template, TemplateDraft } from '@/lib/templates/model';

type Starter = TemplateDraft & { id: string };

export const STARTER_DRAFTS: readonly Starter[] = [
  {
    id: 'starter-thanks-fr',
    name: 'Remerciement',
    shortcut: 'merci',
    tags: ['merci'],
    networks: [],
    language: 'fr',
    body: "Merci beaucoup {author.firstName} pour votre message ! Toute l'équipe {brand} est ravie que cela vous plaise. {cursor}",
  },
  {
    id: 'starter-thanks-en',
    name: 'Thank you',
    shortcut: 'thanks',
    tags: ['thanks'],
    networks: [],
    language: 'en',
    body: 'Thank you so much {author.firstName}! The whole {brand} team is glad you enjoyed it. {cursor}',
  },
  {
    id: 'starter-apology-fr',
    name: 'Excuses et passage en privé',
    shortcut: 'excuses',
    tags: ['service client', 'problème'],
    networks: [],
    language: 'fr',
    body: 'Bonjour {author.firstName}, nous sommes sincèrement désolés pour ce désagrément. Pour regarder votre situation de près, pouvez-vous nous écrire en message privé avec votre numéro de commande et vos coordonnées ? Nous revenons vers vous très vite. — L’équipe {brand}',
  },
  {
    id: 'starter-apology-en',
    name: 'Apology and move to DMs',
    shortcut: 'sorry',
    tags: ['customer care', 'problem'],
    networks: [],
    language: 'en',
    body: "Hi {author.firstName}, we're really sorry about this. So we can look into it properly, could you send us a private message with your order number and contact details? We'll get back to you shortly. — The {brand} team",
  },
  {
    id: 'starter-price-fr',
    name: 'Prix et livraison',
    shortcut: 'prix',
    tags: ['prix', 'livraison'],
    networks: [],
    language: 'fr',
    body: 'Bonjour {author.firstName}, merci pour votre question ! Le prix est de {field:Prix} et la livraison prend {field:Délai de livraison}. Pour une commande en particulier, écrivez-nous en message privé et nous vérifions pour vous. {cursor}',
  },
  {
    id: 'starter-price-en',
    name: 'Price and delivery',
    shortcut: 'price',
    tags: ['price', 'delivery'],
    networks: [],
    language: 'en',
    body: 'Hi {author.firstName}, thanks for asking! It costs {field:Price} and delivery takes {field:Delivery time}. For a specific order, send us a private message and we will check it for you. {cursor}',
  },
  {
    id: 'starter-holding-fr',
    name: "Message d'attente (fil tendu)",
    shortcut: 'attente',
    tags: ['crise'],
    networks: [],
    language: 'fr',
    body: 'Merci à toutes et à tous pour vos messages. Nous avons bien pris connaissance de la situation et la prenons très au sérieux. Nous faisons le point avec nos équipes et reviendrons vers vous ici même dès que possible. Si vous êtes personnellement concerné·e, écrivez-nous en message privé. — {brand}',
  },
  {
    id: 'starter-holding-en',
    name: 'Holding statement (heated thread)',
    shortcut: 'holding',
    tags: ['crisis'],
    networks: [],
    language: 'en',
    body: 'Thank you all for your messages. We have seen what is happening and we take it very seriously. We are looking into it with our teams and will update you here as soon as we can. If you are personally affected, please send us a private message. — {brand}',
  },
  {
    id: 'starter-welcome-fr',
    name: 'Bienvenue à un nouvel abonné',
    shortcut: 'bienvenue',
    tags: ['communauté'],
    networks: [],
    language: 'fr',
    body: 'Bienvenue {author.firstName} et merci de nous suivre ! Ravis de vous compter dans la communauté {brand}. Dites-nous ce que vous aimeriez voir ici. {cursor}',
  },
  {
    id: 'starter-welcome-en',
    name: 'Welcome a new follower',
    shortcut: 'welcome',
    tags: ['community'],
    networks: [],
    language: 'en',
    body: "Welcome {author.firstName}, and thanks for following! Great to have you in the {brand} community. Tell us what you'd like to see here. {cursor}",
  },
  {
    id: 'starter-event-fr',
    name: 'Invitation à un événement',
    shortcut: 'evenement',
    tags: ['événement'],
    networks: [],
    language: 'fr',
    body: 'Bonjour {author.firstName}, nous serions ravis de vous retrouver à {field:Événement} le {field:Date de l’événement} ! Toutes les infos et l’inscription ici : {field:Lien}. À très vite ! — L’équipe {brand}',
  },
  {
    id: 'starter-event-en',
    name: 'Event invitation',
    shortcut: 'event',
    tags: ['event'],
    networks: [],
    language: 'en',
    body: "Hi {author.firstName}, we'd love to see you at {field:Event} on {field:Event date}! All the details and registration here: {field:Link}. See you soon! — The {brand} team",
  },
];

/** The starter templates as stored, dated `now`. */
export function starterTemplates(now: number): Template[] {
  return STARTER_DRAFTS.map((draft) => ({ ...draft, useCount: 0, lastUsedAt: null, createdAt: now, updatedAt: now }));
}
