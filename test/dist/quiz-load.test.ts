// What the script-tag file loads when: the lesson first, the quiz's code after it (issue 15), and
// what a reader sees when that second part cannot arrive.
import { expect, waitUntil } from '@open-wc/testing';
import english from '../../content/en.json' with { type: 'json' };

/** A plain page with the script tag (from `path`) and `body`; `head` runs before the module script. */
async function plainPage(body: string, path = '/dist/export-controls-explainer.js', head = ''): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '768px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain page</title>${head}
    <script type="module" src="${location.origin}${path}"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!;
}

const explainerArticle = (host: Element) => host.shadowRoot?.querySelector('ece-explainer')?.shadowRoot?.querySelector('article');
const quizChunkTimings = (doc: Document) =>
  (doc.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => /\/quiz-elements-[\w-]+\.js$/.test(entry.name));

describe('the script-tag file loads the lesson first', () => {
  it('renders the explainer before the quiz code is asked for, then the quiz follows without being asked', async () => {
    // Before the module script: notes, at each frame, whether the explainer is on the page yet (the
    // time of the first frame that has it).
    const head = `<script>(function poll() {
      const host = document.querySelector('export-controls-explainer');
      if (host?.shadowRoot?.querySelector('ece-explainer')?.shadowRoot?.querySelector('article')) {
        window.__renderedAt = performance.now();
        window.__statusAtFirstRender = host.shadowRoot.querySelector('.quiz-load-status[role="status"]')?.textContent.trim();
      } else requestAnimationFrame(poll);
    })();</script>`;
    const doc = await plainPage('<export-controls-explainer seed="first-paint"></export-controls-explainer>', undefined, head);
    const host = doc.querySelector('export-controls-explainer')!;
    // Nobody awaits updateComplete here: the quiz arrives on its own (when the page is idle).
    await waitUntil(() => host.shadowRoot?.querySelector('ece-quiz')?.shadowRoot?.querySelector('section.quiz'), 'the quiz never rendered', { timeout: 10000 });
    const renderedAt = (doc.defaultView as unknown as { __renderedAt?: number }).__renderedAt;
    expect(renderedAt, 'a frame showed the explainer').to.be.a('number');
    // The status region that would say the quiz could not load is there from the first render, empty:
    // a screen reader announces a live region whose text changes, not one inserted already filled.
    expect((doc.defaultView as unknown as { __statusAtFirstRender?: string }).__statusAtFirstRender, 'an empty status region at the first render').to.equal('');
    const [chunk] = quizChunkTimings(doc);
    expect(chunk, 'the quiz came as a chunk of its own').to.exist;
    // The first sign that the lesson was painted: the first animation frame that found the explainer
    // (a poll can see it a frame late: WebKit failed 1 run in 4), or the engine's own first paint with
    // content, the page having nothing else (Chromium stamps it when the frame is presented, a few ms
    // after the main thread's paint, when the chunk may already be asked for).
    const [paint] = doc.defaultView!.performance.getEntriesByName('first-contentful-paint');
    expect(chunk!.startTime, 'the quiz chunk was asked for after the first render').to.be.greaterThan(Math.min(paint?.startTime ?? Infinity, renderedAt!));
    expect(doc.defaultView!.customElements.get('ece-check'), 'the checks came with it').to.exist;
    expect(explainerArticle(host)!.querySelectorAll('ece-check').length, 'checks in the text').to.be.greaterThan(0);
  });

  it('defines a standalone <ece-quiz>, and a script importing the file gets its class once loadQuizCode() resolves', async () => {
    // The quiz's class is a live binding, set once its code is here: loadQuizCode() waits for that.
    const importer = `<script type="module">
      import * as ece from '${location.origin}/dist/export-controls-explainer.js';
      const before = typeof ece.EceExplainer;
      ece.loadQuizCode().then(() => {
        window.__exports = { quiz: typeof ece.EceQuiz, explainer: before, defined: customElements.get('ece-quiz') === ece.EceQuiz };
      });
    </script>`;
    const doc = await plainPage(`<ece-quiz seed="standalone" questions="3"></ece-quiz>${importer}`);
    const quiz = doc.querySelector('ece-quiz')!;
    await waitUntil(() => quiz.shadowRoot?.querySelector('section.quiz'), 'the standalone quiz never rendered', { timeout: 10000 });
    await waitUntil(() => (doc.defaultView as unknown as { __exports?: unknown }).__exports, 'the importing script never ran', { timeout: 10000 });
    expect(JSON.stringify((doc.defaultView as unknown as { __exports: unknown }).__exports)).to.equal(JSON.stringify({ quiz: 'function', explainer: 'function', defined: true }));
  });
});

describe('a deep link with the quiz code still to come', () => {
  // From this server the chunk comes at once, and an engine's scroll anchoring could hide a jump made
  // too early; over a slow network (the chunk 1.5 s late) the jump must really wait for the checks.
  for (const network of ['fast', 'slow'] as const) {
    it(`lands on its section with the checks above it already in, and stays there (${network} network)`, async () => {
      // A section late in the page: the checks after the earlier themes go in above it.
      const target = english.sections.at(-2)!.id;
      const frame = document.createElement('iframe');
      frame.style.width = '800px';
      frame.style.height = '600px';
      const token = `t${Date.now()}${Math.random().toString(36).slice(2, 8)}`;
      frame.src = network === 'fast' ? `/test/fixtures/first-paint.html#${target}` : `/__slow-quiz/${token}/first-paint.html#${target}`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const host = frame.contentDocument!.querySelector('export-controls-explainer')!;
      const heading = () => host.shadowRoot?.querySelector('ece-explainer')?.shadowRoot?.querySelector(`#heading-${target}`);
      const topOf = () => heading()?.getBoundingClientRect().top ?? Infinity;
      await waitUntil(() => Math.abs(topOf()) < 100, 'the deep link never reached its section', { timeout: 10000 });
      const explainer = host.shadowRoot!.querySelector('ece-explainer')!;
      const article = explainer.shadowRoot!.querySelector('article')!;
      const checksAbove = [...article.querySelectorAll('ece-check')].filter((check) => check.getBoundingClientRect().bottom <= topOf());
      expect(checksAbove.length, 'checks above the target').to.be.greaterThan(0);
      // A smooth scroll may still be gliding: the place it settles on.
      let landed = topOf();
      for (let settled = false; !settled; ) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        settled = Math.abs(topOf() - landed) < 1;
        landed = topOf();
      }
      expect(Math.abs(landed), 'the heading at the top of the frame').to.be.below(100);
      await host.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(Math.abs(topOf() - landed), 'the section stayed where the jump put it').to.be.below(2);
      if (network === 'slow') {
        const [chunk] = quizChunkTimings(frame.contentDocument!);
        expect(chunk!.responseEnd - chunk!.startTime, 'the chunk really came late').to.be.at.least(1400);
      }
      frame.remove();
    });
  }
});

describe('when the quiz code cannot load', () => {
  it('keeps the lesson, says so in the quiz\'s place and offers to reload the page', async () => {
    const token = `t${Date.now()}${Math.random().toString(36).slice(2, 8)}`;
    const doc = await plainPage('<export-controls-explainer seed="broken"></export-controls-explainer>', `/__broken-quiz/${token}/dist/export-controls-explainer.js`);
    const host = doc.querySelector('export-controls-explainer')!;
    await waitUntil(() => explainerArticle(host), 'the explainer never rendered', { timeout: 10000 });
    await host.updateComplete;
    const panel = host.shadowRoot!.querySelector<HTMLElement>('.quiz-load-failed');
    expect(panel, 'the panel in the quiz\'s place').to.exist;
    expect(panel!.parentElement!.getAttribute('role'), 'announced politely, in a region already on the page: the reader did not ask for the quiz').to.equal('status');
    expect(panel!.textContent).to.include('The quiz could not be loaded');
    expect(host.shadowRoot!.querySelector('ece-quiz'), 'no empty quiz element').to.be.null;
    expect(explainerArticle(host)!.querySelectorAll('section[data-section]').length, 'the whole lesson is there').to.be.greaterThan(5);
    // axe runs on this window's document: the element moves here (it keeps its state and its frame's code).
    const holder = document.createElement('div');
    document.body.append(holder);
    holder.append(host);
    try {
      await expect(holder).to.be.accessible();
    } finally {
      doc.body.append(host);
      holder.remove();
    }
    // Browsers keep a failed module load for the page's life (Chromium fails the same import again
    // at once): the way to try again is a reload, which the button does.
    const button = panel!.querySelector('button')!;
    expect(button.textContent).to.equal('Reload the page');
    const frame = doc.defaultView!.frameElement as HTMLIFrameElement;
    const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    button.click();
    await reloaded;
    expect(frame.contentDocument, 'a new document').not.to.equal(doc);
  });
});
