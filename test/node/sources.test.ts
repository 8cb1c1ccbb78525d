// The bundled content follows the source policy in docs/authoring.md ("Which sources to cite"):
// the validator checks the format (at most three sources per item, known kinds); this checks
// what only the bundled files promise: every source has a kind, none is from a barred kind of
// site, none is listed without being cited, and each title is tagged with its language.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Content } from '../../src/core/content/schema.js';
import { loadContent } from './helpers.js';

/** Hosts of forums, mirrors, content farms, quiz and advocacy sites, blogs and vendors' marketing pages. */
const BARRED_HOSTS =
  /(^|\.)(5ch\.net|wideo\.ovh|pdfslide\.\w+|docslib\.org|slideplayer\.com|wiki\.av1\.space|wikipedia\.org|tellerreport\.com|10xbest\.com|lifeee\.net|newsrebeat\.com|myclimatejapan\.com|indiaquizzes\.com|pakistanaffairs\.pk|fluoridealert\.org|endusmilitarism\.org|blogspot\.com|gg2\.net|jqknews\.com|metallurgprom\.org|allcom\.se|securustrade\.com|timewell\.jp|cp-rm\.jp|tcilabo\.jp)$/;

/** Every source id cited anywhere in the file. */
function citedIds(content: Content): Set<string> {
  const cited = new Set<string>();
  const walk = (value: unknown, top: boolean) => {
    if (Array.isArray(value)) value.forEach((item) => walk(item, false));
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'sources' && !top && Array.isArray(child)) child.forEach((id) => cited.add(String(id)));
        else walk(child, false);
      }
    }
  };
  walk(content, true);
  return cited;
}

/** The script a title is written in, as a language tag, or undefined for Latin script. */
function scriptLanguage(title: string): string | undefined {
  if (/\p{Script=Hangul}/u.test(title)) return 'ko';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(title)) return 'ja';
  return undefined;
}

for (const language of ['en', 'ko', 'ja']) {
  describe(`content/${language}.json sources`, () => {
    const content = loadContent(`content/${language}.json`);

    test('every source says what kind of body stands behind it', () => {
      assert.deepEqual(content.sources.filter((source) => !source.kind).map((source) => source.id), []);
    });

    test('no source is a forum, mirror, content farm, quiz, blog, vendor or advocacy site', () => {
      const barred = content.sources.filter((source) => BARRED_HOSTS.test(new URL(source.url).hostname));
      assert.deepEqual(barred.map((source) => `${source.id}: ${source.url}`), []);
    });

    test('no page is listed twice', () => {
      const seen = new Map<string, string>();
      const twice = content.sources.flatMap((source) => {
        const first = seen.get(source.url);
        seen.set(source.url, source.id);
        return first ? [`${first} and ${source.id}: ${source.url}`] : [];
      });
      assert.deepEqual(twice, []);
    });

    test('every source listed is cited by some item', () => {
      const cited = citedIds(content);
      assert.deepEqual(content.sources.filter((source) => !cited.has(source.id)).map((source) => source.id), []);
    });

    test('titles in another language than the file are tagged with it', () => {
      const base = content.language.split('-')[0]!;
      const wrong = content.sources.flatMap((source) => {
        const script = scriptLanguage(source.title);
        const ok = script
          ? source.lang === (script === base ? undefined : script)
          : base === 'en'
            ? source.lang === undefined || !['en', 'ko', 'ja'].includes(source.lang.split('-')[0]!)
            : source.lang !== undefined && !['ko', 'ja'].includes(source.lang.split('-')[0]!);
        return ok ? [] : [`${source.id}: lang ${source.lang ?? 'missing'}, title "${source.title}"`];
      });
      assert.deepEqual(wrong, []);
    });
  });
}
