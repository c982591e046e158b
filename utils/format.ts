import { safeIntl, uiLocale } from './i18n';

// Formatters for the reader's language (uiLocale). Each falls back to a plain form rather than throw.
// An Intl formatter costs far more to build than to use (a transcript shows a timestamp per message:
// building one each time was 5 ms of the panel's first render), so each is built once per locale.

function cached<F>(build: (locale: string) => F): () => F {
  let made: { locale: string; formatter: F } | undefined;
  return () => {
    const locale = uiLocale();
    if (made?.locale !== locale) made = { locale, formatter: build(locale) };
    return made.formatter;
  };
}

const numberFormat = cached((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));
const badgeNumberFormat = cached((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false }));

/** Scores and other measures: at most one decimal, in the reader's notation (7.5, 7,5). */
export function formatNumber(value: number): string {
  return safeIntl(() => numberFormat().format(value), fallbackNumber(value));
}

/** A toolbar badge fits about four characters: 82, 7.5, 100; no grouping (1000, not 1,000). */
export function formatBadgeNumber(value: number): string {
  return safeIntl(() => badgeNumberFormat().format(value), fallbackNumber(value));
}

function fallbackNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

// Times are shown in GMT, the zone the API speaks: completed_date carries no zone of its own.
const GMT_PARTS: Intl.DateTimeFormatOptions = {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'short',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
};
const gmtFormat = cached((locale) => new Intl.DateTimeFormat(locale, GMT_PARTS));

/** An instant as "date, time GMT" in the reader's notation; undefined for no usable date. */
export function formatGmt(timestamp: number): string | undefined {
  const text = gmtDateTime(timestamp);
  return text === undefined ? undefined : `${text} GMT`;
}

function gmtDateTime(timestamp: number): string | undefined {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return undefined;
  return safeIntl(() => gmtFormat().format(date), date.toISOString().replace('T', ' ').slice(0, 19));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "Jul 05, 2025, 4:42:45 AM" as observed; the comma after the year, the seconds and AM/PM optional.
const API_DATE = /^([A-Za-z]{3})[A-Za-z]*\.? (\d{1,2}),? (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp][Mm])?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Epoch ms of the API's `completed_date`, read as GMT; undefined when it is not a shape we know.
 * ISO 8601 without a zone is GMT too, for the day the API switches to it.
 */
export function parseApiDate(raw: string): number | undefined {
  const text = raw.trim();
  const match = API_DATE.exec(text);
  if (match) {
    const [, mon, day, year, hour, minute, second, meridiem] = match;
    const month = MONTHS.indexOf(mon!.toLowerCase());
    let h = Number(hour);
    if (meridiem) {
      if (h < 1 || h > 12) return undefined;
      h = (h % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
    }
    const ms = Date.UTC(Number(year), month, Number(day), h, Number(minute), Number(second ?? 0));
    const date = new Date(ms);
    // Rejects Feb 31 and 25:00 rather than let Date roll them over into another day.
    if (month < 0 || date.getUTCDate() !== Number(day) || date.getUTCHours() !== h || Number(minute) > 59 || Number(second ?? 0) > 59) return undefined;
    return ms;
  }
  if (ISO_DATE.test(text)) {
    const ms = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}

/**
 * `completed_date` for display, without the zone (the sentence around it says GMT): formatted for
 * the reader when it parses, verbatim when it does not.
 */
export function formatApiDate(raw: string): string {
  const ms = parseApiDate(raw);
  return (ms === undefined ? undefined : gmtDateTime(ms)) ?? raw;
}

const localFormat = cached((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));

/** An instant in the reader's own time zone and notation (a share link's expiry). */
export function formatLocal(timestamp: number): string {
  const date = new Date(timestamp);
  return safeIntl(() => localFormat().format(date), date.toString());
}
