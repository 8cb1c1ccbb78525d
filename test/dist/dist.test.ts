// The one test that uses the build: a plain HTML page with only the script tag
// and the element, as a page author would paste them. Catches build problems
// (untransformed decorators, missing chunks, bundled content) that source tests cannot.
import { expect, waitUntil } from '@open-wc/testing';
import english from '../../content/en.json' with { type: 'json' };
import type { Content } from '../../src/core/content/schema.js';
import type { EceQuiz } from '../../src/components/quiz/ece-quiz.js';
import type { QuizCompleteDetail } from '../../src/components/quiz/events.js';
import { generateQuiz } from '../../src/core/questions/generate.js';
import { checkFacts, planChecks } from '../../src/core/questions/checks.js';
import { answerByKeyboard, pressButton } from '../components/quiz-helpers.js';

async function plainPage(body: string, width = 1024, script = 'export-controls-explainer.js'): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '768px';
  frame.style.border = '0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain page</title>
    <script type="module" src="${location.origin}/dist/${script}"></script></head>
    <body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!;
}

describe('dist/export-controls-explainer.js in a plain page', () => {
  it('renders the bundled English explainer from one script tag and one element', async () => {
    const doc = await plainPage('<export-controls-explainer></export-controls-explainer>');
    const host = doc.querySelector('export-controls-explainer')!;
    await waitUntil(() => host.shadowRoot?.querySelector('ece-explainer')?.shadowRoot?.querySelector('article'), 'the explainer never rendered', {
      timeout: 10000,
    });
    const explainer = host.shadowRoot!.querySelector('ece-explainer')!;
    const title = explainer.shadowRoot!.querySelector('h2')!.textContent;
    expect(title).to.match(/export control/i);
    // The first render shows the top; the rest follows in later tasks.
    await explainer.updateComplete;
    expect(explainer.shadowRoot!.querySelectorAll('section[data-section]').length).to.equal(english.sections.length);
    expect(explainer.shadowRoot!.querySelectorAll('ol.sources li').length).to.equal(english.sources.length);
    expect(doc.defaultView!.customElements.get('ece-timeline')).to.exist;
  });

  // WCAG 1.4.10 on what page authors ship: the minifier once joined citation runs into one
  // unbreakable line that scrolled the page sideways at 320 px, while the source build was fine.
  it('reflows at 320 px: the fully rendered page, sources open, never scrolls sideways', async () => {
    const doc = await plainPage('<export-controls-explainer seed="reflow"></export-controls-explainer>', 320);
    const host = doc.querySelector('export-controls-explainer')!;
    await waitUntil(() => host.shadowRoot?.querySelector('ece-quiz')?.shadowRoot?.querySelector('section.quiz'), 'the quiz never rendered', {
      timeout: 10000,
    });
    const explainer = host.shadowRoot!.querySelector('ece-explainer')!;
    await waitUntil(() => explainer.shadowRoot!.querySelector('ol.sources'), 'the sources never rendered', { timeout: 10000 });
    explainer.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
    explainer.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.term').forEach((button) => button.click());
    await new Promise((resolve) => setTimeout(resolve, 200));
    const root = doc.documentElement;
    expect(root.scrollWidth, 'the page scrolls sideways at 320 px').to.be.at.most(root.clientWidth);
    const walk = (node: ParentNode): Element[] =>
      [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? walk(el.shadowRoot) : [])]);
    // A wide table may scroll inside its own box (WCAG 1.4.10 allows it for data tables): only what
    // sticks out past the page without such a box scrolls the page sideways.
    const scrollsItself = (el: Element) => {
      for (let node = el.parentElement ?? (el.getRootNode() as ShadowRoot).host; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(node).overflowX)) return node.getBoundingClientRect().right <= root.clientWidth + 1;
      }
      return false;
    };
    const wide = walk(doc).filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !scrollsItself(el));
    expect(wide.map((el) => `${el.localName}.${el.className}`), 'elements past the right edge').to.deep.equal([]);
  });

  // The lesson issue's budget: on a 375 × 667 phone the core layer (the themes' sections with their key points, core
  // paragraphs, decision walk and discussion questions; "go deeper" blocks closed) fits in 30 screens, and the quiz
  // is one contents link away.
  it('at 375 px the core layer fits in 30 screens and the contents lead to the quiz', async () => {
    const doc = await plainPage('<export-controls-explainer seed="screens"></export-controls-explainer>', 375);
    (doc.defaultView!.frameElement as HTMLIFrameElement).style.height = '667px';
    const host = doc.querySelector('export-controls-explainer')!;
    await waitUntil(() => host.shadowRoot?.querySelector('ece-quiz')?.shadowRoot?.querySelector('section.quiz'), 'the quiz never rendered', {
      timeout: 10000,
    });
    const explainer = host.shadowRoot!.querySelector('ece-explainer')!;
    await waitUntil(() => explainer.shadowRoot!.querySelector('ol.sources'), 'the page never finished rendering', { timeout: 10000 });
    // The checks go in once the quiz's code is here, a render or two after the quiz itself (WebKit,
    // under load, took longer than a fixed 300 ms wait).
    await waitUntil(() => [...explainer.shadowRoot!.querySelectorAll('ece-check')].some((check) => check.getBoundingClientRect().height > 0), 'the checks never rendered', {
      timeout: 10000,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const themes = [...explainer.shadowRoot!.querySelectorAll<HTMLElement>('section.theme')];
    const top = themes[0]!.getBoundingClientRect().top;
    const bottom = themes.at(-1)!.getBoundingClientRect().bottom;
    // The "Check yourself" blocks are practice, not text to read: counted apart (issue 16 added them).
    const checks = [...explainer.shadowRoot!.querySelectorAll('ece-check')].reduce((sum, check) => sum + check.getBoundingClientRect().height, 0) / 667;
    expect(checks, 'the checks are on the page').to.be.greaterThan(0);
    const screens = (bottom - top) / 667 - checks;
    const page = explainer.getBoundingClientRect().height / 667;
    console.log(`375 px: core layer ${screens.toFixed(1)} screens, checks ${checks.toFixed(1)}; the whole explainer ${page.toFixed(1)} screens`);
    expect(screens, 'screens of core text at 375 × 667').to.be.at.most(30);
    const toQuiz = [...explainer.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')].find((link) => link.textContent === 'Check what you learned');
    expect(toQuiz, 'a contents entry for the quiz').to.exist;
  });

  it('runs a 5-question quiz to the end by keyboard alone, with the quiz-complete detail', async () => {
    const doc = await plainPage('<export-controls-explainer seed="dist-check" questions="5"></export-controls-explainer>');
    const host = doc.querySelector('export-controls-explainer')!;
    let detail: QuizCompleteDetail | undefined;
    host.addEventListener('quiz-complete', (event) => (detail = (event as CustomEvent<QuizCompleteDetail>).detail));
    await waitUntil(() => host.shadowRoot?.querySelector('ece-quiz')?.shadowRoot?.querySelector('section.quiz'), 'the quiz never rendered', {
      timeout: 10000,
    });
    const quiz = host.shadowRoot!.querySelector('ece-quiz') as unknown as EceQuiz;
    // The checks in the text (after each theme, by default) are facts the quiz leaves out.
    const avoidFacts = checkFacts(planChecks(english as unknown as Content, { per: 'theme', seed: 'dist-check' }));
    const questions = generateQuiz(english as unknown as Content, { seed: 'dist-check', count: 5, avoidFacts }).questions;
    for (const [index, question] of questions.entries()) {
      await answerByKeyboard(quiz, question, index !== 2);
      await pressButton(quiz, 'Check');
      await pressButton(quiz, index === questions.length - 1 ? 'See results' : 'Next question');
    }
    expect(detail, 'quiz-complete reached the page').to.exist;
    expect(detail!.seed).to.equal('dist-check');
    expect(detail!.total).to.equal(5);
    expect(detail!.score).to.equal(4);
    expect(detail!.percent).to.equal(80);
    expect(detail!.results.map((result) => result.id)).to.deep.equal(questions.map((question) => question.id));
  });
});

describe('dist/classroom.js in a plain page', () => {
  it('gives a school the teacher page and the authoring page for any content, from one script tag', async () => {
    const doc = await plainPage(
      `<ece-teacher src="${location.origin}/test/fixtures/solar-system.json"></ece-teacher><ece-author></ece-author>`,
      1024,
      'classroom.js',
    );
    const teacher = doc.querySelector('ece-teacher')!;
    await waitUntil(() => teacher.shadowRoot?.querySelector('main'), 'the teacher page never rendered', { timeout: 10000 });
    const text = teacher.shadowRoot!.textContent!;
    // The fixture's themes, not the bundled content's.
    expect(text).to.include('The Sun and its planets');
    expect(text).not.to.include('Why export controls exist');
    expect(teacher.shadowRoot!.querySelector('.snippet')!.textContent).to.include('solar-system.json');
    const author = doc.querySelector('ece-author')!;
    await waitUntil(() => author.shadowRoot?.querySelector('textarea'), 'the authoring page never rendered', { timeout: 10000 });
    expect(doc.defaultView!.customElements.get('ece-worksheet')).to.exist;
  });
});
