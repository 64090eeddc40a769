/**
 * The first day of the week in the UI language: Monday in France, Sunday in the United States.
 * `Intl.Locale#getWeekInfo` (or the older `weekInfo` getter) where the engine has it, else a table
 * of the regions whose week does not start on Monday (CLDR's `firstDay` data).
 */

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const SUNDAY_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'BR',
  'JP',
  'KR',
  'CN',
  'TW',
  'HK',
  'IL',
  'IN',
  'PH',
  'ZA',
  'AU',
  'SA',
  'PE',
  'CO',
  'VE',
  'GT',
  'HN',
  'NI',
  'PA',
  'PR',
  'DO',
  'SV',
  'JM',
  'KE',
  'ZW',
  'TH',
  'ID',
  'SG',
  'PK',
  'BD',
  'NP',
]);
const SATURDAY_REGIONS = new Set([
  'AE',
  'AF',
  'BH',
  'DJ',
  'DZ',
  'EG',
  'IQ',
  'IR',
  'JO',
  'KW',
  'LY',
  'OM',
  'QA',
  'SD',
  'SY',
]);
/** A language alone ("en", "fr") stands for its most common region. */
const DEFAULT_REGION: Record<string, string> = {
  en: 'US',
  fr: 'FR',
  es: 'ES',
  pt: 'BR',
  de: 'DE',
  ar: 'EG',
  he: 'IL',
  ja: 'JP',
};

interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

function fromIntl(locale: string): IsoWeekday | null {
  try {
    const value = new Intl.Locale(locale) as Intl.Locale & WeekInfoLocale;
    const first = value.getWeekInfo?.().firstDay ?? value.weekInfo?.firstDay;
    return first && first >= 1 && first <= 7 ? (first as IsoWeekday) : null;
  } catch {
    return null;
  }
}

/** The table's answer, for engines without week data (and for the tests). */
export function weekStartFromTable(locale: string): IsoWeekday {
  let region = '';
  try {
    const parsed = new Intl.Locale(locale);
    region = parsed.region ?? DEFAULT_REGION[parsed.language] ?? '';
  } catch {
    region = '';
  }
  if (SUNDAY_REGIONS.has(region)) return 7;
  if (SATURDAY_REGIONS.has(region)) return 6;
  return 1;
}

/**
 * The weekday a week starts on for a locale. A bare language gets its usual region first, so
 * "en" behaves as en-US and "fr" as fr-FR.
 */
export function weekStartOf(locale: string): IsoWeekday {
  let tag = locale;
  try {
    const parsed = new Intl.Locale(locale);
    const region = parsed.region ?? DEFAULT_REGION[parsed.language];
    if (!parsed.region && region) tag = `${parsed.language}-${region}`;
  } catch {
    return 1;
  }
  return fromIntl(tag) ?? weekStartFromTable(tag);
}
