// The three content files must line up: same ids, structure, dates, groups, tree and
// answers; only text differs. Then one seed gives one quiz in every language.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { generateQuiz } from '../../src/core/questions/generate.js';
import { loadContent, readJson } from './helpers.js';

/** Keys whose values are data, not text: they must be identical across languages. */
const DATA_KEYS = new Set([
  'id', 'theme', 'section', 'sources', 'actors', 'date', 'truth', 'kind', 'next', 'start',
  'choices', 'outcome', 'url', 'category', 'position', 'term', 'version', 'lastReviewed', '$schema',
  'facts', 'otherDates', 'keyDate', 'stageOf', 'minutes', 'answerKey', 'nameTells', 'confusedWith',
  'inSight', 'givesAway',
]);
/** Lists whose length may differ: other spellings, and runs of text (word order differs by language). */
const FREE_LISTS = new Set(['aliases', 'synonyms', 'alternatives', 'text']);

function compare(en: unknown, other: unknown, path: string, problems: string[]) {
  if (Array.isArray(en)) {
    if (!Array.isArray(other)) return problems.push(`${path}: expected a list`);
    const key = path.replace(/.*\./, '').replace(/\[\d+\]$/, '');
    if (FREE_LISTS.has(key)) {
      // Runs: the same glossary terms must be marked, in any order.
      const terms = (list: unknown[]) => list.flatMap((run) => (run && typeof run === 'object' && 'term' in run ? [String((run as { term: unknown }).term)] : [])).sort();
      if (key === 'text') assert.deepEqual(terms(other), terms(en), `${path}: marked terms differ`);
      return;
    }
    if (en.length !== other.length) return problems.push(`${path}: ${en.length} items in English, ${other.length} here`);
    en.forEach((item, index) => compare(item, other[index], `${path}[${index}]`, problems));
    return;
  }
  if (en && typeof en === 'object') {
    if (!other || typeof other !== 'object' || Array.isArray(other)) return problems.push(`${path}: expected an object`);
    // Other spellings are per language: a file may list some where another lists none.
    // So is a source's `lang`: a Korean title needs it in English content, not in Korean.
    const perLanguage = (key: string) => key === 'synonyms' || key === 'alternatives' || key === 'lang';
    const a = Object.keys(en).filter((key) => !perLanguage(key)).sort();
    const b = Object.keys(other).filter((key) => !perLanguage(key)).sort();
    if (a.join() !== b.join()) return problems.push(`${path}: keys ${b.join(',')} instead of ${a.join(',')}`);
    for (const key of a.concat(Object.keys(en).filter((key) => perLanguage(key) && key in other))) {
      const value = (en as Record<string, unknown>)[key];
      const theirs = (other as Record<string, unknown>)[key];
      const childPath = path ? `${path}.${key}` : key;
      // The same names are text in two places: a glossary entry's `term`, and the top-level list of actors (their names).
      // The top-level list of sources holds objects, compared field by field (titles may carry a `lang`).
      const isText = (key === 'term' && /^glossary\[\d+\]$/.test(path)) || ((key === 'actors' || key === 'sources') && path === '');
      if (isText) compare(value, theirs, childPath, problems);
      else if (DATA_KEYS.has(key) && typeof value !== 'object') {
        if (value !== theirs) problems.push(`${childPath}: ${JSON.stringify(theirs)} instead of ${JSON.stringify(value)}`);
      } else if (DATA_KEYS.has(key)) {
        if (JSON.stringify(value) !== JSON.stringify(theirs)) problems.push(`${childPath}: differs from English`);
      } else compare(value, theirs, childPath, problems);
    }
    return;
  }
  if (typeof en !== typeof other) problems.push(`${path}: expected a ${typeof en}`);
  else if (typeof en === 'string' && en.trim() !== '' && String(other).trim() === '') problems.push(`${path}: empty translation`);
}

const LANGUAGES = ['ko', 'ja'].filter((language) => existsSync(new URL(`../../content/${language}.json`, import.meta.url)));

for (const language of LANGUAGES) {
  describe(`content/${language}.json`, () => {
    test('lines up with content/en.json: same ids, structure, dates, groups, tree and answers', () => {
      const problems: string[] = [];
      compare(readJson('content/en.json'), readJson(`content/${language}.json`), '', problems);
      assert.deepEqual(problems.slice(0, 20), [], `${problems.length} differences`);
      assert.equal(loadContent(`content/${language}.json`).language, language);
    });

    test('the same seed gives the same question ids and answers as English', () => {
      const en = loadContent('content/en.json');
      const other = loadContent(`content/${language}.json`);
      for (const seed of ['class-1', 'class-2', 'x', '2026']) {
        const a = generateQuiz(en, { seed, count: 15 }).questions;
        const b = generateQuiz(other, { seed, count: 15 }).questions;
        assert.deepEqual(b.map((q) => q.id), a.map((q) => q.id));
        // Option ids and order, and non-text answers, are identical.
        assert.deepEqual(
          b.map((q) => ('options' in q ? q.options.map((o) => o.id) : [])),
          a.map((q) => ('options' in q ? q.options.map((o) => o.id) : [])),
        );
        assert.deepEqual(
          b.filter((q) => q.type !== 'fill-blank').map((q) => q.answer),
          a.filter((q) => q.type !== 'fill-blank').map((q) => q.answer),
        );
      }
    });
  });
}

test('both translations exist', () => {
  assert.deepEqual(LANGUAGES, ['ko', 'ja']);
});
