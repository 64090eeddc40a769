/**
 * Follower samples: what a brand account's own profile page showed, at most one per account per
 * day (no background fetching, no API). zod/mini: the content script sends one.
 */
import { z } from 'zod/mini';
import { NETWORKS } from '@/lib/networks';

const count = z.optional(z.number().check(z.int(), z.gte(0), z.lte(1e12)));

/** What the page read: the profile's handle and its counts (followers required). */
export const profileStatsSchema = z.object({
  network: z.enum(NETWORKS),
  handle: z.string().check(z.minLength(1), z.maxLength(300)),
  followers: z.number().check(z.int(), z.gte(0), z.lte(1e12)),
  following: count,
  posts: count,
  /** The profile's id when the page gives it (matched against the registered handle too). */
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
});
export type ProfileStatsSample = z.infer<typeof profileStatsSchema>;

export const followerSampleSchema = z.extend(profileStatsSchema, {
  /** The registered account's id. */
  accountId: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The local day (yyyy-MM-dd) the sample stands for. */
  day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  at: z.number(),
});
export type FollowerSample = z.infer<typeof followerSampleSchema>;

/** Stored samples, each checked alone. */
export function parseSamples(value: unknown): FollowerSample[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = followerSampleSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Adds the sample unless that account already has one for that day. */
export function addSample(
  samples: readonly FollowerSample[],
  sample: FollowerSample,
): { samples: FollowerSample[]; recorded: boolean } {
  if (samples.some((each) => each.accountId === sample.accountId && each.day === sample.day)) {
    return { samples: [...samples], recorded: false };
  }
  return { samples: [...samples, sample].sort((a, b) => a.at - b.at), recorded: true };
}
