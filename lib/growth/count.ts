/**
 * Reads a follower count as the networks print it, in any of their languages: "12.3K", "1,2 k",
 * "1 234 abonnés", "1.2M", "12,345 followers", "3,4 M", "1.234 Follower", "2 Mio.". Null when the
 * text holds no count (never zero for "not found").
 */
const NUMBER = /(\d[\d\s\u00a0\u202f.,']*)\s*(k|m|b|md|mio|mrd|mn|tsd|mil)?(?![\p{L}])/iu;

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  tsd: 1e3,
  mil: 1e3,
  m: 1e6,
  mio: 1e6,
  mn: 1e6,
  b: 1e9,
  md: 1e9,
  mrd: 1e9,
};

export function parseCount(text: string): number | null {
  const match = NUMBER.exec(text.replace(/[\u2009]/g, ' '));
  if (!match?.[1]) return null;
  const digits = match[1].replace(/[\s\u00a0\u202f']+$/u, '').replace(/[.,]$/, '');
  const suffix = match[2]?.toLowerCase();
  if (suffix) {
    // "12.3K", "1,2 k": one decimal separator, either mark.
    const value = Number.parseFloat(digits.replace(/[\s\u00a0\u202f']/gu, '').replace(',', '.'));
    return Number.isFinite(value) ? Math.round(value * (MULTIPLIERS[suffix] ?? 1)) : null;
  }
  // No suffix: every separator followed by exactly three digits groups thousands ("1 234", "12,345", "1.234").
  const groups = digits.split(/[\s\u00a0\u202f.,']/u);
  const [head, ...rest] = groups;
  if (!head || rest.some((group) => group.length !== 3)) return rest.length === 0 ? Number(head) : null;
  return Number(groups.join(''));
}
