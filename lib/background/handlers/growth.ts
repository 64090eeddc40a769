import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { serialize } from '@/lib/background/one-writer';
import { readCalendarSettings } from '@/lib/calendar/settings-store';
import { dateIn, systemZone } from '@/lib/calendar/time';
import { addSample } from '@/lib/growth/samples';
import { readSamples, writeSamples } from '@/lib/growth/store';
import { findRegistered } from '@/lib/guard/handles';
import { readAccounts } from '@/lib/guard/store';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import type { growthMessages } from '@/lib/messaging/messages/growth';

/** Follower samples: the background checks the account is a registered brand one and keeps one a day. */
export function growthHandlers(deps: ServiceDeps): FeatureHandlers<typeof growthMessages> {
  return {
    async recordFollowerSample(stats) {
      const account = findRegistered(await readAccounts(), stats.network, {
        handle: stats.handle,
        ...(stats.id ? { id: stats.id } : {}),
      });
      if (account?.role !== 'brand') return { recorded: false, reason: 'not-brand' as const };
      const now = deps.now();
      const { defaultTimeZone } = await readCalendarSettings();
      const day = dateIn(now, defaultTimeZone || systemZone());
      return serialize('followerSamples', async () => {
        const { samples, recorded } = addSample(await readSamples(), { ...stats, accountId: account.id, day, at: now });
        if (!recorded) return { recorded: false, reason: 'already-today' as const };
        await writeSamples(samples);
        return { recorded: true, reason: 'recorded' as const };
      });
    },
    async growthData() {
      const [accounts, samples] = await Promise.all([readAccounts(), readSamples()]);
      return { accounts: accounts.filter((account) => account.role === 'brand'), samples };
    },
  };
}
