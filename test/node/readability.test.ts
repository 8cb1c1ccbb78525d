// The readability check (`npm run validate -- --readability FILE`): the measures a teacher
// reads, per section and for the core layer (key points and main paragraphs).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Content } from '../../src/core/content/schema.js';
import { readability, readingMinutes, sentencesOf, syllables } from '../../src/core/content/readability.js';
import { readJson } from './helpers.js';

const base = () => structuredClone(readJson('content/template.json')) as Content;

describe('readability', () => {
  test('counts English syllables the usual way', () => {
    const cases: [string, number][] = [['cat', 1], ['export', 2], ['control', 2], ['licence', 2], ['destruction', 3], ['table', 2], ['regime', 2], ['government', 3], ['1996', 2]];
    for (const [word, expected] of cases) assert.equal(syllables(word), expected, word);
  });

  test('splits sentences at full stops before a capital, not inside numbers or after a closing quote mark only', () => {
    assert.deepEqual(sentencesOf('It began in 2019. Japan said “no”. Korea disagreed.', 'en'), ['It began in 2019.', 'Japan said “no”.', 'Korea disagreed.']);
    assert.deepEqual(sentencesOf('Version 1.5 of the list applies.', 'en'), ['Version 1.5 of the list applies.']);
    assert.deepEqual(sentencesOf('일본은 조치를 발표했습니다. 한국은 반발했습니다.', 'ko'), ['일본은 조치를 발표했습니다.', '한국은 반발했습니다.']);
    assert.deepEqual(sentencesOf('日本は発表しました。韓国は反発しました。', 'ja'), ['日本は発表しました。', '韓国は反発しました。']);
  });

  test('reports words, sentences, grade and reading time for the core layer apart from "go deeper" blocks', () => {
    const content = base();
    const section = content.sections[0]!;
    section.keyPoint = 'Some goods need a licence.';
    section.paragraphs = [{ text: ['The cat sat on the mat. The dog ran to the park.'], sources: ['handbook'] }];
    section.deeper = [{ id: 'more', title: 'More', paragraphs: [{ text: ['Exporters of sensitive technology must obtain authorisation from the relevant ministry.'], sources: ['handbook'] }] }];
    const report = readability(content);
    const first = report.sections.find((entry) => entry.section === section.id)!;
    assert.equal(first.core.words, 5 + 12);
    assert.equal(first.core.sentences, 3);
    assert.equal(first.words, 5 + 12 + 11);
    assert.ok(first.core.grade! < first.grade!, 'the plain core reads easier than the technical block');
    assert.ok(report.core.words < report.all.words);
    assert.deepEqual(readingMinutes(content), { core: report.core.minutes, all: report.all.minutes });
  });

  test('flags sentences over 30 words', () => {
    const content = base();
    const long = `${Array.from({ length: 31 }, (_, i) => `Word${i}`).join(' ')}.`;
    content.sections[0]!.paragraphs = [{ text: [`Short one. ${long}`], sources: ['handbook'] }];
    const report = readability(content);
    assert.equal(report.longSentences.length, 1);
    assert.equal(report.longSentences[0]!.words, 31);
  });

  test('flags an acronym whose first use explains nothing, not one spelled out or marked as a term', () => {
    const content = base();
    content.sections[0]!.paragraphs = [
      { text: ['Weapons of mass destruction (WMD) are banned. METI (Japan’s trade ministry) decides. The MTCR covers missiles. Later, the MTCR met again.'], sources: ['handbook'] },
    ];
    const found = readability(content).unexplainedAcronyms.map((entry) => entry.acronym);
    assert.deepEqual(found, ['MTCR']);
  });

  test('Korean and Japanese get reading time and sentence length, no English grade', () => {
    const content = base();
    content.language = 'ja';
    content.sections[0]!.paragraphs = [{ text: ['日本は発表しました。韓国は反発しました。'], sources: ['handbook'] }];
    const report = readability(content);
    const first = report.sections.find((entry) => entry.section === content.sections[0]!.id)!;
    assert.equal(first.core.grade, undefined);
    assert.equal(first.core.sentences, 2);
    assert.equal(first.core.characters, 20);
    assert.equal(first.core.meanSentence, 10, 'Japanese sentence length is in characters');
    assert.deepEqual(report.unexplainedAcronyms, []);
  });
});

describe('the bundled English lesson', () => {
  const report = readability(readJson('content/en.json') as Content);

  // The lesson issue asks for "about 1,200–1,600 words". The ceiling allows 3 % over 1,600: the fact-check and
  // the teacher's reads (2026-12-02) asked both governments' reasons back into the core (the Ga-2 step, Japan's
  // conventional-weapons catch-all), and cutting the core's balance to meet a round number would be the worse trade.
  test('its core layer is about 1,200–1,600 words (at most 1,650) at Flesch–Kincaid grade 9–10, sentences averaging at most 16 words', () => {
    assert.ok(report.core.words >= 1200 && report.core.words <= 1650, `core words: ${report.core.words}`);
    assert.ok(report.core.grade! >= 9 && report.core.grade! <= 10, `core grade: ${report.core.grade}`);
    assert.ok(report.core.meanSentence <= 16, `mean sentence: ${report.core.meanSentence}`);
  });

  test('has no sentence over 30 words and explains every acronym at first use', () => {
    assert.deepEqual(report.longSentences.map((long) => `[${long.section}] ${long.text}`), []);
    assert.deepEqual(report.unexplainedAcronyms.map((found) => `[${found.section}] ${found.acronym}: ${found.text}`), []);
  });
});
