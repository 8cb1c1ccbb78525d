import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ExportControlsExplainer } from '../../src/components/export-controls-explainer/export-controls-explainer.js';
import type { EceQuiz } from '../../src/components/quiz/ece-quiz.js';
import type { QuizStartEvent } from '../../src/components/quiz/events.js';
import { generateQuiz } from '../../src/core/questions/generate.js';
import { checkFacts, planChecks } from '../../src/core/questions/checks.js';
import { deepActiveElement, otherContent, settle, oneTagPage } from './helpers.js';
import { answerByKeyboard, pressButton } from './quiz-helpers.js';

const content = otherContent();

const page = oneTagPage;

beforeEach(() => localStorage.clear());
// Jumps leave a hash behind, which would deep-link the next test's explainer.
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('export-controls-explainer: content set by script', () => {
  const fixtureUrl = '/test/fixtures/solar-system.json';
  const shownId = (el: ExportControlsExplainer) => el.shadowRoot!.querySelector('ece-explainer')?.loadedContent?.id;

  it('a src set in the same task as the element is connected: only that content, no event or storage for the bundled one', async () => {
    let starts = 0;
    document.addEventListener('quiz-start', () => starts++);
    const el = document.createElement('export-controls-explainer');
    document.body.append(el);
    el.src = fixtureUrl;
    await waitUntil(() => shownId(el) === content.id, 'the fixture never showed', { timeout: 5000 });
    expect(Object.keys(localStorage).filter((key) => key.includes('export-controls'))).to.deep.equal([]);
    expect(starts).to.equal(0);
    el.remove();
  });

  for (const [when, wait] of [['one task', 0], ['2 s', 2000]] as const) {
    it(`with src="" in the page, a src set ${when} later is the only content shown`, async () => {
      let starts = 0;
      document.addEventListener('quiz-start', () => starts++);
      const el = await fixture<ExportControlsExplainer>(html`<export-controls-explainer src=""></export-controls-explainer>`);
      const seen = new Set<string>();
      const observer = new MutationObserver(() => seen.add(el.shadowRoot!.querySelector('ece-explainer')?.loadedContent?.id ?? ''));
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await new Promise((resolve) => setTimeout(resolve, wait));
      expect(el.shadowRoot!.querySelector('ece-explainer'), 'nothing shown while the page says content is coming').to.equal(null);
      el.src = fixtureUrl;
      await waitUntil(() => shownId(el) === content.id, 'the fixture never showed', { timeout: 5000 });
      observer.disconnect();
      seen.delete('');
      expect([...seen]).to.deep.equal([content.id]);
      expect(Object.keys(localStorage).filter((key) => key.includes('export-controls'))).to.deep.equal([]);
      expect(starts).to.equal(0);
      await expect(el).to.be.accessible();
    });
  }
});

describe('export-controls-explainer', () => {
  it('shows the explainer, then the quiz, from one content and the quiz attributes', async () => {
    const el = await page(html`<export-controls-explainer .content=${content} seed="main" questions="4" mode="test" types="true-false,date"></export-controls-explainer>`);
    // Checks after each theme by default: the quiz avoids the facts they asked about.
    const avoidFacts = checkFacts(planChecks(content, { per: 'theme', seed: 'main' }));
    const expected = generateQuiz(content, { seed: 'main', count: 4, types: ['true-false', 'date'], avoidFacts }).questions;
    expect(expected.map((q) => q.id)).not.to.deep.equal(generateQuiz(content, { seed: 'main', count: 4, types: ['true-false', 'date'] }).questions.map((q) => q.id));
    const started = oneEvent(document, 'quiz-start') as Promise<QuizStartEvent>;
    await answerByKeyboard(el.shadowRoot!.querySelector('ece-quiz')!, expected[0]!, true);
    const { detail } = await started;
    expect(detail.questionIds).to.deep.equal(expected.map((q) => q.id));
    const [explainer, quiz, status] = Array.from(el.shadowRoot!.children);
    expect(explainer!.localName).to.equal('ece-explainer');
    expect(quiz!.localName).to.equal('ece-quiz');
    // Empty while the quiz is there: it speaks only if the quiz's code could not load.
    expect(status!.getAttribute('role')).to.equal('status');
    expect(status!.textContent!.trim()).to.equal('');
    expect(quiz!.shadowRoot!.querySelector('.mode')!.textContent).to.include('Test');
    await expect(el).to.be.accessible();
  });

  it('resolves updateComplete once the explainer inside has rendered every block and the quiz its question', async () => {
    const el = document.createElement('export-controls-explainer');
    document.body.append(el);
    await el.updateComplete;
    const explainer = el.shadowRoot!.querySelector('ece-explainer')!;
    const english = explainer.loadedContent!;
    expect(explainer.shadowRoot!.querySelectorAll('section[data-section]').length).to.equal(english.sections.length);
    expect(explainer.shadowRoot!.querySelectorAll('ol.sources li').length).to.equal(english.sources.length);
    expect(el.shadowRoot!.querySelector('ece-quiz')!.shadowRoot!.querySelector('.question-prompt')).to.exist;
    el.remove();
  });

  it('links quiz feedback back to its own explainer, under the element id', async () => {
    const el = await page(html`<export-controls-explainer id="lesson" .content=${content} seed="wrap" questions="1" types="true-false" checks="off"></export-controls-explainer>`);
    const quiz = el.shadowRoot!.querySelector('ece-quiz') as EceQuiz;
    const question = generateQuiz(content, { seed: 'wrap', count: 1, types: ['true-false'] }).questions[0]!;
    await answerByKeyboard(quiz, question, true);
    await pressButton(quiz, 'Check');
    const link = quiz.shadowRoot!.querySelector<HTMLAnchorElement>('.feedback .section-link a')!;
    expect(link.getAttribute('href')).to.equal(`#lesson-${question.sectionId}`);
    link.click();
    expect(deepActiveElement()!.textContent).to.equal(content.sections.find((s) => s.id === question.sectionId)!.title);
  });

  it('gives every jump from the quiz a way back: a button and the browser\'s Back both return focus to the link', async () => {
    const el = await page(html`<export-controls-explainer id="lesson" .content=${content} seed="wrap" questions="1" types="true-false" checks="off"></export-controls-explainer>`);
    const quiz = el.shadowRoot!.querySelector('ece-quiz') as EceQuiz;
    const explainer = el.shadowRoot!.querySelector('ece-explainer')!;
    const question = generateQuiz(content, { seed: 'wrap', count: 1, types: ['true-false'] }).questions[0]!;
    await answerByKeyboard(quiz, question, true);
    await pressButton(quiz, 'Check');
    const link = quiz.shadowRoot!.querySelector<HTMLAnchorElement>('.feedback .section-link a')!;
    const entries = history.length;
    link.click();
    await settle(explainer);
    // A history entry, as a plain link would make.
    expect(history.length).to.equal(entries + 1);
    expect(location.hash).to.equal(`#lesson-${question.sectionId}`);
    const back = () => explainer.shadowRoot!.querySelector<HTMLButtonElement>('.return-bar button');
    expect(back()!.textContent).to.include('Back to question 1');
    await expect(el).to.be.accessible();
    back()!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(explainer);
    expect(deepActiveElement()).to.equal(link);
    expect(back()).to.equal(null);
    // Again, and this time with the browser's Back.
    link.click();
    await settle(explainer);
    expect(back()).to.exist;
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await popped;
    await settle(explainer);
    expect(deepActiveElement()).to.equal(link);
    expect(back()).to.equal(null);
  });

  it('gives a citation a way back to the text it was cited in', async () => {
    const el = await page(html`<export-controls-explainer id="lesson" .content=${content} seed="cite" questions="1"></export-controls-explainer>`);
    const explainer = el.shadowRoot!.querySelector('ece-explainer')!;
    const citation = explainer.shadowRoot!.querySelector<HTMLAnchorElement>('a.citation')!;
    citation.click();
    await settle(explainer);
    const back = explainer.shadowRoot!.querySelector<HTMLButtonElement>('.return-bar button')!;
    expect(back.textContent).to.include('Back to the text');
    back.click();
    await settle(explainer);
    expect(deepActiveElement()).to.equal(citation);
  });

  it('loads content from src once for both parts', async () => {
    const el = await page(html`<export-controls-explainer src="/test/fixtures/solar-system.json" seed="src"></export-controls-explainer>`);
    const explainer = el.shadowRoot!.querySelector('ece-explainer')!;
    await waitUntil(() => explainer.shadowRoot!.querySelector('h2'));
    expect(explainer.shadowRoot!.querySelector('h2')!.textContent).to.equal(content.title);
  });
});
