import type { MessageKey } from '@/lib/i18n';
import type { PersonTag } from '@/lib/people/person';

export const PERSON_TAG_LABELS: Record<PersonTag, MessageKey> = {
  customer: 'people_tagCustomer',
  vip: 'people_tagVip',
  partner: 'people_tagPartner',
  journalist: 'people_tagJournalist',
  competitor: 'people_tagCompetitor',
  influencer: 'people_tagInfluencer',
};
