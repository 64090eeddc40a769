/**
 * VTIMEZONE components (RFC 5545 §3.6.5) built from the IANA database through luxon, so an
 * exported event with `DTSTART;TZID=Europe/Paris` carries its own zone rules: Outlook and older
 * clients that do not know IANA names still place it right.
 */
import ICAL from 'ical.js';
import { DateTime } from 'luxon';

const DAY = 86_400_000;

/** Instants where the zone's offset changes in [from, to), found by daily steps then bisection. */
export function offsetTransitions(zone: string, from: number, to: number): number[] {
  const offsetAt = (ms: number) => DateTime.fromMillis(ms, { zone }).offset;
  const found: number[] = [];
  for (let t = from; t < to; t += DAY) {
    const next = Math.min(t + DAY, to);
    if (offsetAt(t) === offsetAt(next)) continue;
    let low = t;
    let high = next;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 2);
      if (offsetAt(middle) === offsetAt(low)) low = middle;
      else high = middle;
    }
    // Zones change on whole minutes: the minute that holds the change is the transition.
    const minute = Math.floor(high / 60_000) * 60_000;
    found.push(minute > low && offsetAt(minute) !== offsetAt(low) ? minute : minute + 60_000);
  }
  return found;
}

const offsetText = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};

const localTime = (ms: number, offsetMinutes: number) => {
  const d = DateTime.fromMillis(ms + offsetMinutes * 60_000, { zone: 'UTC' });
  return ICAL.Time.fromData({ year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute, second: 0 });
};

function observance(kind: 'standard' | 'daylight', onset: ICAL.Time, from: number, to: number): ICAL.Component {
  const component = new ICAL.Component(kind);
  component.addPropertyWithValue('dtstart', onset);
  component.addPropertyWithValue('tzoffsetfrom', offsetText(from));
  component.addPropertyWithValue('tzoffsetto', offsetText(to));
  return component;
}

/** A VTIMEZONE for `zone` with every transition between `from` and `to` (UTC ms), as dated observances. */
export function buildVTimezone(zone: string, from: number, to: number): ICAL.Component {
  const vtimezone = new ICAL.Component('vtimezone');
  vtimezone.addPropertyWithValue('tzid', zone);
  const first = DateTime.fromMillis(from, { zone });
  // The offset in force from the start of the range.
  vtimezone.addSubcomponent(
    observance(first.isInDST ? 'daylight' : 'standard', localTime(from, first.offset), first.offset, first.offset),
  );
  for (const at of offsetTransitions(zone, from, to)) {
    const before = DateTime.fromMillis(at - 60_000, { zone }).offset;
    const after = DateTime.fromMillis(at, { zone });
    vtimezone.addSubcomponent(
      observance(after.isInDST ? 'daylight' : 'standard', localTime(at, before), before, after.offset),
    );
  }
  return vtimezone;
}
