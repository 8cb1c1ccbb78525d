// Typed answers to fill-in-the-blank questions: what counts as right, and what does not.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { matchesAcceptedAnswer, normalizeFreeText, parseWrittenDate, type WrittenDate } from '../../src/core/questions/free-text.js';
import { isCorrect, normalizeFreeText as reexported } from '../../src/core/questions/answers.js';
import { generateQuiz } from '../../src/core/questions/generate.js';
import type { FillBlankQuestion } from '../../src/core/questions/types.js';
import { loadContent } from './helpers.js';

/** Asserts that every given answer is accepted (or, with `expected` false, rejected). */
function accepts(accepted: string | readonly string[], given: readonly string[], language?: string, expected = true) {
  const list = typeof accepted === 'string' ? [accepted] : accepted;
  for (const answer of given) {
    assert.equal(matchesAcceptedAnswer(answer, list, language), expected, `${JSON.stringify(answer)} for ${JSON.stringify(list)}${language ? ` (${language})` : ''}`);
  }
}
const rejects = (accepted: string | readonly string[], given: readonly string[], language?: string) => accepts(accepted, given, language, false);

describe('rule 1: a hyphen, a space and nothing are equal', () => {
  test('"dual-use", "dual use" and "dualuse" are one answer, whichever is accepted', () => {
    for (const accepted of ['dual-use', 'dual use', 'dualuse']) accepts(accepted, ['dual-use', 'dual use', 'dualuse', 'Dual - Use']);
  });

  test('"G-7", "G7" and "G 7" are one answer', () => {
    for (const accepted of ['G-7', 'G7', 'G 7']) accepts(accepted, ['G-7', 'G7', 'G 7']);
  });

  test('every dash-like character counts as a hyphen', () => {
    accepts('catch all', ['catch‐all', 'catch‑all', 'catch‒all', 'catch–all', 'catch—all', 'catch―all', 'catch－all', 'catch−all']);
  });

  test('ー between Latin letters or digits is a dash, as typed on a Japanese keyboard', () => {
    accepts('G7', ['Gー7', 'Ｇー７', 'Gｰ7']);
    accepts('catch-all', ['catchーall']);
  });

  test('ー inside a katakana word is a long vowel, not a dash', () => {
    accepts('ポリイミド', ['ポリイミド', 'ﾎﾟﾘｲﾐﾄﾞ']);
    accepts('インフォーム', ['インフォーム', 'ｲﾝﾌｫｰﾑ']);
    // Were ー a hyphen, it would vanish like one and the vowel would not matter.
    rejects('インフォーム', ['インフォム', 'インフォ-ム', 'インフォ ム']);
    rejects('キャッチオール', ['キャッチオル']);
    assert.equal(normalizeFreeText('インフォーム'), 'インフォーム');
    assert.equal(normalizeFreeText('Gー7'), 'g-7');
  });
});

describe('rule 2: one leading article is ignored, in the question’s language', () => {
  test('English (also the default): the, a, an', () => {
    accepts('Australia Group', ['the Australia Group', 'The Australia Group', 'THE  australia group', 'an Australia Group', 'a Australia Group']);
    accepts('the Australia Group', ['Australia Group', 'the Australia Group']);
    accepts('Australia Group', ['the Australia Group'], 'en-GB');
    accepts('Australia Group', ['"the Australia Group"', 'the “Australia Group”']);
  });

  test('only a whole leading word: never part of a word, never a word elsewhere', () => {
    rejects('ory', ['theory']);
    rejects('n ally', ['an ally']);
    rejects('Australia Group', ['Australia the Group', 'Australia Group the', 'theAustralia Group']);
    // A word that is all there is stays: "A" is not an article with nothing after it.
    accepts('A', ['a']);
    rejects('Group A', ['Group', 'A Group']);
  });

  test('French: le, la, les, l’, un, une', () => {
    accepts('Groupe australien', ['le Groupe australien', 'un Groupe australien'], 'fr');
    accepts('Organisation mondiale du commerce', ['l’Organisation mondiale du commerce', "l'Organisation mondiale du commerce", "L' Organisation mondiale du commerce"], 'fr');
    accepts('liste', ['la liste', 'une liste', 'les liste'], 'fr-CA');
    rejects('ampe', ["l'ampe"], 'en');
  });

  test('German: der, die, das, ein, eine', () => {
    accepts('Australische Gruppe', ['die Australische Gruppe', 'eine Australische Gruppe'], 'de');
    accepts('Ausfuhrgesetz', ['das Ausfuhrgesetz', 'ein Ausfuhrgesetz', 'der Ausfuhrgesetz'], 'de');
    rejects('Ausfuhrgesetz', ['the Ausfuhrgesetz'], 'de');
  });

  test('Spanish: el, la, los, las, un, una', () => {
    accepts('Grupo Australia', ['el Grupo Australia', 'un Grupo Australia'], 'es');
    accepts('lista', ['la lista', 'las lista', 'los lista', 'una lista'], 'es');
  });

  test('an unknown or odd language tag falls back to English', () => {
    accepts('Australia Group', ['the Australia Group'], 'constructor');
    accepts('Australia Group', ['the Australia Group'], 'zh-Hant-TW');
    accepts('Australia Group', ['the Australia Group'], '');
  });

  test('another language’s articles are not ignored', () => {
    rejects('Australia Group', ['die Australia Group', 'la Australia Group']);
    rejects('Gruppe', ['the Gruppe'], 'de');
  });

  test('languages without articles (Korean, Japanese) use the English ones for English answers', () => {
    accepts('World Trade Organization', ['the World Trade Organization'], 'ko');
    accepts('World Trade Organization', ['the World Trade Organization'], 'ja');
  });
});

describe('rule 2b: an ampersand is the language’s “and”', () => {
  test('English (also the default), with or without spaces around it', () => {
    accepts('Foreign Exchange and Foreign Trade Act', ['Foreign Exchange & Foreign Trade Act', 'foreign exchange&foreign trade act', 'Foreign Exchange ＆ Foreign Trade Act']);
    accepts('Research & Development', ['research and development']);
    accepts('Research and Development', ['Research & Development'], 'ko');
  });

  test('per language, and never another word', () => {
    accepts('recherche et développement', ['recherche & développement'], 'fr');
    rejects('recherche et développement', ['recherche & développement'], 'en');
    rejects('Foreign Exchange and Foreign Trade Act', ['Foreign Exchange or Foreign Trade Act', 'Foreign Exchange Foreign Trade Act']);
  });
});

describe('rule 3: case, width, spacing, punctuation around, and separators inside numbers and abbreviations', () => {
  test('a comma or period grouping thousands is ignored', () => {
    accepts('1138', ['1,138', '1.138', '1 138', '1138']);
    accepts('1,138', ['1138']);
    accepts('1,234,567', ['1234567', '1.234.567']);
  });

  test('a decimal point is not a thousands separator', () => {
    rejects('15', ['1.5', '1,5']);
    rejects('1.5', ['15']);
    accepts('1.5', ['1.5']);
  });

  test('periods in abbreviations are ignored', () => {
    accepts('US', ['U.S.', 'U.S', 'u.s.']);
    accepts('U.S.', ['US']);
  });

  test('case and full-width/half-width forms are ignored', () => {
    accepts('Wassenaar', ['WASSENAAR', 'ｗａｓｓｅｎａａｒ', 'ＷＡＳＳＥＮＡＡＲ']);
    accepts('GSOMIA', ['ｇｓｏｍｉａ']);
    accepts('그룹A', ['그룹Ａ', '그룹a']);
  });

  test('punctuation and quotes around the answer are ignored', () => {
    accepts('catch-all', ['“catch-all”', '"catch-all".', "'catch-all'", '「catch-all」', '(catch-all)', 'catch-all。', '«catch-all»', '`catch-all`']);
  });

  test('spaces anywhere are ignored, as Korean and Japanese writers space differently', () => {
    accepts('상황허가', ['상황 허가', '상 황 허 가']);
    accepts('フッ化水素', ['フッ化 水素', 'フッ化　水素']);
    accepts('가 지역', ['가지역']);
    accepts('Australia Group', ['AustraliaGroup', ' Australia   Group ']);
  });

  test('the word separators ・ and · are ignored', () => {
    accepts('デュアル・ユース', ['デュアルユース']);
    accepts('オーストラリア・グループ', ['オーストラリアグループ', 'オーストラリア グループ']);
  });

  test('normalizeFreeText is still exported from answers.ts, and keeps hyphens', () => {
    assert.equal(reexported, normalizeFreeText);
    assert.equal(normalizeFreeText('  “Catch–All”. '), 'catch-all');
    assert.equal(normalizeFreeText('ＷＡＳＳＥＮＡＡＲ'), 'wassenaar');
  });
});

describe('rule 4: dates', () => {
  const sameDay = [
    '28 August 2019', 'August 28, 2019', 'August 28 2019', 'Aug 28 2019', '28 Aug 2019', '28th August 2019', 'Aug. 28, 2019', '28-Aug-2019',
    'the 28th of August, 2019', 'august 28th, 2019',
    '2019-08-28', '2019/08/28', '2019.8.28', '2019-8-28', '2019–08–28',
    '2019년 8월 28일', '2019. 8. 28.', '2019.08.28', '2019년8월28일',
    '2019年8月28日', '2019年08月28日', '２０１９年８月２８日', '令和元年8月28日', '令和1年8月28日', '㋿元年8月28日',
  ];

  test('every common written form of a day matches every other, in any language', () => {
    for (const accepted of ['28 August 2019', '2019年8月28日', '2019년 8월 28일', '2019-08-28']) {
      accepts(accepted, sameDay);
      accepts(accepted, sameDay, 'ko');
      accepts(accepted, sameDay, 'ja');
    }
  });

  test('months: "August 2019", "Aug 2019", "2019-08", "2019년 8월", "2019年8月"', () => {
    const forms = ['August 2019', 'Aug 2019', 'Aug. 2019', '2019-08', '2019/8', '2019년 8월', '2019年8月', '2019年08月', '令和元年8月'];
    for (const accepted of forms) accepts(accepted, forms);
  });

  test('a year alone: "2018", "2018年", "2018년", and its era year', () => {
    accepts('2018', ['2018', '2018年', '2018년', '２０１８', '平成30年']);
    accepts('2018年', ['2018']);
    accepts('2019', ['令和元年', '平成31年']);
    rejects('2018', ['2019', '2019年', '平成31年', '2018-01']);
  });

  test('Japanese eras: Heisei 1 is 1989, Heisei 31 ends on 30 April 2019, Reiwa 1 (元年) is 2019', () => {
    assert.deepEqual(parseWrittenDate('平成元年'), { year: 1989 });
    assert.deepEqual(parseWrittenDate('平成31年4月30日'), { year: 2019, month: 4, day: 30 });
    assert.equal(parseWrittenDate('平成31年5月1日'), undefined);
    assert.deepEqual(parseWrittenDate('令和元年5月1日'), { year: 2019, month: 5, day: 1 });
    assert.equal(parseWrittenDate('令和元年4月30日'), undefined);
    assert.deepEqual(parseWrittenDate('令和5年3月23日'), { year: 2023, month: 3, day: 23 });
    assert.deepEqual(parseWrittenDate('昭和64年1月7日'), { year: 1989, month: 1, day: 7 });
    assert.equal(parseWrittenDate('平成0年'), undefined);
  });

  test('ambiguous numeric day/month orders are never read', () => {
    for (const text of ['08/07/2019', '7/8/2019', '28/08/2019', '08-28-2019', '28.08.2019', '8/28/19']) assert.equal(parseWrittenDate(text), undefined, text);
    rejects('2019-07-08', ['08/07/2019', '7/8/2019']);
    rejects('2019-08-07', ['08/07/2019', '7/8/2019']);
  });

  test('a different precision does not match', () => {
    rejects('28 August 2019', ['August 2019', '2019-08', '2019', '2019年8月']);
    rejects('August 2019', ['28 August 2019', '2019', '2019-08-01']);
    rejects('2019', ['August 2019', '2019-01-01']);
  });

  test('a different date does not match, even when its text is close', () => {
    rejects('28 August 2019', ['27 August 2019', '28 July 2019', '28 August 2018', '2019-08-27', '2019年8月29日']);
    // As text without hyphens these two would be equal: dates compare as dates.
    rejects('2019-1-12', ['2019-11-2', '2019112']);
  });

  test('impossible dates are not dates', () => {
    for (const text of ['30 February 2019', '2019-02-29', '2019-13-01', '2019-00', '31 April 2020', '2019년 8월 32일']) assert.equal(parseWrittenDate(text), undefined, text);
    assert.deepEqual(parseWrittenDate('29 February 2020'), { year: 2020, month: 2, day: 29 });
  });

  test('parseWrittenDate reads the date at its precision, and nothing that is not a date', () => {
    assert.deepEqual(parseWrittenDate('Aug. 28, 2019'), { year: 2019, month: 8, day: 28 });
    assert.deepEqual(parseWrittenDate('Sept 2019'), { year: 2019, month: 9 });
    assert.deepEqual(parseWrittenDate('1974'), { year: 1974 });
    for (const text of ['G7', 'GSOMIA', '1,138', '15', 'May', 'August', 'Group A', '2019 August 28', 'Augustus 2019', '']) assert.equal(parseWrittenDate(text), undefined, text);
  });

  test('an accepted year is also a number', () => {
    accepts('1138', ['1,138']);
  });
});

describe('rule 6: not too lenient', () => {
  test('different words stay different', () => {
    rejects('Group A', ['white countries', 'Group B', 'Group', 'A']);
    rejects('2019', ['2018']);
    rejects('1974', ['1947']);
  });

  test('no stemming, plurals or typos: exact after normalisation', () => {
    rejects('inform', ['informed', 'informs', 'infrom']);
    rejects('individual licence', ['individual licences']);
  });

  test('an empty or blank answer is never right, even for an empty accepted answer', () => {
    rejects(['', ' ', 'the'], ['', ' ', '\u3000', '\t\n', '""', '。', '-']);
    rejects([''], ['anything']);
  });
});

describe('isCorrect on generated fill-blank questions', () => {
  for (const file of ['content/en.json', 'content/ko.json', 'content/ja.json']) {
    const content = loadContent(file);
    const questions = generateQuiz(content, { seed: 'free-text', count: 500, types: ['fill-blank'] }).questions as FillBlankQuestion[];

    test(`${file}: each question carries its content's language and accepts its own answers`, () => {
      // Eight typed blanks since 2.23.0 (the rules moved to choices, the trivia went): enough to test on.
      assert.ok(questions.length >= 6, `only ${questions.length}`);
      for (const q of questions) {
        assert.equal(q.language, content.language);
        for (const answer of q.answer) assert.ok(isCorrect(q, answer), `${q.id}: ${answer}`);
      }
    });

    test(`${file}: a date answer is accepted in ISO form, and no question accepts another's answers`, () => {
      for (const q of questions) {
        const date = parseWrittenDate(q.answer[0]!);
        if (date) assert.ok(isCorrect(q, iso(date)), `${q.id}: ${iso(date)}`);
        for (const other of questions) {
          if (other === q) continue;
          for (const answer of other.answer) assert.ok(!isCorrect(q, answer), `${q.id} accepts ${other.id}'s "${answer}"`);
        }
      }
    });
  }
});

// Property tests: the forms a date is written in, from random real dates.

const pad = (n: number) => String(n).padStart(2, '0');
const iso = ({ year, month, day }: WrittenDate) => [String(year), ...(month ? [pad(month)] : []), ...(day ? [pad(day)] : [])].join('-');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const fullWidth = (text: string) => text.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

type Day = { year: number; month: number; day: number };

/** The Japanese era year of a day (with 元 for year 1), or undefined before Shōwa. */
function eraYear({ year, month, day }: Day, gan: boolean): string | undefined {
  const n = year * 10000 + month * 100 + day;
  const [name, offset] = n >= 20190501 ? ['令和', 2018] : n >= 19890108 ? ['平成', 1988] : n >= 19261225 ? ['昭和', 1925] : [];
  if (!name) return undefined;
  const y = year - offset!;
  return `${name}${y === 1 && gan ? '元' : y}年`;
}

const DAY_FORMS: readonly ((d: Day) => string | undefined)[] = [
  ({ year, month, day }) => `${day} ${MONTHS[month - 1]} ${year}`,
  ({ year, month, day }) => `${MONTHS[month - 1]} ${day}, ${year}`,
  ({ year, month, day }) => `${MONTHS[month - 1]} ${day} ${year}`,
  ({ year, month, day }) => `${MONTHS[month - 1]!.slice(0, 3)} ${day} ${year}`,
  ({ year, month, day }) => `${day} ${MONTHS[month - 1]!.slice(0, 3)} ${year}`,
  ({ year, month, day }) => `${ordinal(day)} ${MONTHS[month - 1]} ${year}`,
  ({ year, month, day }) => `${MONTHS[month - 1]!.slice(0, 3)}. ${day}, ${year}`,
  ({ year, month, day }) => `${MONTHS[month - 1]!.toUpperCase()} ${ordinal(day)}, ${year}`,
  ({ year, month, day }) => `${year}-${pad(month)}-${pad(day)}`,
  ({ year, month, day }) => `${year}/${pad(month)}/${pad(day)}`,
  ({ year, month, day }) => `${year}.${month}.${day}`,
  ({ year, month, day }) => `${year}.${pad(month)}.${pad(day)}`,
  ({ year, month, day }) => `${year}. ${month}. ${day}.`,
  ({ year, month, day }) => `${year}년 ${month}월 ${day}일`,
  ({ year, month, day }) => `${year}年${month}月${day}日`,
  ({ year, month, day }) => `${year}年${pad(month)}月${pad(day)}日`,
  ({ year, month, day }) => fullWidth(`${year}年${month}月${day}日`),
  (d) => eraYear(d, true) && `${eraYear(d, true)}${d.month}月${d.day}日`,
  (d) => eraYear(d, false) && `${eraYear(d, false)}${d.month}月${d.day}日`,
];

const MONTH_FORMS: readonly ((d: Day) => string | undefined)[] = [
  ({ year, month }) => `${MONTHS[month - 1]} ${year}`,
  ({ year, month }) => `${MONTHS[month - 1]!.slice(0, 3)} ${year}`,
  ({ year, month }) => `${year}-${pad(month)}`,
  ({ year, month }) => `${year}년 ${month}월`,
  ({ year, month }) => `${year}年${month}月`,
];

const YEAR_FORMS: readonly ((d: Day) => string | undefined)[] = [({ year }) => `${year}`, ({ year }) => `${year}年`, ({ year }) => `${year}년`];

const forms = (formatters: readonly ((d: Day) => string | undefined)[], d: Day) =>
  formatters.map((format) => format(d)).filter((text): text is string => text !== undefined);

/** A real day between the years 1000 and 2999. */
const realDay = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }).map(
  (date): Day => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }),
);
/** Mostly recent days, so the era forms are exercised. */
const day = fc.oneof(realDay, fc.date({ min: new Date('1926-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map(
  (date): Day => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }),
));

describe('properties', () => {
  test('every form of a random day parses to that day, and each accepts every other', () => {
    fc.assert(
      fc.property(day, (d) => {
        const texts = forms(DAY_FORMS, d);
        for (const text of texts) assert.deepEqual(parseWrittenDate(text), d, text);
        for (const accepted of texts) for (const given of texts) assert.ok(matchesAcceptedAnswer(given, [accepted]), `${given} for ${accepted}`);
      }),
    );
  });

  test('every form of a random month and year parses to it, and each accepts every other', () => {
    fc.assert(
      fc.property(day, (d) => {
        const month = { year: d.year, month: d.month };
        const texts = forms(MONTH_FORMS, d);
        for (const text of texts) assert.deepEqual(parseWrittenDate(text), month, text);
        for (const accepted of texts) for (const given of texts) assert.ok(matchesAcceptedAnswer(given, [accepted]), `${given} for ${accepted}`);
        for (const text of forms(YEAR_FORMS, d)) assert.deepEqual(parseWrittenDate(text), { year: d.year }, text);
      }),
    );
  });

  test('no form of one day, month or year accepts another, nor another precision', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const all = (d: Day) => [...forms(DAY_FORMS, d), ...forms(MONTH_FORMS, d), ...forms(YEAR_FORMS, d)];
        const precision = (text: string) => Object.keys(parseWrittenDate(text)!).length;
        for (const accepted of all(a)) {
          for (const given of all(b)) {
            const same = precision(accepted) === precision(given) && iso(parseWrittenDate(accepted)!) === iso(parseWrittenDate(given)!);
            assert.equal(matchesAcceptedAnswer(given, [accepted]), same, `${given} for ${accepted}`);
          }
        }
      }),
    );
  });

  test('numeric day-first and month-first forms are never read', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('/', '-', '.'), ({ year, month, day }, sep) => {
        for (const text of [`${pad(day)}${sep}${pad(month)}${sep}${year}`, `${month}${sep}${day}${sep}${year}`]) assert.equal(parseWrittenDate(text), undefined, text);
      }),
    );
  });

  const word = fc.stringMatching(/^[a-z0-9]{1,12}$/);

  test('a word with any case, width, hyphens and spaces inserted is still the word', () => {
    fc.assert(
      fc.property(word, fc.array(fc.constantFrom('', ' ', '-', '–', 'ー', '\u3000'), { minLength: 12, maxLength: 12 }), fc.boolean(), fc.boolean(), (w, gaps, upper, wide) => {
        // A month ("may2019") is compared only as a date, and "m-ay2019" is none.
        fc.pre(parseWrittenDate(w)?.month === undefined);
        let given = [...w].map((c, i) => (i === 0 ? c : gaps[i]! + c)).join('');
        if (upper) given = given.toUpperCase();
        if (wide) given = given.replace(/[0-9a-zA-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        assert.ok(matchesAcceptedAnswer(given, [w]), `${given} for ${w}`);
      }),
    );
  });

  test('two different words never match', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        fc.pre(a !== b);
        assert.equal(matchesAcceptedAnswer(a, [b]), false);
      }),
    );
  });
});

describe('answers written as a lesson prints them', () => {
  test('"name (abbreviation)" is right when both parts are accepted, in either order and with full-width brackets', () => {
    const accepted = ['World Trade Organization', 'WTO'];
    assert.ok(matchesAcceptedAnswer('World Trade Organization (WTO)', accepted));
    assert.ok(matchesAcceptedAnswer('WTO (World Trade Organization)', accepted));
    assert.ok(matchesAcceptedAnswer('세계무역기구(WTO)', ['세계무역기구', 'WTO'], 'ko'));
    assert.ok(matchesAcceptedAnswer('戦略物資管理院（KOSTI）', ['KOSTI', '戦略物資管理院'], 'ja'));
    // Punctuation after it, as after any answer ("… (G7)." at the end of a typed sentence).
    assert.ok(matchesAcceptedAnswer('Group of Seven (G7).', ['G7', 'Group of Seven']));
    assert.ok(matchesAcceptedAnswer('World Trade Organization (WTO),', accepted));
    assert.ok(matchesAcceptedAnswer('戦略物資管理院（KOSTI）。', ['KOSTI', '戦略物資管理院'], 'ja'));
    assert.ok(!matchesAcceptedAnswer('Group of Seven (G8).', ['G7', 'Group of Seven']));
  });

  test('a bracketed hedge with a wrong part is wrong', () => {
    assert.ok(!matchesAcceptedAnswer('Group A (white countries)', ['Group A']));
    assert.ok(!matchesAcceptedAnswer('white countries (Group A)', ['Group A']));
  });
});

test('a year typed before a printed 年 or 년 may leave the unit out, era years included', () => {
  const question = {
    id: 'fill-blank:x', type: 'fill-blank' as const, theme: 't', prompt: '', explanation: '', sectionId: 's', sourceIds: [],
    before: '韓国大法院は', after: '年10月30日に判決を確定させました。', answer: ['2018'], language: 'ja',
  };
  assert.ok(isCorrect(question, '平成30'));
  assert.ok(isCorrect(question, '2018'));
  assert.ok(isCorrect(question, '平成30年'));
  assert.ok(!isCorrect(question, '平成29'));
});

describe('Japanese and Korean forms a student may type', () => {
  test('katakana and hiragana are the same sound', () => {
    assert.ok(matchesAcceptedAnswer('が', ['ガ'], 'ja'));
    assert.ok(matchesAcceptedAnswer('ふっかすいそ', ['フッカスイソ'], 'ja'));
    assert.ok(!matchesAcceptedAnswer('な', ['ガ'], 'ja'));
  });

  test('a counter after a number in any of its written forms', () => {
    for (const form of ['主要7ヶ国', '主要7ヵ国', '主要7カ国', '主要7か国', '主要7ケ国']) assert.ok(matchesAcceptedAnswer(form, ['主要7か国'], 'ja'), form);
    // Kanji numerals take the counter in the same forms.
    for (const form of ['主要七ヶ国', '主要七ヵ国', '主要七カ国', '先進七ケ国']) assert.ok(matchesAcceptedAnswer(form, ['主要七か国', '先進七か国'], 'ja'), form);
  });

  test('quotation marks inside an answer do not matter', () => {
    assert.ok(matchesAcceptedAnswer('‘가’ 지역', ['가 지역'], 'ko'));
    assert.ok(matchesAcceptedAnswer('“inform” requirement', ['inform requirement']));
  });
});

test('a word written in kanji or in kana is the same answer (及び = および)', () => {
  assert.ok(matchesAcceptedAnswer('外国為替および外国貿易法', ['外国為替及び外国貿易法'], 'ja'));
  // 等 at the end of an answer is など; elsewhere (等級) it stays itself.
  assert.ok(matchesAcceptedAnswer('木材など', ['木材等'], 'ja'));
  assert.ok(matchesAcceptedAnswer('木材等', ['木材など'], 'ja'));
  assert.ok(!matchesAcceptedAnswer('など級', ['等級'], 'ja'));
});

test('the word printed right after the blank may be typed again', () => {
  assert.ok(matchesAcceptedAnswer('ガ地域', ['ガ'], 'ja', '地域」と呼ばれます。'));
  assert.ok(matchesAcceptedAnswer('situational permit', ['situational'], 'en', ' permit for unlisted items.'));
  assert.ok(!matchesAcceptedAnswer('ナ地域', ['ガ'], 'ja', '地域」と呼ばれます。'));
  assert.ok(!matchesAcceptedAnswer('permit', ['situational'], 'en', ' permit for unlisted items.'));
});

test('the printed word may follow a closing quotation mark', () => {
  assert.ok(matchesAcceptedAnswer('inform requirement', ['inform'], 'en', '” requirement.'));
});

test('the words after the blank may be typed again in Japanese, and British and American spellings are equal', () => {
  assert.ok(matchesAcceptedAnswer('岸田首相', ['岸田文雄', '岸田'], 'ja', '首相と首脳会談を行いました。'));
  assert.ok(!matchesAcceptedAnswer('岸田首', ['岸田'], 'ja', '首相と首脳会談を行いました。'), 'one character is not the printed word');
  assert.ok(matchesAcceptedAnswer('individual export license', ['individual export licence']));
  assert.ok(matchesAcceptedAnswer('compliance program', ['compliance programme']));
  assert.ok(!matchesAcceptedAnswer('首相', ['岸田'], 'ja', '首相と首脳会談を行いました。'));
});

test('a one-syllable Korean particle printed after the blank may be typed again, and only a particle', () => {
  // Round 33 of the review: "셔틀외교를", "G7에" and "코콤의" were rejected although the README allows them.
  assert.ok(matchesAcceptedAnswer('셔틀외교를', ['셔틀외교'], 'ko', '를 복원하기로 했습니다.'));
  assert.ok(matchesAcceptedAnswer('G7에', ['G7'], 'ko', '에 속한 나라들이 만들었습니다.'));
  assert.ok(!matchesAcceptedAnswer('가지', ['가'], 'ko', '지역에 속합니다.'), 'the first syllable of a word is not a particle');
  assert.ok(!matchesAcceptedAnswer('셔틀외교를', ['셔틀'], 'ko', '를 복원하기로 했습니다.'));
});

test('a one-character Japanese particle printed after the blank may be typed again', () => {
  // Round 36 of the review: 「シャトル外交を」 and 「状況許可と」 were rejected.
  assert.ok(matchesAcceptedAnswer('シャトル外交を', ['シャトル外交'], 'ja', 'を再開しました。'));
  assert.ok(matchesAcceptedAnswer('状況許可と', ['状況許可'], 'ja', 'と呼ばれます。'));
  assert.ok(!matchesAcceptedAnswer('岸田首', ['岸田'], 'ja', '首相と首脳会談を行いました。'), 'a kanji is not a particle');
});
