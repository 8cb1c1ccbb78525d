import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFacts, parseChecks, planChecks, QUESTIONS_PER_CHECK } from '../../src/core/questions/checks.js';
import { generateQuiz, pickCandidates } from '../../src/core/questions/generate.js';
import { decodeResultCode, encodeResultCode } from '../../src/core/quiz/result-code.js';
import { restoreSession, startSession, type SessionOptions } from '../../src/core/quiz/session.js';
import { loadContent } from './helpers.js';

const en = loadContent('content/en.json');
const ko = loadContent('content/ko.json');
const solar = loadContent('test/fixtures/solar-system.json');

/** The ids of the teaching items explained only in a "go deeper" block. */
const deeperIds = (content: typeof en) =>
  new Set([...content.glossary, ...content.claims, ...content.events, ...content.groups, ...content.blanks].filter((item) => item.deeper).map((item) => item.id));

test('checks use neither orders nor matches (several facts at once), and true/false only where nothing else is left', () => {
  for (const per of ['theme', 'section'] as const) {
    const questions = planChecks(en, { per, seed: 'mix' }).flatMap((b) => b.questions);
    assert.ok(questions.every((q) => q.type !== 'order' && q.type !== 'match'));
    assert.ok(questions.filter((q) => q.type === 'true-false').length < questions.length / 2, questions.map((q) => q.type).join());
  }
});

test('after each theme: two questions from that theme’s core lesson, no fact used twice, the same for the same seed', () => {
  const blocks = planChecks(en, { per: 'theme', seed: 'class-7b' });
  assert.deepEqual(blocks.map((b) => b.after), en.themes.map((t) => t.id));
  const deeper = deeperIds(en);
  for (const block of blocks) {
    assert.equal(block.questions.length, QUESTIONS_PER_CHECK.theme, block.after);
    for (const q of block.questions) {
      assert.equal(q.theme, block.after);
      assert.equal(q.deeperId, undefined, `${q.id} is explained only in a go-deeper block`);
      assert.ok(![...deeper].some((id) => q.id.includes(id) && q.id.endsWith(id)), q.id);
    }
  }
  const facts = checkFacts(blocks);
  assert.equal(new Set(facts).size, facts.length, 'no fact is asked by two checks');
  assert.deepEqual(planChecks(en, { per: 'theme', seed: 'class-7b' }), blocks, 'seeded');
  assert.notDeepEqual(
    planChecks(en, { per: 'theme', seed: 'class-7c' }).map((b) => b.questions.map((q) => q.id)),
    blocks.map((b) => b.questions.map((q) => q.id)),
    'another seed, other checks',
  );
  // Facts are ids, the same in every language: the Korean checks ask the same things.
  assert.deepEqual(planChecks(ko, { per: 'theme', seed: 'class-7b' }).map((b) => b.facts), blocks.map((b) => b.facts));
});

test('after each section: one question explained in that section, for every section that teaches a core fact', () => {
  const blocks = planChecks(en, { per: 'section', seed: 's' });
  assert.ok(blocks.length >= en.sections.length - 2, `${blocks.length} of ${en.sections.length} sections`);
  for (const block of blocks) {
    assert.equal(block.questions.length, 1);
    assert.equal(block.questions[0]!.sectionId, block.after);
  }
});

test('the quiz avoids the facts the checks asked while the content has others, and counts the ones it had to use', () => {
  for (const per of ['theme', 'section'] as const) {
    const avoidFacts = checkFacts(planChecks(en, { per, seed: 'q' }));
    const { picked, repeated } = pickCandidates(en, { seed: 'q', count: 10, avoidFacts });
    assert.equal(picked.length, 10);
    assert.equal(repeated, 0, per);
    for (const candidate of picked) assert.ok(candidate.facts()!.every((key) => !avoidFacts.includes(key)), candidate.id);
    assert.equal(generateQuiz(en, { seed: 'q', count: 10, avoidFacts }).repeatedFacts, 0);
    // Twenty is more than the English content can fill without them: the quiz stays twenty long and counts the repeats.
    const long = pickCandidates(en, { seed: 'q', count: 20, avoidFacts });
    assert.equal(long.picked.length, pickCandidates(en, { seed: 'q', count: 20 }).picked.length);
    assert.equal(long.repeated, long.picked.filter((candidate) => candidate.facts()!.some((key) => avoidFacts.includes(key))).length);
  }
  // A small content runs out: the quiz is about as long as without checks, and says how many questions repeat a check's fact.
  const avoidFacts = checkFacts(planChecks(solar, { per: 'theme', seed: 'q' }));
  assert.ok(avoidFacts.length > 0);
  const plain = generateQuiz(solar, { seed: 'q', count: 30 });
  const avoiding = generateQuiz(solar, { seed: 'q', count: 30, avoidFacts });
  // (Within one: the facts drawn first differ, and each pick rules out the facts it shares with others.)
  assert.ok(avoiding.questions.length >= plain.questions.length - 1, `${avoiding.questions.length} vs ${plain.questions.length}`);
  assert.ok(avoiding.repeatedFacts! > 0);
  // Without checks nothing changes: no count, and the very same quiz.
  assert.equal(plain.repeatedFacts, undefined);
  assert.deepEqual(generateQuiz(en, { seed: 'q', count: 10, avoidFacts: [] }), generateQuiz(en, { seed: 'q', count: 10 }));
});

test('a quiz after checks is another quiz: its result code records the checks, and saved progress of the other is not restored', () => {
  const options: SessionOptions = { seed: 'class-7b', count: 10, mode: 'test', types: [], themes: [] };
  const withChecks: SessionOptions = { ...options, checks: { per: 'theme', seed: 'class-7b' } };
  const plain = startSession(en, options, 0);
  const checked = startSession(en, withChecks, 0);
  assert.notDeepEqual(checked.questions.map((q) => q.id), plain.questions.map((q) => q.id));
  const code = encodeResultCode(en, withChecks, checked.questions, {});
  assert.equal(decodeResultCode(code, en, withChecks, checked.questions).ok, true);
  const other = decodeResultCode(code, en, options, plain.questions);
  assert.equal(other.ok, false);
  assert.equal(!other.ok && other.reason, 'other-quiz');
  for (const setting of [{ per: 'section', seed: 'class-7b' }, { per: 'theme', seed: 'checks' }] as const) {
    const another = { ...options, checks: setting };
    assert.equal(decodeResultCode(code, en, another, startSession(en, another, 0).questions).ok, false, JSON.stringify(setting));
  }
  const saved = JSON.stringify(checked.state);
  assert.ok(restoreSession(saved, en, withChecks));
  assert.equal(restoreSession(saved, en, options), undefined);
  assert.equal(restoreSession(saved, en, { ...options, checks: { per: 'section', seed: 'class-7b' } }), undefined);
});

test('the checks attribute: theme, section or off; anything else is the element’s default', () => {
  assert.equal(parseChecks('Section', 'theme'), 'section');
  assert.equal(parseChecks('off', 'theme'), 'off');
  assert.equal(parseChecks('yes', 'theme'), 'theme');
  assert.equal(parseChecks(undefined, 'off'), 'off');
});
