/** Follower samples in a versioned storage item, written by the background only. */
import { storage } from '@wxt-dev/storage';
import { type FollowerSample, parseSamples } from '@/lib/growth/samples';

export const followerSamplesItem = storage.defineItem<unknown[]>('local:followerSamples', {
  fallback: [],
  version: 1,
});

export async function readSamples(): Promise<FollowerSample[]> {
  return parseSamples(await followerSamplesItem.getValue());
}

export async function writeSamples(samples: readonly FollowerSample[]): Promise<void> {
  await followerSamplesItem.setValue(parseSamples(samples));
}

export function watchSamples(callback: (samples: FollowerSample[]) => void): () => void {
  return followerSamplesItem.watch((value) => callback(parseSamples(value)));
}
