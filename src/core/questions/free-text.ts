/**
 * Typed answers (fill-in-the-blank): a lenient but exact comparison, and a
 * hand-written parser for dates written in English, Korean, Japanese or ISO.
 * Pure (no DOM, no dependencies, no eval): runs in Node and in browsers under a
 * strict Content-Security-Policy.
 *
 * What counts as the same answer, after Unicode compatibility normalisation
 * (NFKC: full-width and half-width forms are equal) and ignoring case:
 * - spaces anywhere, and the separators `・` and `·`, are ignored;
 * - a hyphen, a space and nothing are equal ("dual-use" = "dual use" = "dualuse"),
 *   and every dash-like character is a hyphen; the long-vowel mark `ー` is a dash
 *   only between Latin letters or digits ("G ー7"), never inside a katakana word;
 * - punctuation and quotes around the answer are ignored;
 * - a comma or period grouping thousands ("1,138", "1.138") and a period after a
 *   letter ("U.S.") are ignored; a decimal point is not ("1.5" ≠ "15");
 * - one leading article is ignored, in the question's language (English when it
 *   has none of its own): "the Australia Group" = "Australia Group";
 * - when an accepted answer is a date, any written form of the same date that
 *   {@link parseWrittenDate} reads matches, at the same precision only; a date
 *   with a month is compared only as a date, a year alone also as a number.
 * Nothing else is forgiven: no stemming, plurals or typos ("informed" ≠ "inform").
 */

/** Any dash-like character other than `ー`: all count as a hyphen. */
const DASHES = /[-\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/gu;
/**
 * `ー` (also what NFKC makes of half-width `ｰ`) between Latin letters or digits: a dash typed
 * on a Japanese keyboard. Elsewhere it is the long-vowel mark of katakana words (ポリイミド).
 * A capture instead of a lookbehind, which older Safari cannot parse.
 */
const LONG_VOWEL_AS_DASH = /([\p{Script=Latin}\d])ー+(?=[\p{Script=Latin}\d])/gu;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
const SPACES = /\s+/gu;
/** Word separators that some writers use and others leave out (デュアル・ユース, 한·일). */
const SEPARATORS = /[\s・·]+/gu;
/** Punctuation (quotes, brackets, dashes, full stops of every script) and quote-like accents. */
const SURROUNDING = /^[\p{P}`´\s]+|[\p{P}`´\s]+$/gu;

/** Case, compatibility forms, invisible characters; spaces collapsed to one and trimmed. */
function prepare(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

const stripSurrounding = (text: string) => text.replace(SURROUNDING, '');

const longVowelsAsDashes = (text: string) => text.replace(LONG_VOWEL_AS_DASH, '$1-');

/**
 * Normalizes free text for lenient comparison: Unicode compatibility forms
 * (full-width ↔ half-width), case, all spacing, surrounding punctuation, and
 * dash-like characters as `-` (`ー` only between Latin letters or digits, so
 * katakana words keep their long vowels). Language-independent and keeps the
 * hyphens; answers are compared with {@link matchesAcceptedAnswer}, which
 * forgives more.
 */
export function normalizeFreeText(text: string): string {
  return longVowelsAsDashes(stripSurrounding(prepare(text).replace(SPACES, ''))).replace(DASHES, '-');
}

/** Leading articles per language (primary subtag). Languages without their own use English's. */
const ARTICLES: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'a', 'an'],
  fr: ['le', 'la', 'les', 'un', 'une'],
  de: ['der', 'die', 'das', 'ein', 'eine'],
  es: ['el', 'la', 'los', 'las', 'un', 'una'],
};

const articlePatterns = new Map<string, RegExp>();

/** Matches one leading article as a whole word followed by more text (French `l'` needs no space). */
function articlePattern(language: string | undefined): RegExp {
  const primary = (language ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const key = Object.hasOwn(ARTICLES, primary) ? primary : 'en';
  let pattern = articlePatterns.get(key);
  if (!pattern) {
    const words = ARTICLES[key]!.join('|');
    const elision = key === 'fr' ? `|l['’ʼ] ?` : '';
    pattern = new RegExp(`^(?:(?:${words}) ${elision})(?=\\S)`, 'u');
    articlePatterns.set(key, pattern);
  }
  return pattern;
}

/** A number's thousands separators removed and a decimal comma made a point; other runs unchanged. */
function canonicalNumber(run: string): string {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(run)) return run.replace(/,/g, '');
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(run)) return run.replace(/\./g, '').replace(',', '.');
  return run;
}

/** The comparison key of text whose article, if any, is already handled. */
function key(text: string): string {
  return longVowelsAsDashes(stripSurrounding(text).replace(SEPARATORS, ''))
    .replace(DASHES, '')
    .replace(/\d[\d.,]*\d/g, canonicalNumber)
    .replace(/(\p{L})\./gu, '$1');
}

/** Two comparison keys: the whole text, and the text without a leading article (the same when there is none). */
function keys(text: string, language: string | undefined): readonly [string, string] {
  const prepared = stripSurrounding(prepare(text));
  const whole = key(prepared);
  const bare = prepared.replace(articlePattern(language), '');
  return [whole, bare === prepared ? whole : key(bare)];
}

/**
 * True when a typed answer equals one of the accepted answers under the rules
 * above. `language` (a BCP 47 tag; default English) picks the articles to
 * ignore. An empty or blank answer is never right, and an accepted answer that
 * normalises to nothing accepts nothing.
 */
export function matchesAcceptedAnswer(given: string, accepted: readonly string[], language?: string): boolean {
  const [whole, bare] = keys(given, language);
  if (whole === '') return false;
  let givenDate: WrittenDate | undefined;
  let parsed = false;
  for (const answer of accepted) {
    const acceptedDate = parseWrittenDate(answer);
    if (acceptedDate) {
      if (!parsed) [givenDate, parsed] = [parseWrittenDate(given), true];
      if (givenDate && sameDate(givenDate, acceptedDate)) return true;
      // A month or a day only as a date: as text, "2019-1-12" and "2019-11-2" would be equal.
      // A year is also a number ("1,138" is 1138).
      if (acceptedDate.month !== undefined) continue;
    }
    const [acceptedWhole, acceptedBare] = keys(answer, language);
    if (acceptedWhole === '') continue;
    if (whole === acceptedWhole || bare === acceptedBare) return true;
  }
  return false;
}

/** A date to the precision it was written with: a year, a month or a day. */
export interface WrittenDate {
  year: number;
  /** 1–12. */
  month?: number;
  /** 1–31; only with a month. */
  day?: number;
}

const sameDate = (a: WrittenDate, b: WrittenDate) => a.year === b.year && a.month === b.month && a.day === b.day;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** An English month name, in full or as a three-letter abbreviation (also "sept"), with or without a period. */
function monthNumber(name: string): number | undefined {
  const word = name.endsWith('.') ? name.slice(0, -1) : name;
  if (word === 'sept') return 9;
  const index = MONTHS.findIndex((month) => month === word || (word.length === 3 && month.startsWith(word)));
  return index < 0 ? undefined : index + 1;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeap(year) ? 1 : 0);
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** `[year, month, day]` as written, checked: a real month and a real day of it. */
function checked(year: number, month?: number, day?: number): WrittenDate | undefined {
  if (!Number.isInteger(year) || year < 1) return undefined;
  if (month === undefined) return day === undefined ? { year } : undefined;
  if (!(month >= 1 && month <= 12)) return undefined;
  if (day === undefined) return { year, month };
  if (!(day >= 1 && day <= daysIn(year, month))) return undefined;
  return { year, month, day };
}

/** Comparable number YYYYMMDD of the first or last day a date covers. */
const dayNumber = ({ year, month, day }: WrittenDate, end: boolean) =>
  year * 10000 + (month ?? (end ? 12 : 1)) * 100 + (day ?? (end ? 31 : 1));

/** Japanese eras: first Gregorian year minus one, and the first and last days (YYYYMMDD). */
const ERAS: Readonly<Record<string, { offset: number; from: number; to: number }>> = {
  昭和: { offset: 1925, from: 19261225, to: 19890107 },
  平成: { offset: 1988, from: 19890108, to: 20190430 },
  令和: { offset: 2018, from: 20190501, to: 99991231 },
};

/** A Japanese era year ("元" is year 1) as a Gregorian date, if the date lies in the era. */
function fromEra(era: string, eraYear: string, month?: number, day?: number): WrittenDate | undefined {
  const { offset, from, to } = ERAS[era]!;
  const year = eraYear === '元' ? 1 : Number(eraYear);
  if (year < 1) return undefined;
  const date = checked(offset + year, month, day);
  // Partly inside is enough for a year or a month: Heisei 31 (2019) and Reiwa 1 (2019) both exist.
  return date && dayNumber(date, true) >= from && dayNumber(date, false) <= to ? date : undefined;
}

const num = (digits: string | undefined) => (digits === undefined ? undefined : Number(digits));

const ORDINAL = '(?:st|nd|rd|th)?';
const MONTH_NAME = '([a-z]{3,9}\\.?)';
/** Between the parts of an English date: a space, a hyphen (28-Aug-2019) or nothing. */
const GAP = '[ -]?';
const DATE_FORMS: readonly { pattern: RegExp; read: (m: RegExpMatchArray) => WrittenDate | undefined }[] = [
  // ISO and other year-first numeric forms: 2019-08-28, 2019/8/28, 2019.8.28, 2019. 8. 28., 2019-08.
  {
    pattern: /^(\d{4}) ?([-/.]) ?(\d{1,2})(?: ?\2 ?(\d{1,2}))?$/u,
    read: (m) => checked(Number(m[1]), num(m[3]), num(m[4])),
  },
  // A year alone, or with 年 / 년: 2018, 2018年, 2018년.
  { pattern: /^(\d{4}) ?[年년]?$/u, read: (m) => checked(Number(m[1])) },
  // Korean: 2019년 8월 28일, 2019년 8월.
  {
    pattern: /^(\d{4}) ?년 ?(\d{1,2}) ?월(?: ?(\d{1,2}) ?일)?$/u,
    read: (m) => checked(Number(m[1]), num(m[2]), num(m[3])),
  },
  // Japanese: 2019年8月28日, 2019年8月.
  {
    pattern: /^(\d{4}) ?年 ?(\d{1,2}) ?月(?: ?(\d{1,2}) ?日)?$/u,
    read: (m) => checked(Number(m[1]), num(m[2]), num(m[3])),
  },
  // Japanese eras: 令和元年8月28日, 平成30年, 平成31年4月.
  {
    pattern: /^(昭和|平成|令和) ?(\d{1,3}|元) ?年(?: ?(\d{1,2}) ?月(?: ?(\d{1,2}) ?日)?)?$/u,
    read: (m) => fromEra(m[1]!, m[2]!, num(m[3]), num(m[4])),
  },
  // English, day first: 28 August 2019, 28th Aug 2019, 28-Aug-2019, (the) 28th of August, 2019.
  {
    pattern: new RegExp(`^(?:the )?(\\d{1,2})${ORDINAL}${GAP}(?:of )?${MONTH_NAME},?${GAP}(\\d{4})$`, 'u'),
    read: (m) => english(m[3]!, m[2]!, m[1]),
  },
  // English, month first: August 28, 2019; Aug. 28 2019; August 28th, 2019.
  {
    pattern: new RegExp(`^${MONTH_NAME}${GAP}(\\d{1,2})${ORDINAL},?${GAP}(\\d{4})$`, 'u'),
    read: (m) => english(m[3]!, m[1]!, m[2]),
  },
  // English month and year: August 2019, Aug. 2019.
  { pattern: new RegExp(`^${MONTH_NAME},?${GAP}(\\d{4})$`, 'u'), read: (m) => english(m[2]!, m[1]!) },
];

function english(year: string, monthName: string, day?: string): WrittenDate | undefined {
  const month = monthNumber(monthName);
  return month === undefined ? undefined : checked(Number(year), month, num(day));
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A leading English weekday: "Wednesday, 28 August 2019", "Wed 28 Aug 2019". */
const ENGLISH_WEEKDAY = /^(sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\.?,? /u;
/** A trailing weekday in brackets, as Japanese and Korean dates often have: 2019年8月28日(水), 2019년 8월 28일(수). */
const CJK_WEEKDAY = / ?\(([日月火水木金土]|[일월화수목금토])(?:曜日?|요일)?\)$/u;
const CJK_WEEKDAYS = ['日月火水木金土', '일월화수목금토'];

/** The weekday (0 = Sunday) named by an English or Japanese/Korean weekday word. */
function weekdayOf(word: string): number {
  const english = WEEKDAYS.findIndex((day) => day.startsWith(word.slice(0, 3)));
  if (english >= 0) return english;
  return CJK_WEEKDAYS.map((days) => days.indexOf(word)).find((index) => index >= 0) ?? -1;
}

/**
 * Reads a date written in a common form, whatever the question's language:
 * ISO and other year-first numbers ("2019-08-28", "2019/08/28", "2019.8.28",
 * "2019. 8. 28.", "2019-08"), English with month names in full or abbreviated
 * ("28 August 2019", "August 28, 2019", "28th Aug 2019", "28-Aug-2019", "Aug. 28, 2019",
 * "August 2019"), Korean ("2019년 8월 28일", "2019년 8월"), Japanese
 * ("2019年8月28日", "2019年8月", Shōwa, Heisei and Reiwa era years such as
 * "令和元年8月28日"), full-width digits, and a year alone ("2018", "2018年",
 * "2018년"). A weekday may lead (English) or follow in brackets (Japanese,
 * Korean) and must then be right. Day-first or month-first numbers
 * ("08/07/2019", "7/8/2019") are never read: they are ambiguous. Returns the
 * date at the precision written, or `undefined` for anything else, including
 * impossible dates ("30 February 2019") and era years outside the era.
 */
export function parseWrittenDate(text: string): WrittenDate | undefined {
  let t = prepare(text);
  let weekday: string | undefined;
  const cjk = CJK_WEEKDAY.exec(t);
  if (cjk) {
    weekday = cjk[1];
    t = t.slice(0, cjk.index);
  }
  t = longVowelsAsDashes(stripSurrounding(t)).replace(DASHES, '-');
  const leading = ENGLISH_WEEKDAY.exec(t);
  if (leading) {
    if (weekday !== undefined) return undefined;
    weekday = leading[1];
    t = t.slice(leading[0].length);
  }
  for (const { pattern, read } of DATE_FORMS) {
    const match = pattern.exec(t);
    if (!match) continue;
    const date = read(match);
    if (!date) return undefined;
    if (weekday === undefined) return date;
    if (date.day === undefined) return undefined;
    return new Date(Date.UTC(date.year, date.month! - 1, date.day)).getUTCDay() === weekdayOf(weekday) ? date : undefined;
  }
  return undefined;
}
