import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Content } from '../../src/core/content/schema.js';
import { sectionText, termsMarkedIn, findSection } from '../../src/core/content/text.js';
import { certainlyBefore, dateSpan } from '../../src/core/dates.js';
import { normalizeFreeText, isCorrect } from '../../src/core/questions/answers.js';
import { generateQuiz, listCandidates, buildQuestions, buildCandidate, maxChronology, maxDeeper, maxPerType, pickCandidates, givenAwayItems } from '../../src/core/questions/generate.js';
import { checkFacts, planChecks } from '../../src/core/questions/checks.js';
import { contentStats } from '../../src/core/questions/stats.js';
import { QUESTION_TYPES, type Question } from '../../src/core/questions/types.js';
import { loadContent } from './helpers.js';

const FILES = ['content/en.json', 'content/ko.json', 'content/ja.json', 'test/fixtures/solar-system.json'];

/** The fact a key names, with the section that explains it. */
function factOf(content: Content, key: string): { section: string } | undefined {
  const [kind, id] = key.split(':') as [string, string];
  const lists: Record<string, { id: string; section: string }[]> = {
    term: content.glossary,
    event: content.events,
    claim: content.claims,
    group: content.groups,
    blank: content.blanks,
    scenario: (content.decisionTree?.scenarios ?? []).map((s) => ({ id: s.id, section: content.decisionTree!.section })),
  };
  return lists[kind]?.find((item) => item.id === id);
}

const optionTexts = (q: Question) => ('options' in q ? q.options.map((o) => o.text) : []);

/** Every invariant a generated quiz must hold; throws with the question id on failure. */
function checkQuiz(content: Content, seed: string, count: number) {
  const quiz = generateQuiz(content, { seed, count });
  const candidates = new Map(listCandidates(content, seed).map((c) => [c.id, c]));
  const usedFacts = new Set<string>();
  const ids = new Set<string>();
  const sources = new Set(content.sources.map((s) => s.id));
  const themes = new Set(content.themes.map((t) => t.id));

  for (const q of quiz.questions) {
    const where = `seed ${JSON.stringify(seed)}, ${q.id}`;
    assert.ok(!ids.has(q.id), `${where}: duplicate question id`);
    ids.add(q.id);
    assert.ok(q.id.startsWith(`${q.type}:`), `${where}: id does not name its type`);
    assert.ok(themes.has(q.theme), `${where}: unknown theme`);
    assert.ok(q.prompt.trim() && q.explanation.trim(), `${where}: empty prompt or explanation`);
    assert.ok(q.sourceIds.length > 0 && q.sourceIds.every((s) => sources.has(s)), `${where}: bad sources`);
    const section = findSection(content, q.sectionId);
    assert.ok(section, `${where}: unknown section`);
    assert.equal(section.theme, q.theme, `${where}: theme differs from its section's`);

    // Never the same fact twice; each fact is shown in the section the question links to.
    const candidate = candidates.get(q.id);
    assert.ok(candidate, `${where}: not a candidate`);
    const facts = candidate.facts();
    assert.ok(facts, `${where}: picked although the content cannot supply it`);
    for (const key of facts) {
      assert.ok(!usedFacts.has(key), `${where}: fact ${key} asked twice`);
      usedFacts.add(key);
      // Shared fact keys (`fact:…`), a term question's kind (`kind:…`) and a process's stages (`stage:…`) tie items together; they are not items themselves.
      if (key.startsWith('fact:') || key.startsWith('kind:') || key.startsWith('stage:')) continue;
      // A term question's wrong options are terms of its kind, which may be taught in another theme: shown, not asked.
      if ((q.type === 'term-definition' || q.type === 'definition-term') && key !== candidate.anchor) continue;
      // The question links to its anchor's section; a match's other terms may be explained elsewhere in the theme.
      const section: string | undefined = factOf(content, key)?.section;
      if (key === candidate.anchor) assert.equal(section, q.sectionId, `${where}: ${key} is explained elsewhere`);
      else assert.equal(findSection(content, section ?? '')?.theme, q.theme, `${where}: ${key} belongs to another theme`);
      if (key.startsWith('term:')) assert.ok(termsMarkedIn(findSection(content, factOf(content, key)!.section)!).has(key.slice(5)), `${where}: ${key} not marked in its section`);
    }

    // Options: unique ids, no two alike, the prompt never gives the answer away.
    if ('options' in q) {
      assert.equal(new Set(q.options.map((o) => o.id)).size, q.options.length, `${where}: duplicate option ids`);
      const texts = q.options.map((o) => normalizeFreeText(o.text));
      assert.equal(new Set(texts).size, texts.length, `${where}: two options alike: ${optionTexts(q).join(' | ')}`);
    }
    const prompt = normalizeFreeText(q.prompt);
    switch (q.type) {
      case 'true-false':
        assert.deepEqual(q.options.map((o) => o.id), ['true', 'false']);
        assert.ok(q.answer === 'true' || q.answer === 'false');
        break;
      case 'select-all': {
        const optionIds = new Set(q.options.map((o) => o.id));
        assert.ok(q.answer.length >= 1 && q.answer.every((id) => optionIds.has(id)), `${where}: answer not among options`);
        assert.ok(q.answer.length < q.options.length, `${where}: nothing to leave unselected`);
        break;
      }
      case 'order': {
        assert.ok(q.options.length >= 3 && q.options.length <= 5, `${where}: ${q.options.length} events`);
        assert.deepEqual([...q.answer].sort(), q.options.map((o) => o.id).sort(), `${where}: answer is not a permutation`);
        assert.notDeepEqual(q.options.map((o) => o.id), q.answer, `${where}: already in order`);
        const dates = q.answer.map((id) => content.events.find((e) => e.id === id)!.date);
        for (let i = 1; i < dates.length; i++) assert.ok(certainlyBefore(dates[i - 1]!, dates[i]!), `${where}: events not strictly ordered`);
        break;
      }
      case 'match': {
        assert.ok(q.items.length >= 3 && q.items.length <= 5, `${where}: ${q.items.length} items`);
        // One spare option, so the last pair is never free.
        assert.equal(q.options.length, q.items.length + 1, `${where}: no spare option`);
        const targets = Object.values(q.answer);
        assert.equal(new Set(targets).size, q.items.length, `${where}: two items share an option`);
        assert.ok(targets.every((id) => q.options.some((o) => o.id === id)));
        for (const item of q.items) assert.ok(!prompt.includes(normalizeFreeText(item.text)));
        break;
      }
      case 'fill-blank': {
        assert.ok(q.answer.length >= 1);
        assert.ok(!prompt.includes(normalizeFreeText(q.answer[0]!)), `${where}: the prompt contains the answer`);
        assert.ok(sectionText(content, q.sectionId).toLowerCase().includes(q.answer[0]!.toLowerCase()), `${where}: not stated in section`);
        break;
      }
      default: {
        const correct = q.options.filter((o) => o.id === q.answer);
        assert.equal(correct.length, 1, `${where}: exactly one correct option`);
        assert.ok(q.options.length >= 3 && q.options.length <= (q.type === 'scenario' ? 6 : 4), `${where}: ${q.options.length} options`);
        assert.ok(!prompt.includes(normalizeFreeText(correct[0]!.text)), `${where}: the prompt contains the answer "${correct[0]!.text}"`);
      }
    }
    if (q.type === 'date') {
      const event = content.events.find((e) => `date:${e.id}` === q.id)!;
      assert.ok(event.date.startsWith(q.answer), `${where}: the key ${q.answer} is not the event's date`);
      assert.ok(q.answer.length <= 7, `${where}: asks for the exact day`);
      const admitted = [event.date, ...(event.otherDates ?? [])];
      for (const option of q.options) {
        assert.equal(option.id.length, q.answer.length, `${where}: options of another precision`);
        const distance = Math.abs(dateSpan(option.id)[0] - dateSpan(event.date)[0]) / 10000;
        assert.ok(distance <= 10, `${where}: distractor ${option.id} is not near ${event.date}`);
        if (option.id !== q.answer) {
          assert.ok(!admitted.some((date) => date.startsWith(option.id) || option.id.startsWith(date)), `${where}: ${option.id} is a date the content admits`);
        }
      }
      const ids = q.options.map((o) => o.id);
      assert.deepEqual(ids, [...ids].sort(), `${where}: date options not in time order`);
    }
  }

  // The blueprint: easier items first, at most three chronology items per ten.
  const difficulty = quiz.questions.map((q) => candidates.get(q.id)!.difficulty);
  assert.deepEqual(difficulty, [...difficulty].sort((a, b) => a - b), `seed ${JSON.stringify(seed)}: harder items before easier ones`);
  const chronology = quiz.questions.filter((q) => candidates.get(q.id)!.chronology).length;
  assert.ok(chronology <= maxChronology(count), `seed ${JSON.stringify(seed)}: ${chronology} chronology items in ${count}`);
  return quiz;
}

for (const file of FILES) {
  describe(`generator on ${file}`, () => {
    const content = loadContent(file);

    test('every invariant holds for 1,000 seeds', () => {
      fc.assert(
        fc.property(fc.string(), fc.integer({ min: 1, max: 25 }), (seed, count) => {
          checkQuiz(content, seed, count);
        }),
        { numRuns: 1000 },
      );
    });

    test('the same seed gives the same quiz', () => {
      fc.assert(
        fc.property(fc.string(), (seed) => {
          assert.deepEqual(generateQuiz(content, { seed, count: 12 }), generateQuiz(content, { seed, count: 12 }));
        }),
        { numRuns: 200 },
      );
    });

    test('different seeds give different selections and orders', () => {
      const quizzes = Array.from({ length: 30 }, (_, i) =>
        JSON.stringify(generateQuiz(content, { seed: `class-${i}`, count: 8 }).questions.map((q) => [q.id, 'options' in q ? q.options.map((o) => o.id) : []])),
      );
      assert.equal(new Set(quizzes).size, quizzes.length);
    });

    test('themes get questions in proportion to the facts they teach, each at least one', () => {
      const candidates = listCandidates(content, 'x');
      const facts = content.themes.map((t) => new Set(candidates.filter((c) => c.theme === t.id).map((c) => c.anchor)).size);
      const total = facts.reduce((a, b) => a + b, 0);
      // Facts that give each other away cannot share a quiz, so one quiz may miss its share by a
      // question or two; over a class's worth of quizzes each theme gets what it teaches.
      for (const count of [3, 6, 9, 12, 20]) {
        const sums = content.themes.map(() => 0);
        const quizzes = 40;
        let short = 0;
        for (let i = 0; i < quizzes; i++) {
          const quiz = generateQuiz(content, { seed: `balance-${count}-${i}`, count });
          // A quiz of twenty may end up to four short: it uses most of the facts the content has that
          // do not give each other away (the bundled lesson always fills quizzes of up to 16); the last
          // true/false places keep the keys balanced rather than fill.
          assert.ok(quiz.questions.length >= (count >= 20 ? count - 4 : count), `count ${count}, seed ${i}: ${quiz.questions.length} questions`);
          if (quiz.questions.length < count) short++;
          const perTheme = content.themes.map((t) => quiz.questions.filter((q) => q.theme === t.id).length);
          perTheme.forEach((n, j) => {
            assert.ok(n >= 1, `count ${count}: theme ${j} has no question (${perTheme})`);
            sums[j]! += n / quiz.questions.length;
          });
        }
        assert.ok(short <= quizzes / 4, `count ${count}: ${short} of ${quizzes} quizzes end short`);
        sums.forEach((sum, j) => {
          const mean = (sum / quizzes) * count;
          assert.ok(Math.abs(mean - (count * facts[j]!) / total) <= Math.max(1, count * 0.1), `count ${count}: theme ${j} averages ${mean} for facts ${facts}`);
        });
      }
    });

    test('every fact has a fair chance: over many quizzes, each is drawn', () => {
      const drawn = new Map<string, number>();
      const candidates = new Map(listCandidates(content, 'x').map((c) => [c.id, c]));
      const quizzes = 300;
      for (let i = 0; i < quizzes; i++) {
        for (const q of generateQuiz(content, { seed: `fair-${i}`, count: 10 }).questions) {
          const anchor = listCandidates(content, `fair-${i}`).find((c) => c.id === q.id)?.anchor ?? candidates.get(q.id)!.anchor;
          drawn.set(anchor, (drawn.get(anchor) ?? 0) + 1);
        }
      }
      const anchors = new Set([...candidates.values()].filter((c) => c.facts()).map((c) => c.anchor));
      const never = [...anchors].filter((anchor) => !drawn.has(anchor));
      assert.ok(never.length <= anchors.size * 0.05, `never drawn in ${quizzes} quizzes: ${never.join(', ')}`);
    });

    test('a quiz mixes question types and includes application items', () => {
      const hasScenarios = listCandidates(content, 'mix').some((c) => c.type === 'scenario' && c.facts());
      // The blueprint draws facts, then a type for each: a quiz of ten has at least four types, and
      // most have five or more.
      let fewer = 0;
      let overCap = 0;
      const quizzes = 100;
      for (let i = 0; i < quizzes; i++) {
        const seed = `mix-${i}`;
        const quiz = generateQuiz(content, { seed, count: 10 });
        const perType = new Map<string, number>();
        for (const q of quiz.questions) perType.set(q.type, (perType.get(q.type) ?? 0) + 1);
        assert.ok(perType.size >= 4, `${seed}: only ${[...perType.keys()].join(', ')}`);
        if (perType.size < 5) fewer++;
        // A type goes past its cap only when the facts left free fit no other type (the early draws
        // used up the terms' and events' keys), and then by one at most, true/false within a third.
        const most = Math.max(...perType.values());
        if (most > maxPerType(10)) overCap++;
        assert.ok(most <= Math.ceil(10 / 3), `${seed}: ${JSON.stringify([...perType])}`);
        if (hasScenarios) assert.ok((perType.get('scenario') ?? 0) >= 2, `${seed}: fewer than two application items`);
      }
      assert.ok(fewer <= quizzes * 0.15, `${fewer} of ${quizzes} quizzes have fewer than five types`);
      // 2 % until the Ga/Na region terms left the pool (round 32) and 8 % until the regimes' term
      // questions did (round 35: the NSG's and MTCR's definitions were dead options): with fewer kinds
      // of question left, 10 of these 100 quizzes of ten have one type (true/false) at four.
      assert.ok(overCap <= quizzes * 0.12, `${overCap} of ${quizzes} quizzes go past a type cap`);
    });

    test('no two order or match questions ask about the same set', () => {
      for (const seed of ['s1', 's2', 'class-7b']) {
        const seen = new Map<string, string>();
        for (const c of listCandidates(content, seed)) {
          if (c.type !== 'order' && c.type !== 'match') continue;
          const facts = c.facts();
          if (!facts) continue;
          const signature = `${c.type}|${[...facts].sort().join(',')}`;
          assert.ok(!seen.has(signature), `${seed}: ${c.id} repeats ${seen.get(signature)}`);
          seen.set(signature, c.id);
        }
      }
    });

    test('types and themes can be chosen', () => {
      const theme = content.themes[0]!.id;
      const quiz = generateQuiz(content, { seed: 'filter', count: 6, types: ['true-false', 'date'], themes: [theme] });
      assert.ok(quiz.questions.length > 0);
      for (const q of quiz.questions) {
        assert.ok(q.type === 'true-false' || q.type === 'date');
        assert.equal(q.theme, theme);
      }
    });

    test('every question type has candidates, and each can be answered right and wrong', () => {
      const seed = 'every-type';
      const stats = contentStats(content);
      for (const type of QUESTION_TYPES) {
        assert.ok(stats.perType[type] > 0, `no ${type} questions`);
        const [q] = generateQuiz(content, { seed, count: 1, types: [type] }).questions;
        assert.ok(q, type);
        assert.equal(isCorrect(q, q.answer as never) || q.type === 'fill-blank', true, `${type}: its own answer is wrong`);
        if (q.type === 'fill-blank') {
          assert.ok(isCorrect(q, ` ${q.answer[0]!.toUpperCase()}  `));
          assert.ok(!isCorrect(q, 'certainly not this'));
        } else if (q.type === 'match') {
          const [a, b] = q.items;
          const wrong = { ...q.answer, [a!.id]: q.answer[b!.id]!, [b!.id]: q.answer[a!.id]! };
          assert.ok(!isCorrect(q, wrong));
        } else if (q.type === 'order' || q.type === 'select-all') {
          assert.ok(!isCorrect(q, q.type === 'order' ? [...q.answer].reverse() : q.options.map((o) => o.id)));
        } else {
          assert.ok(!isCorrect(q, q.options.find((o) => o.id !== q.answer)!.id));
        }
        assert.ok(!isCorrect(q, undefined));
      }
    });

    test('questions can be rebuilt by id for a retry', () => {
      const quiz = generateQuiz(content, { seed: 'retry', count: 10 });
      const missed = quiz.questions.filter((_, i) => i % 3 === 0).map((q) => q.id);
      assert.deepEqual(buildQuestions(content, 'retry', missed), quiz.questions.filter((q) => missed.includes(q.id)));
    });
  });
}

// 150 until round 19 of the item review: term questions on names that tell what they are ("Group A"
// to "Group D", "Missile Technology Control Regime", "individual licence") were rated give-aways in
// Korean and Japanese and left the pool (`nameTells`), 24 distinct questions with them. 125 until
// round 32: "Ga-1"/"Ga-2" rank themselves by number in every language, and 가/나 read as A/B in
// Korean, so the four region terms left too (8 more; a seed gives one quiz in every language). 120 until
// round 34: the question on Japan's legal instruments (cabinet-order names) was trivia for the audience.
test('the default content yields at least 115 distinct questions, enough for an item review', () => {
  const stats = contentStats(loadContent('content/en.json'));
  assert.ok(stats.total >= 115, `only ${stats.total}`);
});

test('free-text answers are compared leniently', () => {
  assert.equal(normalizeFreeText('  Hydrogen   Fluoride. '), normalizeFreeText('hydrogen fluoride'));
  assert.equal(normalizeFreeText('ＷＡＳＳＥＮＡＡＲ'), normalizeFreeText('wassenaar'));
  assert.equal(normalizeFreeText('フッ化 水素'), normalizeFreeText('フッ化水素'));
  assert.equal(normalizeFreeText('“catch-all”'), normalizeFreeText('catch‐all'));
  assert.notEqual(normalizeFreeText('1996'), normalizeFreeText('1995'));
});

describe('what the content says about an item reaches its question', () => {
  const content = loadContent('test/fixtures/solar-system.json');

  test('only events marked keyDate get date questions, when any is marked; orders keep to the main text and, where they can, to one phase', () => {
    const all = listCandidates(content, 'k').filter((c) => c.type === 'date' && c.facts()).map((c) => c.id);
    // No event marked: every event is asked whose year no other event shares (a shared year would need a month question).
    const alone = content.events.filter((event) => content.events.filter((other) => other.date.slice(0, 4) === event.date.slice(0, 4)).length === 1);
    assert.deepEqual(all.sort(), alone.map((event) => `date:${event.id}`).sort());
    const marked = structuredClone(content);
    marked.events[0]!.keyDate = true;
    const some = listCandidates(marked, 'k').filter((c) => c.type === 'date' && c.facts()).map((c) => c.id);
    assert.deepEqual(some, [`date:${marked.events[0]!.id}`]);
    for (const event of marked.events.slice(0, 6)) event.keyDate = true;
    // Orders still take every event the main text tells: an order is anchored on a key event or one
    // not only in a "go deeper" block; beside it stand key events of its theme, or events its own
    // section tells in the main text; within two years of it where the timeline allows (the
    // fixture's dates are decades apart; the bundled dispute's are not).
    const years = (date: string) => Number(date.slice(0, 4)) + (date.length >= 7 ? (Number(date.slice(5, 7)) - 1) / 12 : 0);
    const checkOrders = (file: Content, within: number) => {
      const byId = new Map(file.events.map((event) => [event.id, event]));
      const all = listCandidates(file, 'k').filter((c) => c.type === 'order' && c.facts());
      assert.ok(all.length > 0, 'key dates make order questions');
      for (const order of all) {
        const anchor = byId.get(order.id.slice('order:'.length))!;
        assert.ok(anchor.keyDate || !anchor.deeper, `${order.id} is anchored on an event only a "go deeper" block tells`);
        for (const key of order.facts()!.filter((k) => k.startsWith('event:'))) {
          const event = byId.get(key.slice('event:'.length))!;
          const companion = (event.keyDate && event.theme === anchor.theme) || (event.section === anchor.section && !event.deeper);
          assert.ok(companion, `${order.id} orders ${key}, neither a key event of its theme nor told in its section`);
          assert.ok(Math.abs(years(event.date) - years(anchor.date)) <= within, `${order.id} orders ${key}, more than ${within} years from its anchor`);
        }
      }
    };
    checkOrders(marked, Infinity);
    // The dispute's dates are close together: its orders keep to one phase.
    const dispute = loadContent('content/en.json');
    dispute.events = dispute.events.filter((event) => event.theme === 'dispute');
    checkOrders(dispute, 2);
  });

  test('a group distractor’s note explains a wrong choice, and a NOT question’s answer', () => {
    const group = content.groups.find((g) => g.distractors.every((d) => d.note))!;
    const outsider = group.distractors[0]!;
    const [not] = buildQuestions(content, 'n', [`group-member:${group.id}.not.${outsider.id}`]);
    assert.ok(not && not.explanation.includes(outsider.note!), String(not?.explanation));
    assert.ok(not.emphasis && not.prompt.includes(not.emphasis), 'the negation is marked for emphasis');
    const [member] = buildQuestions(content, 'n', [`group-member:${group.id}.${group.members[0]!.id}`]);
    assert.ok(member && member.type === 'group-member');
    assert.equal(member.emphasis, undefined, 'a plain member question has nothing to emphasise');
    for (const option of member.options) {
      if (option.id === member.answer) continue;
      assert.equal(member.optionNotes?.[option.id], group.distractors.find((d) => d.id === option.id)!.note);
    }
  });

  test('a select-all explanation lists as answers only the members it showed, and names the others apart', () => {
    for (const file of ['content/en.json', 'content/ko.json', 'content/ja.json']) {
      const content = loadContent(file);
      for (const group of content.groups) {
        for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
          const [q] = buildQuestions(content, seed, [`select-all:${group.id}`]);
          if (!q || q.type !== 'select-all') continue;
          const shown = new Set(q.options.map((option) => option.id));
          const hidden = group.members.filter((member) => !shown.has(member.id));
          // When the options left members out, the right options come first, then the whole group in a
          // sentence of its own (round 34: the group's name over two of its three members read as false).
          const wholeAt = q.explanation.search(/ are, in full: | 전체: |をすべて挙げると/u);
          assert.equal(wholeAt >= 0, hidden.length > 0, `${file} ${q.id} (${seed}): ${q.explanation}`);
          const answers = wholeAt >= 0 ? q.explanation.slice(0, wholeAt) : q.explanation;
          const whole = wholeAt >= 0 ? q.explanation.slice(wholeAt) : q.explanation;
          for (const member of group.members) {
            if (hidden.length > 0) assert.equal(answers.includes(member.text), shown.has(member.id), `${file} ${q.id} (${seed}): ${member.text} in ${q.explanation}`);
            assert.ok(whole.includes(member.text), `${file} ${q.id} (${seed}): ${member.text} in ${q.explanation}`);
          }
        }
      }
    }
  });

  test('a term question shows the terms it is most easily confused with among its wrong options', () => {
    for (const file of ['content/en.json', 'content/ko.json', 'content/ja.json']) {
      const content = loadContent(file);
      const terms = content.glossary.filter((term) => term.confusedWith?.length);
      assert.ok(terms.length >= 4, `${file}: the Ga/Na regions name their look-alikes`);
      for (const term of terms) {
        for (const seed of ['a', 'b', 'c', 'd', 'e']) {
          for (const q of buildQuestions(content, seed, [`term-definition:${term.id}`, `definition-term:${term.id}`])) {
            if (q.type !== 'term-definition' && q.type !== 'definition-term') continue;
            const shown = q.options.map((option) => option.id.replace(/^def-/u, ''));
            for (const other of term.confusedWith!) assert.ok(shown.includes(other), `${file} ${q.id} (${seed}) shows ${shown.join(', ')}, not ${other}`);
          }
        }
      }
    }
  });

  test('a definition never offers as a wrong option a name the definition itself uses', () => {
    const optionsOf = (content: Content, seed: string) => {
      const candidate = listCandidates(content, seed).find((c) => c.id === 'definition-term:oort-cloud')!;
      const question = buildCandidate(candidate, seed)!;
      assert.ok('options' in question);
      return question.options.map((option) => option.id);
    };
    const seeds = Array.from({ length: 30 }, (_, i) => `names-${i}`);
    // Four regions: as written, any two of the other three can stand beside the Oort cloud.
    assert.ok(seeds.some((seed) => optionsOf(content, seed).includes('kuiper-belt')));
    // Once its definition places it beyond the Kuiper belt, the option "Kuiper belt" is ruled out by the prompt.
    const mentions = structuredClone(content);
    mentions.glossary.find((term) => term.id === 'oort-cloud')!.definition = 'A distant shell of icy objects far beyond the Kuiper belt, inferred from long-period comets.';
    for (const seed of seeds) assert.deepEqual(optionsOf(mentions, seed).sort(), ['asteroid-belt', 'heliosphere', 'oort-cloud']);
  });

  test('a date question’s explanation says the year once: no "1974: … in 1974"', () => {
    const content = loadContent('content/en.json');
    const byId = new Map(content.events.map((event) => [event.id, event]));
    const dates = listCandidates(content, 'd').filter((c) => c.type === 'date' && c.facts());
    assert.ok(dates.length > 0);
    for (const candidate of dates) {
      const q = buildCandidate(candidate, 'd')!;
      const event = byId.get(q.id.slice('date:'.length))!;
      const year = event.date.slice(0, 4);
      const times = (text: string) => text.split(year).length - 1;
      assert.ok(times(q.explanation) <= Math.max(1, times(event.description)), `${q.id}: ${q.explanation}`);
    }
  });

  test('a scenario shows its own explanation, and every outcome of the tree', () => {
    const scenario = content.decisionTree!.scenarios.find((s) => s.explanation)!;
    const [q] = buildQuestions(content, 's', [`scenario:${scenario.id}`]);
    assert.equal(q!.explanation, scenario.explanation);
    const outcomes = content.decisionTree!.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id);
    assert.deepEqual('options' in q! ? q.options.map((o) => o.id) : [], outcomes.slice(0, 5));
  });

  test('a blank with distractors is asked as a choice of its answer and those words, never typed', () => {
    const blank = content.blanks.find((b) => b.distractors)!;
    const candidates = listCandidates(content, 'b').filter((c) => c.anchor === `blank:${blank.id}`);
    assert.deepEqual(candidates.map((c) => c.type), ['blank-choice']);
    const positions = new Set<number>();
    for (const seed of ['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8']) {
      const q = buildCandidate(candidates[0]!, seed);
      assert.equal(q.type, 'blank-choice');
      if (q.type !== 'blank-choice') continue;
      assert.equal(q.prompt, `Choose the words that complete the sentence: ${blank.before}_____${blank.after}`);
      assert.deepEqual(q.options.map((o) => o.text).sort(), [blank.answer, ...blank.distractors!].sort());
      assert.equal(q.options.find((o) => o.id === q.answer)!.text, blank.answer);
      assert.ok(isCorrect(q, 'answer') && !isCorrect(q, 'distractor-0'));
      positions.add(q.options.findIndex((o) => o.id === q.answer));
    }
    assert.ok(positions.size > 1, 'the answer is not always in one place');
  });

  test('short names come in id order, so "Group A, B, C, D" reads in order', () => {
    for (const c of listCandidates(content, 'o').filter((c) => c.type === 'definition-term' && c.facts())) {
      const q = buildCandidate(c, 'o');
      const ids = 'options' in q ? q.options.map((o) => o.id) : [];
      assert.deepEqual(ids, [...ids].sort(), c.id);
    }
  });
});

test('the right date is not always a middle option: its position spreads over all four', () => {
  const content = loadContent('content/en.json');
  const positions = [0, 0, 0, 0];
  for (let i = 0; i < 300; i++) {
    for (const q of generateQuiz(content, { seed: `spread-${i}`, count: 20, types: ['date'] }).questions) {
      if (q.type === 'date') positions[q.options.findIndex((o) => o.id === q.answer)]!++;
    }
  }
  const total = positions.reduce((a, b) => a + b, 0);
  for (const [at, n] of positions.entries()) assert.ok(n / total > 0.15, `position ${at + 1}: ${n} of ${total} (${positions})`);
});

test('two application items even when the decision tree’s theme teaches little else', () => {
  const content = structuredClone(loadContent('content/en.json'));
  const treeTheme = content.decisionTree!.theme;
  const other = content.themes.find((t) => t.id !== treeTheme)!.id;
  // Move every other item of the tree's theme elsewhere: its quota alone would allow one scenario.
  for (const list of [content.glossary, content.events, content.claims, content.groups, content.blanks] as { theme: string }[][]) {
    for (const item of list) if (item.theme === treeTheme) item.theme = other;
  }
  for (let i = 0; i < 50; i++) {
    const quiz = generateQuiz(content, { seed: `small-tree-${i}`, count: 10 });
    assert.ok(quiz.questions.filter((q) => q.type === 'scenario').length >= 2, `seed small-tree-${i}`);
  }
});

test('an event match lists its dates in time order', () => {
  // The fixture: the bundled lesson marks a dozen key dates spread over its sections, too few in one section for a match.
  const content = loadContent('test/fixtures/solar-system.json');
  let seen = 0;
  for (let i = 0; i < 40; i++) {
    for (const q of generateQuiz(content, { seed: `dates-${i}`, count: 6, types: ['match'] }).questions) {
      if (q.type !== 'match' || !q.id.startsWith('match:event.')) continue;
      seen++;
      const years = q.options.map((o) => Number(o.text.replace(/\D/g, '')));
      assert.deepEqual(years, [...years].sort((a, b) => a - b), q.id);
    }
  }
  assert.ok(seen > 0, 'no event match drawn');
});

test('a quiz of ten asks at most two items that only a "go deeper" block explains, while the main text has others', () => {
  const content = loadContent('content/en.json');
  let over = 0;
  let deeper = 0;
  const quizzes = 100;
  for (let i = 0; i < quizzes; i++) {
    const questions = generateQuiz(content, { seed: `mix-${i}`, count: 10 }).questions;
    assert.equal(questions.length, 10);
    const optional = questions.filter((q) => q.deeperId).length;
    deeper += optional;
    if (optional > maxDeeper(10)) over++;
  }
  // Before the cap, four or five of ten were usual (round 13: six in one quiz).
  assert.ok(over <= quizzes * 0.05, `${over} of ${quizzes} quizzes ask more than ${maxDeeper(10)} go-deeper items`);
  assert.ok(deeper / (quizzes * 10) <= 0.22, `go-deeper share ${deeper / (quizzes * 10)}`);
});

test('a core-only quiz asks nothing that only a "go deeper" block explains, and the same seed still decides it', () => {
  const content = loadContent('content/en.json');
  const inDeeper = new Set(
    [
      ...content.glossary.filter((item) => item.deeper).map((item) => `term-definition:${item.id}|definition-term:${item.id}`),
      ...content.claims.filter((item) => item.deeper).map((item) => `true-false:${item.id}`),
      ...content.events.filter((item) => item.deeper).map((item) => `date:${item.id}`),
      ...content.blanks.filter((item) => item.deeper).map((item) => `fill-blank:${item.id}`),
    ].flatMap((ids) => ids.split('|')),
  );
  assert.ok(inDeeper.size > 5, 'the bundled lesson keeps detail in "go deeper" blocks');
  let sawDeeper = 0;
  for (let i = 0; i < 40; i++) {
    const core = generateQuiz(content, { seed: `core-${i}`, count: 10, scope: 'core' });
    assert.equal(core.questions.length, 10);
    for (const q of core.questions) assert.ok(!inDeeper.has(q.id) && !q.deeperId, `core-${i}: ${q.id} is explained in a "go deeper" block`);
    assert.deepEqual(core, generateQuiz(content, { seed: `core-${i}`, count: 10, scope: 'core' }));
    sawDeeper += generateQuiz(content, { seed: `core-${i}`, count: 10 }).questions.filter((q) => q.deeperId).length;
  }
  assert.ok(sawDeeper > 0, 'without the scope, quizzes do draw on "go deeper" blocks');
});

// An item's `givesAway` names items whose answers its explanation or wrong-option notes state: asked in
// the same quiz, one question's feedback answers the other (before this rule: 217 such pairs in 400
// quizzes, the arms-embargo blank beside the missile-warning scenario the most common).
test('a quiz never asks an item beside one whose feedback gives it away, in either order, and is not short for it', () => {
  const content = loadContent('content/en.json');
  let pairs = 0;
  for (let i = 0; i < 150; i++) {
    for (const checks of [false, true]) {
      const seed = `gives-away-${i}`;
      const avoidFacts = checks ? checkFacts(planChecks(content, { per: 'theme', seed })) : [];
      const picked = pickCandidates(content, { seed, count: 10, avoidFacts }).picked;
      assert.equal(picked.length, 10, `${seed}: a full quiz`);
      const facts = picked.map((candidate) => candidate.facts()!);
      for (const [a, own] of facts.entries()) {
        const given = new Set(givenAwayItems(content, own));
        pairs += facts.filter((other, b) => a !== b && other.some((key) => given.has(key))).length;
      }
    }
  }
  assert.equal(pairs, 0);
});
