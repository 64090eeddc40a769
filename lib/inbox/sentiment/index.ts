/**
 * Sentiment suggestion for a captured post: positive, neutral, negative, question or complaint,
 * from the local fr + en lexicon (nothing leaves the browser). Only a suggestion: the user's
 * correction always wins (InboxItem.sentimentSource).
 */

import { COMPLAINT_MARKERS, EMOJI_VALENCE, NEGATORS, QUESTION_STARTERS, VALENCE } from '@/lib/inbox/sentiment/lexicon';
import { foldText } from '@/lib/text/fold';

/** The sentiments an inbox item can carry (suggested by the lexicon, or set by the user). */
export const SENTIMENTS = ['positive', 'neutral', 'negative', 'question', 'complaint'] as const;

export type Sentiment = (typeof SENTIMENTS)[number];

export interface SentimentSuggestion {
  sentiment: Sentiment;
  /** Sum of word and emoji valences after negation. */
  score: number;
  complaint: boolean;
  question: boolean;
}

const WORD = /[\p{L}\p{N}'’_-]+/gu;

/** Words in folded form; French elisions ("l'", "j'", "n'") are split off. */
export function tokenize(text: string): string[] {
  const folded = foldText(text).replace(/’/g, "'");
  return (folded.match(WORD) ?? []).flatMap((token) => {
    const elided = /^(?:[ldjnmtsc]|qu)'(.+)$/.exec(token);
    return elided?.[1] ? [elided[1]] : [token];
  });
}

function valence(word: string): number {
  return VALENCE[word] ?? 0;
}

function markerMatches(folded: string, marker: string): boolean {
  if (marker.endsWith('*')) return new RegExp(`\\b${marker.slice(0, -1)}`).test(folded);
  return new RegExp(`\\b${marker}\\b`).test(folded);
}

/** Scores a text: word valences (negated after "pas", "not"…) plus emoji. */
export function scoreText(text: string): number {
  const words = tokenize(text);
  let score = 0;
  words.forEach((word, index) => {
    const value = valence(word);
    if (value === 0) return;
    const negated = [words[index - 1], words[index - 2]].some((before) => before !== undefined && NEGATORS.has(before));
    score += negated ? -value : value;
  });
  for (const [emoji, value] of Object.entries(EMOJI_VALENCE)) {
    if (text.includes(emoji)) score += value;
  }
  return score;
}

/**
 * Complaint first (it needs an answer and a follow-up), then question, then the tone.
 * A complaint marker in a clearly positive text ("refund was quick, thanks!") is not a complaint.
 */
export function suggestSentiment(text: string): SentimentSuggestion {
  const folded = foldText(text).replace(/’/g, "'");
  const score = scoreText(text);
  const complaint = score < 2 && COMPLAINT_MARKERS.some((marker) => markerMatches(folded, marker));
  const question =
    /[?？]/.test(text) ||
    folded
      .split(/[.!\n]+/)
      .some((sentence) => QUESTION_STARTERS.some((starter) => sentence.trim().startsWith(`${starter} `)));
  const sentiment: Sentiment = complaint
    ? 'complaint'
    : question
      ? 'question'
      : score >= 1
        ? 'positive'
        : score <= -1
          ? 'negative'
          : 'neutral';
  return { sentiment, score, complaint, question };
}
