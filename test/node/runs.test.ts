// Content in a language without question wording is asked in English: each question says which
// words are the wording's, so a screen reader reads "True or false?" in English and the statement in French.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateQuiz } from '../../src/core/questions/generate.js';
import { englishTemplates } from '../../src/core/questions/templates/index.js';
import { recordRuns } from '../../src/core/questions/templates/runs.js';
import { loadContent } from './helpers.js';

const french = () => {
  const content = loadContent('test/fixtures/solar-system.json');
  content.language = 'fr';
  return content;
};

test('French content: prompts split into the English wording and the French content, which joined give the prompt', () => {
  const content = french();
  const questions = generateQuiz(content, { seed: 'runs', count: 20 }).questions;
  const withRuns = questions.filter((q) => q.promptRuns);
  assert.ok(withRuns.length >= questions.length * 0.75, `${withRuns.length} of ${questions.length} prompts have runs`);
  for (const q of questions) {
    for (const runs of [q.promptRuns, q.explanationRuns]) {
      if (!runs) continue;
      assert.equal(runs.map((run) => run.text).join(''), runs === q.promptRuns ? q.prompt : q.explanation, q.id);
      assert.ok(runs.every((run) => run.lang === undefined || run.lang === 'en'), q.id);
    }
  }
  const statement = questions.find((q) => q.type === 'true-false')!;
  const claim = content.claims.find((c) => statement.id === `true-false:${c.id}`)!;
  assert.deepEqual(statement.promptRuns, [{ text: 'True or false? ', lang: 'en' }, { text: claim.statement }]);
  assert.deepEqual(statement.type === 'true-false' && statement.options.map((o) => o.lang), ['en', 'en']);
});

test('content in a language with its own wording has no runs', () => {
  for (const file of ['content/en.json', 'test/fixtures/solar-system.json']) {
    for (const q of generateQuiz(loadContent(file), { seed: 'runs', count: 20 }).questions) {
      assert.equal(q.promptRuns, undefined, q.id);
      assert.equal(q.explanationRuns, undefined, q.id);
      assert.ok(!('options' in q) || q.options.every((o) => o.lang === undefined), q.id);
    }
  }
});

test('lists, added full stops and wording chosen by an argument split; content alone gets no runs', () => {
  const { templates, runsOf } = recordRuns(englishTemplates, 'en');
  // Each member of a list is content; the template capitalises the name and adds full stops.
  assert.deepEqual(runsOf(templates.selectAllExplanation('les planètes naines', ['Cérès'], ['Cérès', 'Pluton'])), [
    { text: 'The right options: ', lang: 'en' },
    { text: 'Cérès' },
    { text: '. ', lang: 'en' },
    { text: 'Les planètes naines' },
    { text: ' are, in full: ', lang: 'en' },
    { text: 'Cérès' },
    { text: '; ', lang: 'en' },
    { text: 'Pluton' },
    { text: '.', lang: 'en' },
  ]);
  // Only wording words are worth marking: punctuation around content, or content alone, gets none.
  assert.equal(runsOf(templates.groupExplanation('les planètes naines', ['Cérès', 'Pluton'])), undefined);
  assert.equal(runsOf(templates.fillBlankExplanation('Pluton est une planète naine.')), undefined);
  // A wording chosen by an argument (the precision) is the wording's, not content.
  const date = templates.date('Découverte de Cérès', 'year');
  assert.deepEqual(runsOf(date), [
    { text: 'In which year did this happen: “', lang: 'en' },
    { text: 'Découverte de Cérès' },
    { text: '”?', lang: 'en' },
  ]);
});
