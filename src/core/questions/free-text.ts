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
 * - punctuation around the answer, and quotation marks anywhere in it, are ignored;
 * - katakana and hiragana are the same (ガ = が), a Japanese counter after a number
 *   may be written in any of its forms (7ヶ国 = 7ヵ国 = 7カ国 = 7か国), and words
 *   written in kanji or kana alike are equal (及び = および); British and American
 *   spellings are equal (licence = license, programme = program);
 * - a comma or period grouping thousands ("1,138", "1.138") and a period after a
 *   letter ("U.S.") are ignored; a decimal point is not ("1.5" ≠ "15");
 * - one leading article is ignored, in the question's language (English when it
 *   has none of its own): "the Australia Group" = "Australia Group"; an ampersand
 *   is that language's "and" ("Foreign Exchange & Foreign Trade Act");
 * - when an accepted answer is a date, any written form of the same date that
 *   {@link parseWrittenDate} reads matches, at the same precision only; a date
 *   with a month is compared only as a date, a year alone also as a number;
 * - an answer written as "name (abbreviation)", as lessons print them, is right
 *   when both parts are accepted answers ("World Trade Organization (WTO)");
 * - before a printed 年 or 년, a year may be typed without it ("平成30" + "年10月"); and the
 *   word printed right after the blank may be typed again ("ガ地域" for "_____地域").
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
  return text.normalize('NFKC').toLowerCase().replace(INVISIBLE, '').replace(SPACES, ' ').trim();
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

/**
 * One leading article, a whole word followed by more text, per language (primary subtag);
 * languages without articles of their own use English's. French `l'` needs no space.
 */
const ARTICLES: Readonly<Record<string, RegExp>> = {
  en: /^(?:the|an?) (?=\S)/,
  fr: /^(?:(?:les?|la|une?) |l['’ʼ] ?)(?=\S)/,
  de: /^(?:der|die|das|eine?) (?=\S)/,
  es: /^(?:el|las?|los|una?) (?=\S)/,
};

/** The word an ampersand stands for, per language; languages without one of their own use English's. */
const AND_WORDS: Readonly<Record<string, string>> = { en: 'and', fr: 'et', de: 'und', es: 'y' };

const primaryOf = (language: string) => language.toLowerCase().split(/[-_]/)[0]!;

function articleOf(language = 'en'): RegExp {
  const primary = primaryOf(language);
  return Object.hasOwn(ARTICLES, primary) ? ARTICLES[primary]! : ARTICLES.en!;
}

/** "Foreign Exchange & Foreign Trade Act" = "Foreign Exchange and Foreign Trade Act". */
function ampersandAsWord(text: string, language = 'en'): string {
  const primary = primaryOf(language);
  const word = Object.hasOwn(AND_WORDS, primary) ? AND_WORDS[primary]! : AND_WORDS.en!;
  return text.replace(/ ?& ?/gu, ` ${word} `);
}

/** The comparison key of text whose article, if any, is already handled. */
/** Quotation marks inside an answer (‘가’ 지역, “inform” requirement): how it is quoted is not what is asked. */
export const QUOTES = /[‘’“”"'「」『』«»]/gu;
/** A Japanese counter after a number in digits or kanji, written in any of its forms (7ヶ国, 7ヵ国, 7カ国, 7か国, 7ケ国, 七ヶ国). */
const COUNTER = /([\d一二三四五六七八九十百千])[ヶヵケカか](?=[国月所年])/gu;
/** Katakana as hiragana: a student's input method may give either for the same sound (ガ, が). */
const katakanaAsHiragana = (text: string) => text.replace(/[\u30a1-\u30f6]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60));

/** Words Japanese writes in kanji or in kana alike (外国為替及び外国貿易法 = 外国為替および外国貿易法). */
const KANJI_OR_KANA: readonly [RegExp, string][] = [
  [/及び/gu, 'および'],
  [/並びに/gu, 'ならびに'],
  [/又は/gu, 'または'],
  // "and so on" at the end of an answer (木材等 = 木材など); elsewhere (等級) 等 is not など.
  [/等$/gu, 'など'],
];
const kanaForKanji = (text: string) => KANJI_OR_KANA.reduce((out, [kanji, kana]) => out.replace(kanji, kana), text);
/** British and American spellings of the same word (licence = license). */
const SPELLINGS: readonly [RegExp, string][] = [
  [/licence/gu, 'license'],
  [/programme/gu, 'program'],
  [/organisation/gu, 'organization'],
  [/defence/gu, 'defense'],
  [/centre/gu, 'center'],
];
const americanSpelling = (text: string) => SPELLINGS.reduce((out, [british, american]) => out.replace(british, american), text);

function key(text: string): string {
  return katakanaAsHiragana(americanSpelling(kanaForKanji(longVowelsAsDashes(stripSurrounding(text).replace(QUOTES, '').replace(SEPARATORS, '')).replace(COUNTER, '$1か'))))
    .replace(DASHES, '')
    // A thousands separator: a comma or period between a digit and a group of exactly three.
    .replace(/(\d)[.,](?=\d{3}(?!\d))/g, '$1')
    .replace(/(\p{L})\./gu, '$1');
}

/** Two comparison keys: the whole text, and the text without a leading article (the same when there is none). */
function keys(text: string, language: string | undefined): readonly [string, string] {
  const prepared = ampersandAsWord(stripSurrounding(prepare(text)), language);
  const whole = key(prepared);
  const bare = prepared.replace(articleOf(language), '');
  return [whole, bare === prepared ? whole : key(bare)];
}

/**
 * True when a typed answer equals one of the accepted answers under the rules
 * above. `language` (a BCP 47 tag; default English) picks the articles to
 * ignore; `after` is the text printed after the blank (for a year before 年/년).
 * An empty or blank answer is never right, and an accepted answer that
 * normalises to nothing accepts nothing.
 */
export function matchesAcceptedAnswer(given: string, accepted: readonly string[], language?: string, after = ''): boolean {
  if (matchesOne(given, accepted, language)) return true;
  // A year before a printed 年/년 ("_____年10月30日"): an era year typed without it ("平成30") is read with it.
  const unit = /^\s*([年년])/u.exec(after)?.[1];
  if (unit && !given.trim().endsWith(unit) && matchesOne(`${given.trim()}${unit}`, accepted, language)) return true;
  // The words printed after the blank, typed again ("ガ地域" before 「地域」, "岸田首相" before 「首相と」,
  // "situational permit" before " permit"): any start of at least two characters of what follows, or a
  // one-syllable particle: Korean, standing alone ("셔틀외교를" before 「를 복원했습니다」), or Japanese
  // ("シャトル外交を" before 「を再開しました」).
  const following = after.replace(/^[\s\p{P}]+/u, '');
  const typed = given.trim();
  const lower = typed.toLowerCase();
  const particle = /^[을를이가은는의에로와과도만](?=[\s\p{P}]|$)/u.test(following) || /^[をはがとのにでへも]/u.test(following);
  const shortest = particle ? 1 : 2;
  for (let length = Math.min(following.length, typed.length - 1); length >= shortest; length--) {
    if (!lower.endsWith(following.slice(0, length).toLowerCase())) continue;
    const rest = typed.slice(0, -length).trim();
    if (rest && matchesOne(rest, accepted, language)) return true;
  }
  // "Name (abbreviation)", as a lesson often prints it: right when both parts are accepted answers.
  // Punctuation after the closing bracket ("Group of Seven (G7).") is ignored, as it is around any answer.
  const parts = /^(.+?)\s*[(（]([^()（）]+)[)）][\s.,;:!?。、，．！？]*$/u.exec(given.trim());
  return !!parts && matchesOne(parts[1]!, accepted, language) && matchesOne(parts[2]!, accepted, language);
}

function matchesOne(given: string, accepted: readonly string[], language?: string): boolean {
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

/** Japanese eras, each with the year before its first (so era year + offset = Gregorian year) and its first day. */
const ERAS: readonly (readonly [name: string, offset: number, first: number])[] = [
  ['昭和', 1925, 19261225],
  ['平成', 1988, 19890108],
  ['令和', 2018, 20190501],
];

/** Year-first numbers, or a year alone: 2019-08-28, 2019/8/28, 2019.8.28, 2019. 8. 28., 2019-08, 2018. */
const NUMERIC = /^(\d{4})(?: ?([-/.]) ?(\d\d?)(?: ?\2 ?(\d\d?))?)?$/;
/** Korean and Japanese: 2019년 8월 28일, 2019年8月28日, 2019年8月, 2018년, with the year possibly an era year. */
const CJK = /^(\d{4}|(昭和|平成|令和) ?(\d{1,3}|元)) ?[年년](?: ?(\d\d?) ?[月월](?: ?(\d\d?) ?[日일])?)?$/u;
/**
 * English, day first or month first, or month and year: 28 August 2019, 28th Aug 2019, 28-Aug-2019,
 * the 28th of August, 2019, August 28, 2019, Aug. 28 2019, August 2019.
 */
const ENGLISH = /^(?:(?:the )?(\d\d?)(?:st|nd|rd|th)?[ -]?(?:of )?)?([a-z]+)\.?(?:[ -]?(\d\d?)(?:st|nd|rd|th)?)?,?[ -]?(\d{4})$/;
/** English month names in full or in three letters (also "sept"). */
const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/**
 * Reads a date written in a common form, whatever the question's language:
 * ISO and other year-first numbers ("2019-08-28", "2019/08/28", "2019.8.28",
 * "2019. 8. 28.", "2019-08"), English with month names in full or in three
 * letters ("28 August 2019", "August 28, 2019", "28th Aug 2019", "28-Aug-2019",
 * "Aug. 28, 2019", "August 2019"), Korean ("2019년 8월 28일", "2019년 8월"),
 * Japanese ("2019年8月28日", "2019年8月", and Shōwa, Heisei and Reiwa era years
 * such as "令和元年8月28日", 元 being year 1), full-width digits, and a year alone
 * ("2018", "2018年", "2018년"). Day-first or month-first numbers ("08/07/2019",
 * "7/8/2019") are never read: they are ambiguous. Returns the date at the
 * precision written, or `undefined` for anything else, including impossible
 * dates ("30 February 2019") and era years outside their era ("平成31年5月1日").
 */
export function parseWrittenDate(text: string): WrittenDate | undefined {
  const t = longVowelsAsDashes(stripSurrounding(prepare(text))).replace(DASHES, '-');
  let year: number;
  let month: string | number | undefined;
  let day: string | undefined;
  let era: number | undefined;
  let m: RegExpExecArray | null;
  if ((m = NUMERIC.exec(t))) [year, month, day] = [+m[1]!, m[3], m[4]];
  else if ((m = CJK.exec(t))) {
    era = m[2] ? ERAS.findIndex(([name]) => name === m![2]) : undefined;
    year = era === undefined ? +m[1]! : ERAS[era]![1] + (m[3] === '元' ? 1 : +m[3]!);
    [month, day] = [m[4], m[5]];
  } else if ((m = ENGLISH.exec(t)) && !(m[1] && m[3]) && MONTH.test(m[2]!)) {
    year = +m[4]!;
    month = 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(m[2]!.slice(0, 3)) / 3 + 1;
    day = m[1] ?? m[3];
  } else return undefined;
  const date: WrittenDate = { year };
  if (month !== undefined) {
    date.month = +month;
    if (date.month < 1 || date.month > 12) return undefined;
  }
  if (day !== undefined) {
    date.day = +day;
    // Day 0 of the next month is the last of this one (years here have four digits: no 19xx mapping).
    if (date.day < 1 || date.day > new Date(Date.UTC(year, date.month!, 0)).getUTCDate()) return undefined;
  }
  if (era !== undefined) {
    // The era must cover part of what was written: Heisei 31 and Reiwa 1 are both 2019, but not the same days.
    const first = year * 1e4 + (date.month ?? 1) * 100 + (date.day ?? 1);
    const last = year * 1e4 + (date.month ?? 12) * 100 + (date.day ?? 31);
    if (year <= ERAS[era]![1] || last < ERAS[era]![2] || first >= (ERAS[era + 1]?.[2] ?? Infinity)) return undefined;
  }
  return date;
}
