// A page that carries the main tag's first screen prerendered (declarative shadow DOM, made by
// scripts/prerender.ts as the demo build does): the lesson shows before the script has run, and
// the element renders over it once the script is here, in place, without a frame lacking the lesson.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

interface Frame {
  time: number;
  lesson: boolean;
  inner: number;
  live: boolean;
  sectionId: string | null;
  sectionTop: number | null;
  sectionHeight: number | null;
}

type PageWindow = Window & { __frames: Frame[]; __loadScript(): void };

/**
 * The prerendered page (see web-test-runner.config.mjs): its script is added once a frame has shown the
 * lesson, or is in the page from the start (`at-once`), or waits for the test (`manual`).
 */
async function prerenderedPage(mode: 'after-paint' | 'at-once' | 'manual'): Promise<{ doc: Document; view: PageWindow; host: Element }> {
  const url = `/__prerendered/page.html${mode === 'after-paint' ? '' : `?${mode}`}`;
  // The server prerenders on the first request: a failure says why here rather than as a blank frame.
  const response = await fetch(url);
  expect(response.ok, await response.clone().text().then((text) => text.slice(0, 300))).to.be.true;
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '768px';
  frame.style.border = '0';
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  return { doc, view: frame.contentWindow as PageWindow, host: doc.querySelector('export-controls-explainer')! };
}

const quizRendered = (host: Element) => host.shadowRoot?.querySelector('ece-quiz')?.shadowRoot?.querySelector('section.quiz');

/** The page's markup as it arrives, with the tag names changed so that no definition in this document upgrades them. */
async function prerenderedMarkup(): Promise<string> {
  const page = await (await fetch('/__prerendered/page.html')).text();
  const element = page.slice(page.indexOf('<export-controls-explainer'), page.lastIndexOf('</export-controls-explainer>') + '</export-controls-explainer>'.length);
  return element.replaceAll('export-controls-explainer', 'prerendered-explainer').replaceAll('ece-explainer', 'prerendered-lesson');
}

describe('a page with the first screen prerendered', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the lesson before the script, then the element renders over it in place, once, and works', async () => {
    const { view, host } = await prerenderedPage('after-paint');
    await waitUntil(() => quizRendered(host), 'the quiz never rendered', { timeout: 15000 });
    const frames = view.__frames;
    const first = frames.findIndex((entry) => entry.lesson);
    const live = frames.findIndex((entry) => entry.live);
    expect(first, 'a frame showed the prerendered lesson').to.be.at.least(0);
    expect(live, 'the element rendered after the prerendered lesson was on screen').to.be.greaterThan(first);
    // From the first frame that showed the lesson, every frame did: the element replaced the markup in one task.
    expect(frames.slice(first).filter((entry) => !entry.lesson).length, 'frames without the lesson').to.equal(0);
    // Only ever one explainer in the main tag (the prerendered one is replaced, not added to).
    expect(Math.max(...frames.map((entry) => entry.inner))).to.equal(1);
    // The lesson did not move or change size when the element took over, and its parts kept their ids
    // (prefixed with the element's id, as links and deep links expect).
    const before = frames[live - 1]!;
    const after = frames[live]!;
    expect(after.sectionTop!).to.be.closeTo(before.sectionTop!, 1);
    expect(after.sectionHeight!).to.be.closeTo(before.sectionHeight!, 1);
    expect(before.sectionId).to.equal(after.sectionId);
    expect(before.sectionId).to.match(/^explainer-/);
    // What is left is the element's own render: its styles adopted, no prerendered <style>.
    const explainer = host.shadowRoot!.querySelector('ece-explainer')!;
    expect(explainer.hasAttribute('defer-hydration')).to.be.false;
    expect(host.shadowRoot!.querySelectorAll('style').length + explainer.shadowRoot!.querySelectorAll('style').length).to.equal(0);
    expect(explainer.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(explainer.shadowRoot!.querySelectorAll('article').length).to.equal(1);
    // The buttons no longer say they are unavailable, and they work: a marked term opens its definition.
    expect(explainer.shadowRoot!.querySelectorAll('button[aria-disabled]').length).to.equal(0);
    const term = explainer.shadowRoot!.querySelector<HTMLButtonElement>('button.term')!;
    term.click();
    await waitUntil(() => term.getAttribute('aria-expanded') === 'true', 'the term did not open');
  });

  it('loses nothing when the script is already there: one explainer, and the lesson in every frame', async () => {
    const { view, host } = await prerenderedPage('at-once');
    await waitUntil(() => quizRendered(host), 'the quiz never rendered', { timeout: 15000 });
    const frames = view.__frames;
    const first = frames.findIndex((entry) => entry.lesson);
    expect(first).to.be.at.least(0);
    expect(frames.slice(first).filter((entry) => !entry.lesson).length, 'frames without the lesson').to.equal(0);
    expect(Math.max(...frames.map((entry) => entry.inner))).to.equal(1);
    expect(host.shadowRoot!.querySelector('ece-explainer')!.shadowRoot!.querySelectorAll('article').length).to.equal(1);
  });

  it('keeps a "Go deeper" block the reader opened, and the focus, from before the script ran', async () => {
    const { view, host } = await prerenderedPage('manual');
    const lesson = () => host.shadowRoot?.querySelector('ece-explainer')?.shadowRoot;
    await waitUntil(() => lesson()?.querySelector('article'), 'no prerendered lesson');
    const prerenderedBlock = lesson()!.querySelector<HTMLDetailsElement>('details.deeper')!;
    const blockId = prerenderedBlock.id;
    prerenderedBlock.open = true;
    prerenderedBlock.querySelector('summary')!.focus();
    view.__loadScript();
    await waitUntil(() => view.__frames.some((entry) => entry.live), 'the element never rendered', { timeout: 15000 });
    // The next frame carries the reader's place over, before it is painted.
    await new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)));
    const block = lesson()!.querySelector<HTMLDetailsElement>('details.deeper')!;
    expect(block, 'a new block').to.not.equal(prerenderedBlock);
    expect(block.id).to.equal(blockId);
    expect(block.open, 'still open').to.be.true;
    expect(lesson()!.activeElement, 'focus on its summary again').to.equal(block.querySelector('summary'));
  });

  it('takes a contents link followed before the script as a deep link once it runs', async () => {
    const { doc, view, host } = await prerenderedPage('manual');
    const lesson = () => host.shadowRoot?.querySelector('ece-explainer')?.shadowRoot;
    await waitUntil(() => lesson()?.querySelector('article'), 'no prerendered lesson');
    // A contents link to a section further down, not prerendered: the browser sets the hash but cannot
    // reach into the element yet.
    const links = [...lesson()!.querySelectorAll<HTMLAnchorElement>('nav a[href^="#explainer-"]')];
    const link = links.find((a) => lesson()!.getElementById(a.hash.slice(1)) === null)!;
    expect(link, 'a link to a section not yet rendered').to.exist;
    const target = link.hash.slice(1);
    // As a reader does: the link takes focus, then is followed. Without checks in the text the element
    // jumps in the task that renders it, before the focus the reader had could be given back.
    host.setAttribute('checks', 'off');
    link.focus();
    link.click();
    await waitUntil(() => view.location.hash === `#${target}`, `the hash is ${view.location.hash}`);
    view.__loadScript();
    await waitUntil(() => lesson()?.getElementById(target) && lesson()!.activeElement?.closest(`#${target}`), `the element did not go to #${target}`, { timeout: 15000 });
    const top = () => lesson()!.getElementById(target)!.getBoundingClientRect().top;
    await waitUntil(() => top() > -2 && top() < doc.documentElement.clientHeight, `the section is not on screen (top ${top()})`, { timeout: 5000 });
    // Two frames later the focus is still in the target, not back on the contents link.
    await new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)));
    expect(lesson()!.activeElement?.closest(`#${target}`), 'focus stays in the target').to.exist;
  });

  it('is accessible as it is before the script runs', async () => {
    // Parsed with declarative shadow roots, as a page's HTML is (tags renamed: nothing upgrades them).
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    (container as HTMLDivElement & { setHTMLUnsafe(markup: string): void }).setHTMLUnsafe(await prerenderedMarkup());
    const lesson = container.querySelector('prerendered-explainer')!.shadowRoot!.querySelector('prerendered-lesson')!;
    expect(lesson.shadowRoot!.querySelector('article h1, article h2'), 'the prerendered lesson has its heading').to.exist;
    await expect(container).to.be.accessible();
  });
});
