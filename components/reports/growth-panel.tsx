import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useAppState } from '@/components/state/app-state';
import { addDays, startOfWeek } from '@/lib/calendar/time';
import { gainBetween, seriesOf, weeklyGrowth } from '@/lib/growth/growth';
import type { FollowerSample } from '@/lib/growth/samples';
import { watchSamples } from '@/lib/growth/store';
import type { RegisteredAccount } from '@/lib/guard/accounts';
import { displayHandle } from '@/lib/guard/handles';
import { sendToBackground } from '@/lib/messaging/client';
import { NETWORK_NAMES } from '@/lib/networks';

const WEEKS = 6;

/**
 * Reports → Followers: per brand account, the followers its own profile page showed (one sample
 * a day, when the user visits it), the gain over the report's period and per week.
 */
export function GrowthPanel({ period }: { period: { first: string; last: string } }) {
  const { t, locale, weekStart } = useAppState();
  const data = useSignal<{ accounts: RegisteredAccount[]; samples: FollowerSample[] } | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      sendToBackground('growthData', {}).then((value) => {
        if (live) data.value = value as { accounts: RegisteredAccount[]; samples: FollowerSample[] };
      });
    void load();
    const stop = watchSamples(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, []);
  const number = new Intl.NumberFormat(locale.value);
  const signed = new Intl.NumberFormat(locale.value, { signDisplay: 'exceptZero' });
  const show = (value: number | null, format = number) => (value === null ? '–' : format.format(value));
  const lastWeek = startOfWeek(period.last, weekStart.value);
  const weeks = Array.from({ length: WEEKS }, (_, index) => addDays(lastWeek, -7 * (WEEKS - 1 - index)));
  const accounts = data.value?.accounts ?? [];
  return (
    <section aria-labelledby="growth-heading" class="growth-panel">
      <h2 id="growth-heading">{t('growth_heading')}</h2>
      {data.value && accounts.length === 0 && <p class="muted">{t('growth_noBrand')}</p>}
      {accounts.map((account) => {
        const series = seriesOf(data.value?.samples ?? [], account.id);
        const latest = series.at(-1);
        const label = `${NETWORK_NAMES[account.network]} ${displayHandle(account.handle)}`;
        return (
          <div key={account.id} class="growth-account">
            <h3>{label}</h3>
            {latest ? (
              <>
                <p>
                  {t('growth_latest', [number.format(latest.followers), latest.day])} ·{' '}
                  {t('growth_periodGain', [show(gainBetween(series, period.first, period.last), signed)])}
                </p>
                <table>
                  <caption class="visually-hidden">{t('growth_weeksCaption', [label])}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('growth_week')}</th>
                      <th scope="col">{t('growth_followers')}</th>
                      <th scope="col">{t('growth_gain')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {weeklyGrowth(series, weeks).map((week) => (
                      <tr key={week.week}>
                        <th scope="row">{week.week}</th>
                        <td>{show(week.followers)}</td>
                        <td>{show(week.gain, signed)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            ) : (
              <p class="muted">{t('growth_noSample')}</p>
            )}
          </div>
        );
      })}
    </section>
  );
}
