/**
 * Kinds of template a feature asks for by what the template says of itself (its tags and name,
 * fr + en): holding statements for crisis mode, apologies for the apology kit.
 */

import { fold } from '@/lib/templates/match';
import type { Template } from '@/lib/templates/model';

const HOLDING = ['crisis', 'crise', 'holding', 'attente'];
const APOLOGY = ['apolog', 'excuse', 'sorry', 'desole', 'pardon', 'regret'];

function says(template: Pick<Template, 'name' | 'tags'>, stems: readonly string[]): boolean {
  const words = fold(`${template.name} ${template.tags.join(' ')}`);
  return stems.some((stem) => words.includes(stem));
}

/** A holding statement: what to say while the facts are being checked ("crisis", "holding"…). */
export function isHoldingStatement(template: Pick<Template, 'name' | 'tags'>): boolean {
  return says(template, HOLDING);
}

/** An apology ("apology", "excuses", "sorry", "désolé"…). */
export function isApology(template: Pick<Template, 'name' | 'tags'>): boolean {
  return says(template, APOLOGY);
}
