import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ExportControlsExplainer } from '../../src/components/export-controls-explainer/export-controls-explainer.js';
import type { EceCheck } from '../../src/components/check/ece-check.js';
import type { QuizAnswerEvent, QuizStartEvent } from '../../src/components/quiz/events.js';
import { checkFacts, planChecks } from '../../src/core/questions/checks.js';
import { pickCandidates } from '../../src/core/questions/generate.js';
import { deepActiveElement, otherContent, settle, oneTagPage } from './helpers.js';
import { answerByKeyboard, pressButton } from './quiz-helpers.js';

const content = otherContent();

const page = oneTagPage;

const explainerOf = (el: ExportControlsExplainer) => el.shadowRoot!.querySelector('ece-explainer')!;
const checksOf = (el: ExportControlsExplainer) => Array.from(explainerOf(el).shadowRoot!.querySelectorAll<EceCheck>('ece-check'));

beforeEach(() => localStorage.clear());
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('checks inside the explainer', () => {
  it('after each theme by default: the questions drawn from the seed, at the end of the theme, before its discussion', async () => {
    const el = await page(html`<export-controls-explainer .content=${content} seed="class-4"></export-controls-explainer>`);
    const expected = planChecks(content, { per: 'theme', seed: 'class-4' });
    const checks = checksOf(el);
    expect(checks.map((check) => check.closest('section.theme')!.id)).to.deep.equal(expected.map((block) => `theme-${block.after}`));
    checks.forEach((check, i) => {
      expect(check.questions.map((q) => q.id)).to.deep.equal(expected[i]!.questions.map((q) => q.id));
      // After the theme's last section, before its discussion question.
      const theme = check.closest('section.theme')!;
      const sections = theme.querySelectorAll('section[data-section]');
      expect(sections[sections.length - 1]!.compareDocumentPosition(check) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      const discussion = theme.querySelector('.discussion');
      if (discussion) expect(check.compareDocumentPosition(discussion) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      const heading = check.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')!;
      expect(heading.textContent).to.equal(`Check yourself: ${theme.querySelector('h1, h2, h3, h4, h5, h6')!.textContent}`);
      // A sibling of the theme's section headings.
      expect(heading.localName).to.equal(theme.querySelector('section[data-section] > :is(h1, h2, h3, h4, h5, h6)')!.localName);
    });
    await expect(el).to.be.accessible();
  });

  it('answered in place: Check gives practice feedback with a link back to the paragraph, and quiz-answer says it came from a check', async () => {
    const el = await page(html`<export-controls-explainer id="lesson" .content=${content} seed="class-4"></export-controls-explainer>`);
    const check = checksOf(el)[0]!;
    const question = check.questions[0]!;
    const first = check.shadowRoot!.querySelector<HTMLElement>('.check-question')!;
    // Check with no answer: asked for one, nothing fired.
    let fired = 0;
    const count = () => fired++;
    document.addEventListener('quiz-answer', count);
    await pressButton(check, 'Check', first);
    expect(first.querySelector('[role="alert"]')!.textContent).to.equal('Choose or enter an answer first.');
    expect(fired).to.equal(0);
    await answerByKeyboard(check, question, false, first);
    const answered = oneEvent(document, 'quiz-answer') as Promise<QuizAnswerEvent>;
    await pressButton(check, 'Check', first);
    const { detail } = await answered;
    document.removeEventListener('quiz-answer', count);
    expect(detail).to.include({ id: question.id, type: question.type, correct: false, credit: 0, context: 'check' });
    const feedback = first.querySelector<HTMLElement>('.feedback')!;
    expect(deepActiveElement()).to.equal(feedback);
    expect(feedback.textContent).to.include('Not quite');
    expect(first.querySelector('.actions'), 'a checked answer is final').to.equal(null);
    await expect(el).to.be.accessible();
    // The link leads back to the section that teaches it, and the way back returns to the check.
    const link = feedback.querySelector<HTMLAnchorElement>('.section-link a')!;
    expect(link.getAttribute('href')).to.equal(`#lesson-${question.sectionId}`);
    link.focus();
    link.click();
    await settle(el);
    expect(deepActiveElement()!.textContent).to.equal(content.sections.find((s) => s.id === question.sectionId)!.title);
    const back = explainerOf(el).shadowRoot!.querySelector<HTMLButtonElement>('.return-bar button')!;
    expect(back.textContent).to.include('Back to the check');
    back.click();
    await settle(el);
    expect(deepActiveElement()).to.equal(link);
  });

  it('the quiz avoids what the checks asked and says where a short content makes it repeat; its answers say "quiz"', async () => {
    const el = await page(html`<export-controls-explainer .content=${content} seed="class-4" questions="4" mode="test"></export-controls-explainer>`);
    const avoided = checkFacts(planChecks(content, { per: 'theme', seed: 'class-4' }));
    const expected = pickCandidates(content, { seed: 'class-4', count: 4, avoidFacts: avoided }).picked;
    expect(expected.every((c) => c.facts()!.every((key) => !avoided.includes(key)))).to.equal(true);
    const quiz = el.shadowRoot!.querySelector('ece-quiz')!;
    const started = oneEvent(document, 'quiz-start') as Promise<QuizStartEvent>;
    const answered = oneEvent(document, 'quiz-answer') as Promise<QuizAnswerEvent>;
    const firstQuestion = (await import('../../src/core/questions/generate.js')).buildQuestions(content, 'class-4', [expected[0]!.id])[0]!;
    await answerByKeyboard(quiz, firstQuestion, true);
    expect((await started).detail.questionIds).to.deep.equal(expected.map((c) => c.id));
    await pressButton(quiz, 'Next question');
    expect((await answered).detail.context).to.equal('quiz');
    expect(quiz.shadowRoot!.querySelector('.repeated-facts')).to.equal(null);
    // A quiz longer than the content can fill without the checks' facts says so.
    const long = await page(html`<export-controls-explainer .content=${content} seed="class-4" questions="30"></export-controls-explainer>`);
    const note = long.shadowRoot!.querySelector('ece-quiz')!.shadowRoot!.querySelector('.repeated-facts');
    expect(note!.textContent).to.match(/\d+ questions here ask about things the checks in the text already asked/);
    await expect(long).to.be.accessible();
  });

  it('checks="section" puts one question at the end of each section; checks="off" shows none and the quiz is the plain one', async () => {
    const bySection = await page(html`<export-controls-explainer .content=${content} seed="s" checks="section"></export-controls-explainer>`);
    const blocks = planChecks(content, { per: 'section', seed: 's' });
    const checks = checksOf(bySection);
    expect(checks.map((check) => check.closest('section[data-section]')!.getAttribute('data-section'))).to.deep.equal(blocks.map((b) => b.after));
    expect(checks.every((check) => check.questions.length === 1)).to.equal(true);
    await expect(bySection).to.be.accessible();
    const off = await page(html`<export-controls-explainer .content=${content} seed="s" checks="off" questions="4" mode="test"></export-controls-explainer>`);
    expect(checksOf(off)).to.deep.equal([]);
    const quiz = off.shadowRoot!.querySelector('ece-quiz')!;
    const plain = (await import('../../src/core/questions/generate.js')).generateQuiz(content, { seed: 's', count: 4 }).questions;
    const started = oneEvent(document, 'quiz-start') as Promise<QuizStartEvent>;
    await answerByKeyboard(quiz, plain[0]!, true);
    expect((await started).detail.questionIds).to.deep.equal(plain.map((q) => q.id));
  });

  it('an id that starts with digits: Check still moves focus to the feedback, and each heading names what it follows', async () => {
    const el = await page(html`<export-controls-explainer id="2024-lesson" .content=${content} seed="class-4"></export-controls-explainer>`);
    const check = checksOf(el)[0]!;
    const first = check.shadowRoot!.querySelector<HTMLElement>('.check-question')!;
    await answerByKeyboard(check, check.questions[0]!, true, first);
    await pressButton(check, 'Check', first);
    expect(deepActiveElement()).to.equal(first.querySelector('.feedback'));
    expect(first.querySelector('.feedback')!.textContent).to.include('Correct');
    const headings = checksOf(el).map((c) => c.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(headings).to.deep.equal(content.themes.map((theme) => `Check yourself: ${theme.title}`));
  });

  it('<ece-quiz for=…> takes the checks its explainer shows, and "New quiz" goes on avoiding them', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <ece-explainer id="text" .content=${content} checks="section" seed="pair"></ece-explainer>
      <ece-quiz for="text" .content=${content} seed="pair" questions="4" mode="test"></ece-quiz>
    </div>`);
    const quiz = wrapper.querySelector('ece-quiz')!;
    await waitUntil(() => quiz.shadowRoot?.querySelector('section.quiz'), 'never rendered', { timeout: 5000 });
    await settle(wrapper.querySelector('ece-explainer')!);
    const avoidFacts = checkFacts(planChecks(content, { per: 'section', seed: 'pair' }));
    const expected = pickCandidates(content, { seed: 'pair', count: 4, avoidFacts }).picked.map((c) => c.id);
    const started = oneEvent(document, 'quiz-start') as Promise<QuizStartEvent>;
    const firstQuestion = (await import('../../src/core/questions/generate.js')).buildQuestions(content, 'pair', [expected[0]!])[0]!;
    await answerByKeyboard(quiz, firstQuestion, true);
    expect((await started).detail.questionIds).to.deep.equal(expected);
    // New quiz: a new random seed, the same checks on the page, so the same facts left out.
    for (let i = 0; i < 3; i++) await pressButton(quiz, 'Next question');
    // Three questions unanswered: Finish asks again before it hands in.
    await pressButton(quiz, 'Finish');
    await pressButton(quiz, 'Finish');
    await pressButton(quiz, 'New quiz');
    const restarted = oneEvent(document, 'quiz-start') as Promise<QuizStartEvent>;
    await pressButton(quiz, 'Start a new quiz');
    const seed = quiz.activeSeed!;
    expect(seed).not.to.equal('pair');
    const next = pickCandidates(content, { seed, count: 4, avoidFacts }).picked.map((c) => c.id);
    const question = (await import('../../src/core/questions/generate.js')).buildQuestions(content, seed, [next[0]!])[0]!;
    await answerByKeyboard(quiz, question, true);
    expect((await restarted).detail.questionIds).to.deep.equal(next);
  });

  it('a page without a seed: every reader sees the same checks, whatever seed the quiz picks', async () => {
    const a = await page(html`<export-controls-explainer .content=${content}></export-controls-explainer>`);
    const b = await page(html`<export-controls-explainer .content=${content}></export-controls-explainer>`);
    const ids = (el: ExportControlsExplainer) => checksOf(el).map((check) => check.questions.map((q) => q.id));
    expect(ids(a)).to.deep.equal(ids(b));
    expect(ids(a)).to.deep.equal(planChecks(content, { per: 'theme', seed: 'checks' }).map((block) => block.questions.map((q) => q.id)));
  });
});
