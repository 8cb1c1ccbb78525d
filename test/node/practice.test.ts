import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addDays,
  dueAnchors,
  emptyPracticeRecord,
  localDay,
  parsePracticeRecord,
  practiceQuestionIds,
  PRACTICE_INTERVALS_DAYS,
  PRACTICE_ROUND_MAX,
  recordAnswers,
} from '../../src/core/quiz/practice.js';
import { loadTemplates } from '../../src/core/questions/templates/index.js';
import { anchorsOf, generateQuiz, listCandidates } from '../../src/core/questions/generate.js';
import { loadContent } from './helpers.js';

const content = loadContent('content/en.json');

test('a missed item is due the next day, then after 3 and 7 days while it is right when due, and then leaves the record', () => {
  const day = '2026-12-02';
  let record = recordAnswers(emptyPracticeRecord(), [{ anchor: 'claim:software-counts', type: 'true-false', correct: false }], day);
  assert.deepEqual(record.items['claim:software-counts'], { streak: 0, due: '2026-12-03', type: 'true-false' });
  assert.deepEqual(dueAnchors(record, day), [], 'not due the same day');
  // Right again the same day (a retry round) does not move it on.
  assert.deepEqual(recordAnswers(record, [{ anchor: 'claim:software-counts', type: 'true-false', correct: true }], day), record);
  let today = '2026-12-03';
  assert.deepEqual(dueAnchors(record, today), ['claim:software-counts']);
  for (const [index, wait] of PRACTICE_INTERVALS_DAYS.slice(1).entries()) {
    record = recordAnswers(record, [{ anchor: 'claim:software-counts', type: 'fill-blank', correct: true }], today);
    assert.deepEqual(record.items['claim:software-counts'], { streak: index + 1, due: addDays(today, wait), type: 'fill-blank' });
    today = addDays(today, wait);
  }
  record = recordAnswers(record, [{ anchor: 'claim:software-counts', type: 'true-false', correct: true }], today);
  assert.equal(record.items['claim:software-counts'], undefined, 'learned: it leaves the record');
  // A miss at any point starts it again at one day.
  const missedAgain = recordAnswers({ v: 1, items: { 'term:photoresist': { streak: 2, due: today, type: 'match' } } }, [{ anchor: 'term:photoresist', type: 'match', correct: false }], today);
  assert.deepEqual(missedAgain.items['term:photoresist'], { streak: 0, due: addDays(today, 1), type: 'match' });
  // Right answers on items never missed are not recorded.
  assert.deepEqual(recordAnswers(emptyPracticeRecord(), [{ anchor: 'claim:x', type: 'true-false', correct: true }], today).items, {});
});

test('days are calendar days across months, years and leap days, in the learner\'s own time zone', () => {
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  assert.equal(addDays('2026-02-26', 7), '2026-03-05');
  const noon = new Date(2026, 11, 2, 12).getTime();
  assert.equal(localDay(noon), '2026-12-02');
});

test('a stored record that is missing, garbage or partly damaged never breaks practice: good items are kept', () => {
  assert.deepEqual(parsePracticeRecord(null), emptyPracticeRecord());
  for (const raw of ['', 'not json', '[]', '{"v":2,"items":{}}', '{"v":1}', '{"v":1,"items":7}', 'null']) assert.deepEqual(parsePracticeRecord(raw), emptyPracticeRecord(), raw);
  const mixed = JSON.stringify({
    v: 1,
    items: { good: { streak: 1, due: '2026-12-05', type: 'date' }, bad1: { streak: -1, due: '2026-12-05', type: 'date' }, bad2: { streak: 0, due: 'tomorrow', type: 'date' }, bad3: 5 },
  });
  assert.deepEqual(parsePracticeRecord(mixed).items, { good: { streak: 1, due: '2026-12-05', type: 'date' } });
  fc.assert(fc.property(fc.string(), (raw) => typeof parsePracticeRecord(raw).items === 'object'));
});

test('a practice round asks each due item once, another way than last time when it can, at most five, overdue first', async () => {
  await loadTemplates('en');
  const seed = 'practice-seed';
  const quiz = generateQuiz(content, { seed, count: 10 });
  const anchors = anchorsOf(content, seed);
  const today = '2026-12-10';
  // Every question of a quiz missed, asked on different days.
  const record = { v: 1 as const, items: Object.fromEntries(quiz.questions.map((q, i) => [anchors.get(q.id)!, { streak: 0, due: addDays('2026-12-01', i % 7), type: q.type }])) };
  const ids = practiceQuestionIds(content, seed, record, today);
  assert.equal(ids.length, PRACTICE_ROUND_MAX);
  const asked = ids.map((id) => anchors.get(id)!);
  assert.equal(new Set(asked).size, ids.length, 'one question per item');
  assert.deepEqual(asked, dueAnchors(record, today).slice(0, PRACTICE_ROUND_MAX), 'the longest overdue first');
  // Every item that can be asked more than one way is asked another way than last time.
  const ways = new Map<string, Set<string>>();
  for (const candidate of listCandidates(content, seed)) {
    if (candidate.facts()) ways.set(candidate.anchor, (ways.get(candidate.anchor) ?? new Set()).add(candidate.type));
  }
  const typeOf = (id: string) => id.slice(0, id.indexOf(':'));
  for (const [i, id] of ids.entries()) {
    const anchor = asked[i]!;
    if (ways.get(anchor)!.size > 1) assert.notEqual(typeOf(id), record.items[anchor]!.type, anchor);
  }
  // And with every item last asked as its only type, it is still asked (the same way).
  const onlyWay = { v: 1 as const, items: { [asked[0]!]: { streak: 0, due: today, type: typeOf(ids[0]!) as never } } };
  assert.equal(practiceQuestionIds(content, seed, onlyWay, today).length, 1);
  assert.deepEqual(practiceQuestionIds(content, seed, record, '2026-11-30'), [], 'nothing due yet');
});

test('the record holds across languages: a fact missed in English is practised in Korean', async () => {
  await loadTemplates('ko');
  const korean = loadContent('content/ko.json');
  const seed = 's';
  const english = generateQuiz(content, { seed, count: 5 }).questions[0]!;
  const anchor = anchorsOf(content, seed).get(english.id)!;
  const record = recordAnswers(emptyPracticeRecord(), [{ anchor, type: english.type, correct: false }], '2026-12-01');
  const [id] = practiceQuestionIds(korean, seed, record, '2026-12-02');
  assert.equal(anchorsOf(korean, seed).get(id!), anchor);
});
