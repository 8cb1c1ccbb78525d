// A page that carries the main tag's first screen prerendered (declarative shadow DOM, made by
// scripts/prerender.ts as the demo build does): the lesson shows before the script has run, and
// the element renders over it once the script is here, in place, without a frame lacking the lesson.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

interface Frame {
  time: number;
  lesson: boolean;
  inner: number;
  live: boolean;
  sectionTop: number | null;
  sectionHeight: number | null;
}

/** The prerendered page, its script tag added after `delay` ms (a slow network). */
async function prerenderedPage(delay: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '768px';
  frame.style.border = '0';
  frame.src = `/__prerendered/page.html?delay=${delay}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

/** The page's markup as it arrives, with the tag names changed so that no definition in this document upgrades them. */
async function prerenderedMarkup(): Promise<string> {
  const page = await (await fetch('/__prerendered/page.html')).text();
  const element = page.slice(page.indexOf('<export-controls-explainer'), page.lastIndexOf('</export-controls-explainer>') + '</export-controls-explainer>'.length);
  return element.replaceAll('export-controls-explainer', 'prerendered-explainer').replaceAll('ece-explainer', 'prerendered-lesson');
}

describe('a page with the first screen prerendered', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the lesson before the script, then the element renders over it in place, once, and works', async () => {
    const frame = await prerenderedPage(400);
    const doc = frame.contentDocument!;
    const view = frame.contentWindow as Window & { __frames: Frame[] };
    const host = doc.querySelector('export-controls-explainer')!;
    await waitUntil(() => host.shadowRoot?.querySelector('ece-quiz')?.shadowRoot?.querySelector('section.quiz'), 'the quiz never rendered', { timeout: 15000 });
    const frames = view.__frames;
    const first = frames.findIndex((entry) => entry.lesson);
    const live = frames.findIndex((entry) => entry.live);
    expect(first, 'a frame showed the prerendered lesson').to.be.at.least(0);
    expect(live, 'the element rendered after the prerendered lesson was on screen').to.be.greaterThan(first);
    // From the first frame that showed the lesson, every frame did: the element replaced the markup in one task.
    expect(frames.slice(first).filter((entry) => !entry.lesson).length, 'frames without the lesson').to.equal(0);
    // Only ever one explainer in the main tag (the prerendered one is replaced, not added to).
    expect(Math.max(...frames.map((entry) => entry.inner))).to.equal(1);
    // The lesson did not move or change size when the element took over.
    const before = frames[live - 1]!;
    const after = frames[live]!;
    expect(after.sectionTop!).to.be.closeTo(before.sectionTop!, 1);
    expect(after.sectionHeight!).to.be.closeTo(before.sectionHeight!, 1);
    // What is left is the element's own render: its styles adopted, no prerendered <style> or markers.
    const explainer = host.shadowRoot!.querySelector('ece-explainer')!;
    expect(explainer.hasAttribute('defer-hydration')).to.be.false;
    expect(host.shadowRoot!.querySelectorAll('style').length + explainer.shadowRoot!.querySelectorAll('style').length).to.equal(0);
    expect(explainer.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(explainer.shadowRoot!.querySelectorAll('article').length).to.equal(1);
    // It answers the reader: a marked term opens its definition.
    const term = explainer.shadowRoot!.querySelector<HTMLButtonElement>('button.term')!;
    term.click();
    await waitUntil(() => term.getAttribute('aria-expanded') === 'true', 'the term did not open');
  });

  it('loses nothing when the script is already there: one explainer, and the lesson in every frame', async () => {
    const frame = await prerenderedPage(0);
    const host = frame.contentDocument!.querySelector('export-controls-explainer')!;
    await waitUntil(() => host.shadowRoot?.querySelector('ece-quiz')?.shadowRoot?.querySelector('section.quiz'), 'the quiz never rendered', { timeout: 15000 });
    const frames = (frame.contentWindow as Window & { __frames: Frame[] }).__frames;
    const first = frames.findIndex((entry) => entry.lesson);
    expect(first).to.be.at.least(0);
    expect(frames.slice(first).filter((entry) => !entry.lesson).length, 'frames without the lesson').to.equal(0);
    expect(Math.max(...frames.map((entry) => entry.inner))).to.equal(1);
    expect(host.shadowRoot!.querySelector('ece-explainer')!.shadowRoot!.querySelectorAll('article').length).to.equal(1);
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
