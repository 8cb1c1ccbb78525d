import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { EceQuiz } from '../../src/components/quiz/ece-quiz.js';
import type { QuizAnswerEvent, QuizCompleteEvent, QuizStartEvent } from '../../src/components/quiz/events.js';
import { anchorsOf, generateQuiz } from '../../src/core/questions/generate.js';
import { decodeResultCode } from '../../src/core/quiz/result-code.js';
import { scoreAnswer } from '../../src/core/questions/answers.js';
import { sendKeys } from '@web/test-runner-commands';
import { QUESTION_TYPES, type MatchQuestion, type OrderQuestion, type Question, type QuestionType, type SelectAllQuestion, type SingleChoiceQuestion } from '../../src/core/questions/types.js';
import { deepActiveElement, loaded, otherContent, settle, withStubs } from './helpers.js';
import { answerByKeyboard, pressButton } from './quiz-helpers.js';

const content = otherContent();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(selector));

async function quiz(template: ReturnType<typeof html>) {
  const el = await fixture<EceQuiz>(template);
  await waitUntil(() => $(el, 'section.quiz, [role="alert"]'), 'the quiz never rendered', { timeout: 5000 });
  await settle(el);
  return el;
}

/** The prompt as shown on screen: without the words only a screen reader gets. */
const shownPrompt = (el: Element) => {
  const copy = $(el, '.question-prompt')!.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return copy.textContent;
};
const liveRegion = (el: Element) => $(el, '.visually-hidden[aria-live]')!;

const oneOf = (type: QuestionType, seed = `type-${type}`) => generateQuiz(content, { seed, count: 1, types: [type] }).questions[0]!;

beforeEach(() => localStorage.clear());

describe('ece-quiz: every question type by keyboard', () => {
  for (const type of QUESTION_TYPES) {
    it(`${type}: practice mode gives feedback for a right and a wrong answer`, async () => {
      const question = oneOf(type);
      for (const correctly of [true, false]) {
        localStorage.clear();
        const el = await quiz(html`<ece-quiz .content=${content} seed=${`type-${type}`} questions="1" types=${type}></ece-quiz>`);
        expect(shownPrompt(el)).to.equal(question.prompt);
        expect($(el, '.progress-text')!.textContent).to.include('Question 1 of 1');
        // Focus lands on the prompt after Next: a screen reader hears where it is, then the question.
        expect($(el, '.question-prompt .visually-hidden')!.textContent).to.equal('Question 1 of 1: ');
        await expect(el).to.be.accessible();
        const answered = oneEvent(el, 'quiz-answer') as Promise<QuizAnswerEvent>;
        await answerByKeyboard(el, question, correctly);
        await expect(el).to.be.accessible();
        await pressButton(el, 'Check');
        const event = await answered;
        expect(event.detail.id).to.equal(question.id);
        expect(event.detail.type).to.equal(type);
        expect(event.detail.correct).to.equal(correctly);
        const feedback = $(el, '.feedback')!;
        expect(feedback.classList.contains(correctly ? 'is-correct' : 'is-incorrect')).to.be.true;
        expect(feedback.textContent).to.include(correctly ? 'Correct' : 'Not quite');
        expect(feedback.textContent).to.include(question.explanation);
        // One channel: the focused feedback is read; the live region does not say it again.
        expect(deepActiveElement()).to.equal(feedback);
        expect(liveRegion(el).textContent!.trim()).to.equal('');
        await expect(el).to.be.accessible();
        const complete = oneEvent(el, 'quiz-complete') as Promise<QuizCompleteEvent>;
        await pressButton(el, 'See results');
        const { detail } = await complete;
        expect(detail.score).to.equal(correctly ? 1 : 0);
        expect(detail.results[0]!.correct).to.equal(correctly);
        expect(detail.results[0]!.credit).to.equal(correctly ? 1 : 0);
        expect(event.detail.credit).to.equal(correctly ? 1 : 0);
        expect(deepActiveElement()!.classList.contains('results-heading')).to.be.true;
        await expect(el).to.be.accessible();
        el.remove();
      }
    });
  }

  const partlyRightText: Record<'match' | 'order' | 'select-all', (q: Question) => string> = {
    match: (q) => `${(q as MatchQuestion).items.length - 2} of ${(q as MatchQuestion).items.length} pairs right`,
    order: (q) => `${(q as OrderQuestion).answer.length - 1} of ${(q as OrderQuestion).answer.length} in the right order`,
    'select-all': (q) => `${(q as SelectAllQuestion).answer.length} of ${(q as SelectAllQuestion).answer.length} right choices, 1 wrong`,
  };
  for (const type of ['match', 'order', 'select-all'] as const) {
    it(`${type}: a partly right answer says what counted and what it is worth, then shows as partly right in the results`, async () => {
      const question = oneOf(type);
      const el = await quiz(html`<ece-quiz .content=${content} seed=${`type-${type}`} questions="1" types=${type}></ece-quiz>`);
      const answered = oneEvent(el, 'quiz-answer') as Promise<QuizAnswerEvent>;
      await answerByKeyboard(el, question, 'partly');
      await pressButton(el, 'Check');
      const { detail } = await answered;
      const expected = scoreAnswer(question, detail.answer).credit;
      expect(expected).to.be.within(0.01, 0.99);
      expect(detail.correct).to.equal(false);
      expect(detail.credit).to.equal(expected);
      const feedback = $(el, '.feedback')!;
      expect(feedback.classList.contains('is-partial')).to.be.true;
      expect(feedback.querySelector('.verdict')!.textContent).to.include('Partly right');
      const credit = String(Math.round(expected * 100) / 100);
      expect(feedback.querySelector('.parts')!.textContent).to.equal(`${partlyRightText[type](question)}. Counts as ${credit} of 1 point.`);
      expect(feedback.textContent).to.include('Correct answer');
      expect(deepActiveElement()).to.equal(feedback);
      expect(liveRegion(el).textContent!.trim()).to.equal('');
      await expect(el).to.be.accessible();
      const complete = oneEvent(el, 'quiz-complete') as Promise<QuizCompleteEvent>;
      await pressButton(el, 'See results');
      const done = (await complete).detail;
      expect(done.score).to.equal(Math.round(expected * 100) / 100);
      expect(done.results[0]).to.include({ correct: false, credit: Math.round(expected * 100) / 100 });
      expect(done.xapi.result.score.raw).to.equal(done.score);
      expect($(el, '.score')!.textContent).to.include(`You scored ${credit} of 1 point`);
      expect($(el, '.partly-right')!.textContent).to.include('1 answer was partly right');
      const item = $(el, '.review-item')!;
      expect(item.classList.contains('is-partial')).to.be.true;
      expect(item.querySelector('.verdict')!.textContent).to.include('Partly right');
      expect(item.querySelector('.parts')!.textContent).to.include(partlyRightText[type](question));
      // Partly right is not all right: it can be retried.
      expect($$(el, '.actions button').map((b) => b.textContent!.trim())).to.include('Retry the ones I missed');
      await expect(el).to.be.accessible();
    });
  }

  it('a wrong choice is explained: whose definition the chosen option is', async () => {
    const question = oneOf('term-definition') as SingleChoiceQuestion;
    const el = await quiz(html`<ece-quiz .content=${content} seed="type-term-definition" questions="1" types="term-definition"></ece-quiz>`);
    await answerByKeyboard(el, question, false);
    await pressButton(el, 'Check');
    const chosen = question.options.find((o) => o.id !== question.answer)!;
    const note = $(el, '.feedback .choice-note')!;
    expect(note.textContent).to.include('Your choice');
    expect(note.textContent).to.include(content.glossary.find((t) => t.id === chosen.id)!.term);
    await expect(el).to.be.accessible();
    await pressButton(el, 'See results');
    expect($(el, '.review .choice-note')!.textContent).to.equal(note.textContent);
  });

  it('a NOT question shows its negation in bold, in the question and in the review', async () => {
    const seed = Array.from({ length: 200 }, (_, i) => `not-${i}`).find(
      (candidate) => generateQuiz(content, { seed: candidate, count: 1, types: ['group-member'] }).questions[0]!.emphasis,
    )!;
    const question = generateQuiz(content, { seed, count: 1, types: ['group-member'] }).questions[0]!;
    const el = await quiz(html`<ece-quiz .content=${content} seed=${seed} questions="1" types="group-member"></ece-quiz>`);
    expect($(el, '.question-prompt strong')!.textContent).to.equal(question.emphasis);
    expect(shownPrompt(el)).to.equal(question.prompt);
    await answerByKeyboard(el, question, true);
    await pressButton(el, 'Check');
    await pressButton(el, 'See results');
    expect($(el, '.review-prompt strong')!.textContent).to.equal(question.emphasis);
  });

  it('every wrong choice ticked in a select-all question is explained', async () => {
    const question = oneOf('select-all') as SelectAllQuestion;
    const el = await quiz(html`<ece-quiz .content=${content} seed="type-select-all" questions="1" types="select-all"></ece-quiz>`);
    await answerByKeyboard(el, question, false);
    await pressButton(el, 'Check');
    const wrong = question.options.filter((o) => !question.answer.includes(o.id));
    const notes = $$(el, '.feedback .choice-note').map((note) => note.textContent);
    expect(notes.length).to.equal(wrong.length);
    for (const option of wrong) expect(notes.some((note) => note!.includes(question.optionNotes![option.id]!))).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('partly right feedback in Korean and Japanese', async () => {
    const question = oneOf('match');
    const n = (question as MatchQuestion).items.length;
    for (const [lang, verdict, parts] of [
      ['ko', '부분 정답입니다', `${n}쌍 중 ${n - 2}쌍을 맞혔습니다`],
      ['ja', '一部正解です', `${n}組中${n - 2}組が正解です`],
    ] as const) {
      localStorage.clear();
      const el = await quiz(html`<ece-quiz lang=${lang} .content=${content} seed="type-match" questions="1" types="match"></ece-quiz>`);
      await waitUntil(() => $(el, '.actions button')!.textContent!.trim() !== 'Check', `no ${lang} strings`);
      await answerByKeyboard(el, question, 'partly');
      $(el, '.actions button.primary')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const feedback = $(el, '.feedback')!;
      expect(feedback.querySelector('.verdict')!.textContent).to.include(verdict);
      expect(feedback.querySelector('.parts')!.textContent).to.include(parts);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('Enter that confirms an IME conversion (Korean, Japanese) does not check the half-typed answer', async () => {
    const el = await quiz(html`<ece-quiz lang="ja" .content=${content} seed="type-fill-blank" questions="1" types="fill-blank"></ece-quiz>`);
    const input = $<HTMLInputElement>(el, 'input[type="text"]')!;
    input.focus();
    const enter = (init: KeyboardEventInit, keyCode?: number) => {
      const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true, ...init });
      // WebKit sends the Enter that ends a composition after compositionend, marked only by keyCode 229.
      if (keyCode !== undefined) Object.defineProperty(event, 'keyCode', { value: keyCode });
      input.dispatchEvent(event);
    };
    input.dispatchEvent(new CompositionEvent('compositionstart', { data: '', bubbles: true, composed: true }));
    input.value = 'へいせい';
    input.dispatchEvent(new InputEvent('input', { data: 'へいせい', isComposing: true, bubbles: true, composed: true }));
    enter({ isComposing: true });
    input.dispatchEvent(new CompositionEvent('compositionend', { data: '平成', bubbles: true, composed: true }));
    enter({}, 229);
    await settle(el);
    expect($(el, '.feedback'), 'no Check while composing').to.equal(null);
    enter({});
    await settle(el);
    expect($(el, '.feedback'), 'a plain Enter checks the answer').to.exist;
  });

  it('test mode: no feedback, free movement, marks at the end', async () => {
    const types: QuestionType[] = ['true-false', 'order', 'match', 'fill-blank', 'select-all', 'date'];
    const seed = 'test-mode';
    const questions = generateQuiz(content, { seed, count: 6, types }).questions;
    const el = await quiz(html`<ece-quiz .content=${content} seed=${seed} questions="6" types=${types.join(',')} mode="test"></ece-quiz>`);
    // The quiz's time starts at the first answer, not when it was shown (a reader may read the lesson
    // first): after a pause before answering, the duration fits within the time since the pause.
    await aTimeout(300);
    const before = performance.now();
    for (const [index, question] of questions.entries()) {
      await answerByKeyboard(el, question, index % 2 === 0);
      expect($(el, '.feedback')).to.equal(null);
      if (index < questions.length - 1) await pressButton(el, 'Next question');
    }
    // Back to the first question, whose answer is still there and can change.
    for (let i = 0; i < questions.length - 1; i++) await pressButton(el, 'Previous question');
    expect($(el, '.progress-text')!.textContent).to.include('Question 1 of 6');
    const complete = oneEvent(el, 'quiz-complete') as Promise<QuizCompleteEvent>;
    await pressButton(el, 'Finish');
    const { detail } = await complete;
    expect(detail.total).to.equal(6);
    expect(detail.score).to.equal(3);
    expect(detail.percent).to.equal(50);
    expect(detail.seed).to.equal(seed);
    expect(detail.durationMs).to.be.greaterThan(0).and.at.most(performance.now() - before + 50);
    expect(detail.results.map((r) => r.correct)).to.deep.equal([true, false, true, false, true, false]);
    expect(detail.xapi.result.score).to.deep.equal({ raw: 3, min: 0, max: 6, scaled: 0.5 });
    expect(detail.xapi.verb.id).to.equal('http://adlnet.gov/expapi/verbs/completed');
    const options = { seed, count: 6, mode: 'test' as const, types, themes: [] };
    const decoded = decodeResultCode(detail.resultCode, content, options, questions);
    expect(decoded.ok && decoded.correct).to.deep.equal([true, false, true, false, true, false]);
    // The code on screen takes the optional name.
    const name = $<HTMLInputElement>(el, '#learner-name')!;
    name.focus();
    await sendKeys({ type: 'Mina' });
    await settle(el);
    const shown = $(el, '.result-code')!.textContent!;
    const withName = decodeResultCode(shown, content, options, questions);
    expect(withName.ok && withName.name).to.equal('Mina');
    expect($(el, '.score')!.textContent).to.include('3 of 6');
    expect($$(el, '.review-item').length).to.equal(6);
    await expect(el).to.be.accessible();
  });

  it('test mode warns before finishing with unanswered questions', async () => {
    const el = await quiz(html`<ece-quiz .content=${content} seed="warn" questions="3" mode="test"></ece-quiz>`);
    await pressButton(el, 'Finish');
    expect($(el, '.unanswered')!.textContent).to.include('3 questions are still unanswered');
    await expect(el).to.be.accessible();
    await pressButton(el, 'Finish');
    expect($(el, '.results')).to.exist;
  });

  it('asks for an answer before Check, as an alert, leaving focus on Check', async () => {
    const el = await quiz(html`<ece-quiz .content=${content} seed="req" questions="1" types="true-false"></ece-quiz>`);
    await pressButton(el, 'Check');
    expect($(el, '.required')!.getAttribute('role')).to.equal('alert');
    expect($(el, '.feedback')).to.equal(null);
    // The alert is the one channel: focus does not also jump to it.
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Check');
    expect(liveRegion(el).textContent!.trim()).to.equal('');
  });

  it('says where an order item moved in the live region, and clears it when the answer is checked', async () => {
    const question = oneOf('order');
    const el = await quiz(html`<ece-quiz .content=${content} seed="type-order" questions="1" types="order"></ece-quiz>`);
    const first = $(el, '.order-item:nth-child(2) .move-up')!;
    first.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(liveRegion(el).textContent).to.match(/is now 1 of \d/);
    await pressButton(el, 'Check');
    expect(liveRegion(el).textContent!.trim()).to.equal('');
    expect(question.type).to.equal('order');
  });

  it('shows every match option in full at 320 px, lettered, and the selects offer the same letters', async () => {
    const question = oneOf('match') as MatchQuestion;
    const page = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><ece-quiz .content=${content} seed="type-match" questions="1" types="match"></ece-quiz></div>`,
    );
    const el = page.firstElementChild as EceQuiz;
    await loaded(el);
    const listed = $$(el, '.match-options li');
    expect(listed.map((item) => item.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(
      question.options.map((option, index) => `${'ABCDEFGH'[index]} ${option.text}`),
    );
    for (const item of listed) {
      // Whole text on screen: nothing clipped sideways, and the line box is as tall as its wrapped text.
      expect(item.scrollWidth, item.textContent!).to.be.at.most(item.clientWidth + 1);
      expect(item.getBoundingClientRect().right).to.be.at.most(page.getBoundingClientRect().right + 1);
    }
    const offered = Array.from($<HTMLSelectElement>(el, 'select')!.options).slice(1).map((option) => option.textContent!.trim());
    expect(offered).to.deep.equal(question.options.map((option, index) => `${'ABCDEFGH'[index]}. ${option.text}`));
    await expect(el).to.be.accessible();
  });

  it('after Check, the next action is a few Tab presses away even when the answer cites many sources (they fold into one disclosure)', async () => {
    const seed = Array.from({ length: 200 }, (_, i) => `many-sources-${i}`).find((candidate) => {
      const [q] = generateQuiz(content, { seed: candidate, count: 1, types: ['order'] }).questions;
      return q && q.sourceIds.length > 3;
    });
    expect(seed, 'an order question citing more than three sources').to.exist;
    const question = generateQuiz(content, { seed: seed!, count: 1, types: ['order'] }).questions[0]!;
    const el = await quiz(html`<ece-quiz .content=${content} seed=${seed!} questions="1" types="order"></ece-quiz>`);
    await answerByKeyboard(el, question, true);
    await pressButton(el, 'Check');
    const fold = $(el, '.feedback details.more-sources')!;
    expect(fold.querySelector('summary')!.textContent).to.equal(`Sources (${question.sourceIds.length})`);
    expect(fold.querySelectorAll('a').length).to.equal(question.sourceIds.length);
    // From the feedback: the review link (when there is one), the folded sources, then Next (or See results).
    let presses = 0;
    const seen: string[] = [];
    const next = () => ['Next question', 'See results'].includes(deepActiveElement()?.textContent?.trim() ?? '');
    while (!next() && presses < 10) {
      await sendKeys({ press: 'Tab' });
      presses++;
      seen.push(`${deepActiveElement()?.localName}:${deepActiveElement()?.textContent?.trim().slice(0, 30)}`);
    }
    expect(presses, seen.join(' | ')).to.be.at.most(3);
    await expect(el).to.be.accessible();
  });

  for (const type of ['fill-blank', 'blank-choice'] as const) {
    it(`reads the blank of a ${type} question as the word "blank", not as underscores`, async () => {
      const question = oneOf(type);
      const el = await quiz(html`<ece-quiz .content=${content} seed=${`type-${type}`} questions="1" types=${type}></ece-quiz>`);
      const prompt = $(el, '.question-prompt')!;
      const underscores = Array.from(prompt.querySelectorAll('[aria-hidden="true"]')).map((part) => part.textContent);
      expect(underscores).to.deep.equal(['_____']);
      const spoken = Array.from(prompt.querySelectorAll('.visually-hidden')).map((part) => part.textContent);
      expect(spoken).to.deep.equal(['Question 1 of 1: ', 'blank']);
      expect(shownPrompt(el)).to.equal(question.prompt);
      // A chosen blank is a group of radio buttons named by the sentence, not a text field.
      expect($$(el, 'input[type="radio"]').length).to.equal(type === 'blank-choice' ? 3 : 0);
      await expect(el).to.be.accessible();
    });
  }
});

describe('ece-quiz: results', () => {
  it('retries only the missed questions, and starts a new quiz with a new seed', async () => {
    const seed = 'results';
    const questions = generateQuiz(content, { seed, count: 3, types: ['true-false', 'date', 'scenario'] }).questions;
    const el = await quiz(html`<ece-quiz .content=${content} seed=${seed} questions="3" types="true-false,date,scenario"></ece-quiz>`);
    for (const [index, question] of questions.entries()) {
      await answerByKeyboard(el, question, index !== 1);
      await pressButton(el, 'Check');
      await pressButton(el, index === 2 ? 'See results' : 'Next question');
    }
    expect($(el, '.seed')!.textContent).to.include(seed);
    expect($$(el, '.by-theme tbody tr').length).to.be.greaterThan(0);
    const restart = oneEvent(el, 'quiz-start') as Promise<QuizStartEvent>;
    await pressButton(el, 'Retry the ones I missed');
    expect((await restart).detail.questionIds).to.deep.equal([questions[1]!.id]);
    expect($(el, '.progress-text')!.textContent).to.include('Question 1 of 1');
    const fresh = oneEvent(el, 'quiz-start') as Promise<QuizStartEvent>;
    await answerByKeyboard(el, questions[1]!, true);
    await pressButton(el, 'Check');
    await pressButton(el, 'See results');
    // A new quiz erases the result and its code: it asks first, with focus on the choice.
    await pressButton(el, 'New quiz');
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Start a new quiz');
    expect($(el, '.confirm-new')!.textContent).to.include('clears this result and its code');
    await expect(el).to.be.accessible();
    await pressButton(el, 'Cancel');
    expect($(el, '.confirm-new')).to.equal(null);
    expect(deepActiveElement()!.textContent!.trim()).to.equal('New quiz');
    expect($(el, '.results')).to.exist;
    await pressButton(el, 'New quiz');
    await pressButton(el, 'Start a new quiz');
    expect((await fresh).detail.seed).to.not.equal(seed);
  });
});

describe('ece-quiz: practice of what was missed', () => {
  const practiceKey = `ece-practice:${content.id}`;
  const day = (offset: number) => {
    const date = new Date();
    date.setDate(date.getDate() + offset);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  };
  const anchorsFor = (seed: string) => anchorsOf(content, seed);

  it('records each question missed, by its teaching item, due the next day; the results say the schedule', async () => {
    const seed = 'practice-record';
    const questions = generateQuiz(content, { seed, count: 2, types: ['true-false'] }).questions;
    const el = await quiz(html`<ece-quiz .content=${content} seed=${seed} questions="2" types="true-false"></ece-quiz>`);
    for (const [index, question] of questions.entries()) {
      await answerByKeyboard(el, question, index === 0);
      await pressButton(el, 'Check');
      await pressButton(el, index === 1 ? 'See results' : 'Next question');
    }
    const record = JSON.parse(localStorage.getItem(practiceKey)!);
    expect(record.items).to.deep.equal({ [anchorsFor(seed).get(questions[1]!.id)!]: { streak: 0, due: day(1), type: 'true-false' } });
    expect($(el, '.practice')!.textContent).to.include('come back for practice the next day');
    // Nothing is due yet, so there is nothing to start.
    expect($(el, '.practise')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('on a later visit offers the questions due, asks them as a round of their own, and can forget the record', async () => {
    const seed = 'practice-later';
    const earlier = generateQuiz(content, { seed: 'practice-earlier', count: 4 }).questions;
    const anchors = anchorsFor('practice-earlier');
    localStorage.setItem(
      practiceKey,
      JSON.stringify({ v: 1, items: Object.fromEntries(earlier.map((q, i) => [anchors.get(q.id)!, { streak: 0, due: day(i - 4), type: q.type }])) }),
    );
    const el = await quiz(html`<ece-quiz .content=${content} seed=${seed} questions="3"></ece-quiz>`);
    const panel = $(el, '.practice')!;
    expect(panel.textContent).to.include('4 questions you missed earlier are due for practice');
    await expect(el).to.be.accessible();
    const started = oneEvent(el, 'quiz-start') as Promise<QuizStartEvent>;
    await pressButton(el, 'Practise 4 now');
    const ids = (await started).detail.questionIds;
    // One question per item, for the same items (asked with this quiz's seed).
    const now = anchorsFor(seed);
    expect(new Set(ids.map((id) => now.get(id)))).to.deep.equal(new Set(earlier.map((q) => anchors.get(q.id))));
    expect($(el, '.progress-text')!.textContent).to.include('Question 1 of 4');
    // Focus moves to the first practice question: its prompt, or the group the prompt names (Firefox cannot focus a legend).
    await waitUntil(() => {
      const active = deepActiveElement();
      return active?.classList.contains('question-prompt') || (active?.localName === 'fieldset' && !!active.querySelector(':scope > .question-prompt'));
    }, 'focus moves to the first practice question');
    expect($(el, '.practice'), 'no offer while practising').to.equal(null);
    // "Forget my progress" from the results clears the record.
    el.remove();
    const again = await quiz(html`<ece-quiz .content=${content} seed="practice-forget" questions="3"></ece-quiz>`);
    await pressButton(again, 'Forget my progress');
    expect(localStorage.getItem(practiceKey)).to.equal(null);
    expect(liveRegion(again).textContent).to.include('practice record is cleared');
    expect($(again, '.practice')).to.equal(null);
    await expect(again).to.be.accessible();
  });

  it('a practice record that is garbage, or storage that throws, never breaks the quiz', async () => {
    localStorage.setItem(practiceKey, '{"v":1,"items":{"x":{"streak":"a"}}}');
    const el = await quiz(html`<ece-quiz .content=${content} seed="practice-garbage" questions="1" types="true-false"></ece-quiz>`);
    expect($(el, '.practice')).to.equal(null);
    expect($(el, '.question-prompt')).to.exist;
    el.remove();
    await withStubs(Storage.prototype, { getItem: () => { throw new Error('SecurityError'); } }, async () => {
      const blocked = await quiz(html`<ece-quiz .content=${content} seed="practice-blocked" questions="1" types="true-false"></ece-quiz>`);
      expect($(blocked, '.question-prompt')).to.exist;
      expect($(blocked, '.practice')).to.equal(null);
      blocked.remove();
    });
  });
});

describe('ece-quiz: configuration and events', () => {
  it('fires quiz-start when the learner starts, with the seed and question ids; a quiz only shown fires nothing and stores nothing', async () => {
    const el = document.createElement('ece-quiz');
    el.content = content;
    el.setAttribute('questions', '4');
    let starts = 0;
    el.addEventListener('quiz-start', () => starts++);
    document.body.append(el);
    await waitUntil(() => $(el, '.question-prompt'), 'the quiz never rendered');
    await settle(el);
    expect(starts, 'shown, not started').to.equal(0);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('ece-quiz')), 'nothing stored for a quiz nobody started').to.deep.equal([]);
    const seed = el.activeSeed!;
    const [first] = generateQuiz(content, { seed, count: 4 }).questions;
    const started = oneEvent(el, 'quiz-start') as Promise<QuizStartEvent>;
    await answerByKeyboard(el, first!, true);
    await pressButton(el, 'Check');
    const { detail } = await started;
    expect(detail.seed).to.equal(seed);
    expect(detail.questionIds).to.deep.equal(generateQuiz(content, { seed, count: 4 }).questions.map((q) => q.id));
    expect(starts).to.equal(1);
    expect(Object.keys(localStorage).some((key) => key.startsWith('ece-quiz-seed:')), 'the random seed is kept once started').to.be.true;
    el.remove();
  });

  it('the events bubble out of shadow roots', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = wrapper.attachShadow({ mode: 'open' });
    const el = document.createElement('ece-quiz');
    el.content = content;
    el.setAttribute('seed', 'bubble');
    const started = oneEvent(wrapper, 'quiz-start');
    shadow.append(el);
    await waitUntil(() => $(el, '.question-prompt'), 'the quiz never rendered');
    await answerByKeyboard(el, generateQuiz(content, { seed: 'bubble', count: 10 }).questions[0]!, true);
    await pressButton(el, 'Check');
    expect((await started).composed).to.be.true;
  });

  it('limits questions to chosen types and themes', async () => {
    const theme = content.themes[1]!.id;
    const el = await quiz(html`<ece-quiz .content=${content} seed="limit" questions="5" types="true-false" themes=${theme}></ece-quiz>`);
    const expected = generateQuiz(content, { seed: 'limit', count: 5, types: ['true-false'], themes: [theme] }).questions;
    expect($(el, '.progress-text')!.textContent).to.include(`of ${expected.length}`);
    expect($(el, '.question')!.dataset.type).to.equal('true-false');
  });

  it('links feedback to the explainer named by "for"', async () => {
    const page = await fixture(html`<div>
      <ece-explainer id="lesson" .content=${content}></ece-explainer>
      <ece-quiz for="lesson" .content=${content} seed="link" questions="1" types="true-false"></ece-quiz>
    </div>`);
    const el = page.querySelector('ece-quiz')!;
    await loaded(page.querySelector('ece-explainer')!);
    await waitUntil(() => $(el, 'section.quiz'));
    const question = oneOf('true-false', 'link');
    await answerByKeyboard(el, question, true);
    await pressButton(el, 'Check');
    const link = $<HTMLAnchorElement>(el, '.feedback .section-link a')!;
    expect(link.getAttribute('href')).to.equal(`#lesson-${question.sectionId}`);
    link.click();
    expect(deepActiveElement()!.textContent).to.equal(content.sections.find((s) => s.id === question.sectionId)!.title);
  });

  it('without an explainer, still shows the section and sources', async () => {
    const el = await quiz(html`<ece-quiz .content=${content} seed="alone" questions="1" types="true-false"></ece-quiz>`);
    await answerByKeyboard(el, oneOf('true-false', 'alone'), false);
    await pressButton(el, 'Check');
    expect($(el, '.feedback .section-link')!.textContent).to.include('Explained in the section');
    expect($$(el, '.feedback .source-links a').length).to.be.greaterThan(0);
  });
});

describe('ece-quiz: progress that is never lost', () => {
  const types = 'true-false,date';

  it('restores answers and position when the element is re-created', async () => {
    const questions = generateQuiz(content, { seed: 'keep', count: 3, types: ['true-false', 'date'] }).questions;
    let el = await quiz(html`<ece-quiz .content=${content} seed="keep" questions="3" types=${types} mode="test"></ece-quiz>`);
    await answerByKeyboard(el, questions[0]!, true);
    await pressButton(el, 'Next question');
    await answerByKeyboard(el, questions[1]!, false);
    el.remove();
    el = await quiz(html`<ece-quiz .content=${content} seed="keep" questions="3" types=${types} mode="test"></ece-quiz>`);
    expect($(el, '.progress-text')!.textContent).to.include('Question 2 of 3');
    expect($$<HTMLInputElement>(el, 'input[type="radio"]').find((r) => r.checked)!.value).to.not.equal(questions[1]!.answer);
    await pressButton(el, 'Previous question');
    expect($$<HTMLInputElement>(el, 'input[type="radio"]').find((r) => r.checked)!.value).to.equal(questions[0]!.answer);
  });

  it('without a seed, chooses one, saves it and reuses it after a reload', async () => {
    let el = await quiz(html`<ece-quiz .content=${content} questions="3"></ece-quiz>`);
    const seed = el.activeSeed!;
    expect(seed).to.match(/^[a-z0-9]{6}$/);
    const first = $(el, '.question-prompt')!.textContent;
    // Kept once the learner starts (a quiz only looked at leaves nothing behind).
    await answerByKeyboard(el, generateQuiz(content, { seed, count: 3 }).questions[0]!, true);
    el.remove();
    el = await quiz(html`<ece-quiz .content=${content} questions="3"></ece-quiz>`);
    expect(el.activeSeed).to.equal(seed);
    expect($(el, '.question-prompt')!.textContent).to.equal(first);
  });

  it('keeps two quizzes on one page apart', async () => {
    const page = await fixture(html`<div>
      <ece-quiz .content=${content} seed="same" questions="2" types="true-false" mode="test"></ece-quiz>
      <ece-quiz .content=${content} seed="same" questions="2" types="true-false" mode="test"></ece-quiz>
    </div>`);
    const [a, b] = Array.from(page.querySelectorAll('ece-quiz'));
    await waitUntil(() => $(a!, 'section.quiz') && $(b!, 'section.quiz'));
    const question = generateQuiz(content, { seed: 'same', count: 2, types: ['true-false'] }).questions[0]!;
    await answerByKeyboard(a!, question, true);
    expect($$<HTMLInputElement>(b!, 'input[type="radio"]').some((r) => r.checked)).to.be.false;
    await answerByKeyboard(b!, question, false);
    expect($$<HTMLInputElement>(a!, 'input[type="radio"]').find((r) => r.checked)!.value).to.not.equal($$<HTMLInputElement>(b!, 'input[type="radio"]').find((r) => r.checked)!.value);
    const keys = Object.keys(localStorage).filter((key) => key.startsWith('ece-quiz:'));
    expect(keys.length).to.equal(2);
  });

  it('carries on in memory when storage throws, is full, or holds garbage', async () => {
    // Each fault gets its own seed: memory keeps a session alive within the page, as it should.
    const refuse = () => {
      throw new Error('SecurityError');
    };
    const full = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const garbage = ['{not json', '[]', '{"v":1}', '{"v":0,"answers":1}', 'null'];
    const faults: [string, Partial<Storage>][] = [
      ['throws', { getItem: refuse, setItem: refuse }],
      ['is full', { setItem: full }],
      ['holds garbage', {}],
    ];
    for (const [index, [name, stubs]] of faults.entries()) {
      localStorage.clear();
      const seed = `faulty-${index}`;
      if (name === 'holds garbage') for (const value of garbage) localStorage.setItem(`ece-quiz:${content.id}:${content.version}:${seed}:ece-quiz[0]`, value);
      await withStubs(Storage.prototype, stubs, async () => {
        const question = oneOf('true-false', seed);
        const el = await quiz(html`<ece-quiz .content=${content} seed=${seed} questions="1" types="true-false"></ece-quiz>`);
        await answerByKeyboard(el, question, true);
        await pressButton(el, 'Check');
        expect($(el, '.feedback.is-correct'), name).to.exist;
        expect($(el, '[role="alert"]'), name).to.equal(null);
        el.remove();
      });
    }
  });
});

describe('ece-quiz: loading', () => {
  it('shows loading, then a retry on network failure, accessibly', async () => {
    const el = await quiz(html`<ece-quiz src="/test/fixtures/missing.json"></ece-quiz>`);
    expect($(el, '[role="alert"]')!.textContent).to.include('HTTP 404');
    await expect(el).to.be.accessible();
  });

  it('shows the validator errors for an invalid file', async () => {
    await withStubs(console, { error: () => {} }, async () => {
      const el = await quiz(html`<ece-quiz .content=${{ ...content, sources: [] }}></ece-quiz>`);
      expect($(el, '[role="alert"]')!.textContent).to.include('sources');
      await expect(el).to.be.accessible();
    });
  });
});

describe('ece-quiz: more states', () => {
  it('the loading state is announced and accessible', async () => {
    const el = await fixture<EceQuiz>(html`<ece-quiz src="/__fault/hang" seed="wait"></ece-quiz>`);
    await waitUntil(() => $(el, '.loading'), 'no loading state');
    expect($(el, '.loading')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('is accessible in dark mode, with feedback and on the results screen', async () => {
    const el = await quiz(html`<ece-quiz .content=${content} color-scheme="dark" seed="dark" questions="1" types="date"></ece-quiz>`);
    await answerByKeyboard(el, oneOf('date', 'dark'), false);
    await pressButton(el, 'Check');
    await expect(el).to.be.accessible();
    await pressButton(el, 'See results');
    await expect(el).to.be.accessible();
  });
});

describe('ece-quiz: downloads', () => {
  it('downloads the results as JSON and CSV, named after the seed and the name', async () => {
    const el = await quiz(html`<ece-quiz .content=${content} seed="files" questions="1" types="true-false"></ece-quiz>`);
    await answerByKeyboard(el, oneOf('true-false', 'files'), true);
    await pressButton(el, 'Check');
    await pressButton(el, 'See results');
    const name = $<HTMLInputElement>(el, '#learner-name')!;
    name.value = 'Mina Park';
    name.dispatchEvent(new Event('input'));
    await settle(el);
    const saved: { name: string; href: string }[] = [];
    const save = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    };
    await withStubs(HTMLAnchorElement.prototype, { click: save }, async () => {
      await pressButton(el, 'Download results (JSON)');
      await pressButton(el, 'Download results (CSV)');
    });
    expect(saved.map((file) => file.name)).to.deep.equal([`quiz-${content.id}-files-Mina-Park.json`, `quiz-${content.id}-files-Mina-Park.csv`]);
    const json = JSON.parse(await (await fetch(saved[0]!.href)).text());
    expect(json).to.include({ seed: 'files', score: 1, total: 1, name: 'Mina Park' });
    expect(json.resultCode).to.equal($(el, '.result-code')!.textContent);
    const csv = await (await fetch(saved[1]!.href)).text();
    expect(csv.replace(/^\ufeff/, '').split('\r\n')[0]).to.equal('number,question_id,type,theme,correct,answer,correct_answer,credit');
    expect(json.results[0]).to.include({ correct: true, credit: 1 });
  });
});
