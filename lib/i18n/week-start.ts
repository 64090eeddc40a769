import type { Locale } from '@/lib/i18n/format';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

interface WeekInfo {
  firstDay: number;
}
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/**
 * Regions whose week starts on Sunday or Saturday (CLDR's weekData), for engines without
 * Intl.Locale#getWeekInfo (Firefox before 145, Node 20). Every other region starts on Monday.
 */
const SUNDAY_REGIONS = new Set(
  'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
    ' ',
  ),
);
const SATURDAY_REGIONS = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

/** The first day of the week where `localeTag` is spoken (e.g. Monday for fr, Sunday for en-US). */
export function firstDayOfWeek(localeTag: string): IsoWeekday {
  let locale: LocaleWithWeekInfo;
  try {
    locale = new Intl.Locale(localeTag).maximize() as LocaleWithWeekInfo;
  } catch {
    return 1;
  }
  const info = locale.getWeekInfo?.() ?? locale.weekInfo;
  if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay as IsoWeekday;
  const region = locale.region ?? '';
  if (SUNDAY_REGIONS.has(region)) return 7;
  if (SATURDAY_REGIONS.has(region)) return 6;
  return 1;
}

/**
 * The locale whose weeks the UI follows: the browser's own (en-GB, fr-CA…) when it speaks the UI
 * language, otherwise the UI language alone (en → en-US, fr → fr-FR once maximized).
 */
export function weekLocale(uiLocale: Locale, browserLanguage: string): string {
  return browserLanguage.toLowerCase().split('-')[0] === uiLocale ? browserLanguage : uiLocale;
}
