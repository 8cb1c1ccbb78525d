import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ExportControlsExplainer } from '../../src/components/export-controls-explainer/export-controls-explainer.js';
import type { EceExplainer } from '../../src/components/explainer/ece-explainer.js';
import en from '../../content/en.json' with { type: 'json' };
import ko from '../../content/ko.json' with { type: 'json' };
import ja from '../../content/ja.json' with { type: 'json' };
import { settle } from './helpers.js';
import { loadStrings } from '../../src/i18n/strings.js';

/** The inner shadow roots; while another language loads, the wrapper shows its loading state instead. */
const parts = (el: ExportControlsExplainer) => {
  const explainer = el.shadowRoot!.querySelector('ece-explainer');
  const quiz = el.shadowRoot!.querySelector('ece-quiz');
  return { explainer: explainer?.shadowRoot ?? null, quiz: quiz?.shadowRoot ?? null };
};

async function shows(el: ExportControlsExplainer, title: string, contents: string, quizHeading: string) {
  await waitUntil(() => parts(el).explainer?.querySelector('h2')?.textContent === title, `title never became ${title}`, { timeout: 8000 });
  await waitUntil(() => parts(el).explainer?.querySelector('.toc-title')?.textContent === contents, `contents label never became ${contents}`, { timeout: 8000 });
  await waitUntil(() => parts(el).quiz?.querySelector('#quiz-title')?.textContent === quizHeading, `quiz heading never became ${quizHeading}`, { timeout: 8000 });
  await settle(el);
}

describe('languages', () => {
  beforeEach(() => localStorage.clear());

  it('switching lang re-renders everything, with the right lang for screen readers, and stays accessible', async () => {
    const el = await fixture<ExportControlsExplainer>(html`<export-controls-explainer seed="lang" questions="3" types="true-false"></export-controls-explainer>`);
    await shows(el, en.title, 'Contents', 'Check what you learned');
    el.lang = 'ko';
    await shows(el, ko.title, '목차', '배운 내용 확인하기');
    expect(parts(el).explainer!.querySelector('article')!.getAttribute('lang')).to.equal('ko');
    expect(parts(el).quiz!.querySelector('.question-prompt')!.textContent).to.match(/[가-힣]/);
    expect(parts(el).quiz!.querySelector('.progress-text')!.textContent).to.include('3문제 중 1번');
    await expect(el).to.be.accessible();
    el.lang = 'ja';
    await shows(el, ja.title, '目次', '学んだことを確かめよう');
    expect(parts(el).explainer!.querySelector('article')!.getAttribute('lang')).to.equal('ja');
    expect(parts(el).quiz!.querySelector('.progress-text')!.textContent).to.include('全3問中');
    await expect(el).to.be.accessible();
  });

  it('an element without lang adds no lang="" (which would mean "language unknown"), and reflects one it is given', async () => {
    const el = await fixture<EceExplainer>(html`<ece-explainer></ece-explainer>`);
    await el.updateComplete;
    expect(el.hasAttribute('lang'), 'no lang attribute on a fresh element').to.be.false;
    const wrapper = await fixture<ExportControlsExplainer>(html`<export-controls-explainer></export-controls-explainer>`);
    await settle(wrapper);
    for (const inner of [wrapper, ...wrapper.shadowRoot!.querySelectorAll('ece-explainer, ece-quiz')]) {
      expect(inner.getAttribute('lang'), `${inner.localName}: lang attribute`).to.equal(null);
    }
    el.lang = 'ko';
    await el.updateComplete;
    expect(el.getAttribute('lang'), 'set by script, shown to assistive technology').to.equal('ko');
  });

  it('switching lang quickly keeps the interface in the language of the content shown (stale strings are dropped)', async () => {
    const el = await fixture<EceExplainer>(html`<ece-explainer></ece-explainer>`);
    await el.updateComplete;
    el.lang = 'ko';
    await new Promise((resolve) => setTimeout(resolve)); // Korean strings start loading
    el.lang = 'en';
    await loadStrings('ko'); // the Korean strings have loaded by now
    await waitUntil(() => el.shadowRoot!.querySelector('h2')?.textContent === en.title, 'the English content never showed', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(el);
    expect(el.shadowRoot!.querySelector('.toc-title')!.textContent, 'English content under English interface text').to.equal('Contents');
  });

  it('without lang, the nearest lang in the page decides; else English', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="ja"><ece-explainer></ece-explainer></div>`);
    const el = page.querySelector<EceExplainer>('ece-explainer')!;
    await waitUntil(() => el.shadowRoot!.querySelector('h2')?.textContent === ja.title, 'not Japanese', { timeout: 8000 });
    const plain = await fixture<EceExplainer>(html`<ece-explainer></ece-explainer>`);
    await waitUntil(() => plain.shadowRoot!.querySelector('h2')?.textContent === en.title, 'not English', { timeout: 8000 });
  });

  it('formats dates for the language', async () => {
    const el = await fixture<EceExplainer>(html`<ece-explainer lang="ko"></ece-explainer>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.key-date time'), 'no dates', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('.key-date time')!.textContent).to.match(/\d{4}년/);
  });
});

describe('languages: a standalone quiz', () => {
  it('switching lang rewords the questions and keeps the answers', async () => {
    localStorage.clear();
    const el = await fixture<HTMLElement>(html`<ece-quiz seed="switch" questions="2" types="true-false" mode="test"></ece-quiz>`);
    const root = () => el.shadowRoot!;
    await waitUntil(() => root().querySelector('.question-prompt'), 'no question', { timeout: 8000 });
    expect(root().querySelector('.question-prompt')!.textContent).to.match(/^Question 1 of 2: True or false/);
    root().querySelector<HTMLInputElement>('input[value="false"]')!.click();
    await settle(el);
    el.lang = 'ja';
    await waitUntil(() => /^全2問中 第1問：.*正しいですか/.test(root().querySelector('.question-prompt')?.textContent ?? ''), 'not reworded in Japanese', { timeout: 8000 });
    expect(root().querySelector<HTMLInputElement>('input:checked')!.value).to.equal('false');
  });

  it('Korean content given as a property is worded in Korean (its wording loads on demand)', async () => {
    localStorage.clear();
    const el = await fixture<HTMLElement & { content?: unknown }>(html`<ece-quiz seed="property" questions="1" types="term-definition"></ece-quiz>`);
    // A copy: content the page builds itself, not the bundled object.
    el.content = structuredClone(ko);
    const prompt = () => el.shadowRoot!.querySelector('.question-prompt')?.textContent ?? '';
    await waitUntil(() => /바르게 설명한 것은 무엇입니까\?$/.test(prompt()), `not worded in Korean: ${prompt()}`, { timeout: 8000 });
    await expect(el).to.be.accessible();
  });
});
