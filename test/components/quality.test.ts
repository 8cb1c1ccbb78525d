// Hostile content, fuzzed content, faulty sources, many instances.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import { setLoadTimeout } from '../../src/components/shared/content-source.js';
import type { EceExplainer } from '../../src/components/explainer/ece-explainer.js';
import type { EceQuiz } from '../../src/components/quiz/ece-quiz.js';
import { validateContent } from '../../src/core/content/validate.js';
import { deepElements, loaded, otherContent, settle, withStubs } from './helpers.js';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1">',
  "javascript:window.__xss=1",
  'data:text/html,<script>window.__xss=1</script>',
  'x'.repeat(3000),
  '\u202eevil override\u202c',
  'zero\u200bwidth\u200djoin\ufeff',
  '{{constructor.constructor("window.__xss=1")()}}',
  '${window.__xss=1}',
];

/** Keys whose values are ids, dates, links or answers: left alone so the content stays valid. */
const KEEP = new Set(['id', 'theme', 'section', 'sources', 'actors', 'date', 'otherDates', 'facts', 'kind', 'next', 'start', 'choices', 'outcome', 'url', 'category', 'position', 'term', 'language', 'version', 'lastReviewed', '$schema', 'answer', 'alternatives']);

/** Every text field of the content with a payload appended (texts stay readable, so references still resolve). */
function hostile(value: unknown, key = '', counter = { n: 0 }): unknown {
  if (typeof value === 'string') return KEEP.has(key) ? value : `${value} ${PAYLOADS[counter.n++ % PAYLOADS.length]}`;
  if (Array.isArray(value)) return value.map((item) => hostile(item, key === 'text' || key === 'aliases' ? '' : key, counter));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, KEEP.has(k) ? v : hostile(v, k, counter)]));
  }
  return value;
}

const win = window as Window & { __xss?: number };

describe('hostile content', () => {
  it('renders every payload as inert text, with no horizontal overflow at 320 px', async () => {
    const content = hostile(otherContent());
    const check = validateContent(content);
    expect(check.ok ? [] : check.errors.slice(0, 5), 'the hostile content is still valid').to.deep.equal([]);
    const page = await fixture<HTMLDivElement>(html`<div class="narrow">
      <ece-explainer .content=${content}></ece-explainer>
      <ece-quiz .content=${content} seed="hostile" questions="10"></ece-quiz>
    </div>`);
    page.style.width = '320px';
    const [explainer, quiz] = Array.from(page.children) as [EceExplainer, EceQuiz];
    await loaded(explainer);
    await loaded(quiz);
    // Open every definition and every timeline event too.
    explainer.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.term').forEach((button) => button.click());
    await settle(explainer);
    const timeline = explainer.shadowRoot!.querySelector('ece-timeline')!;
    timeline.shadowRoot!.querySelectorAll<HTMLButtonElement>('.event-toggle').forEach((button) => button.click());
    await settle(explainer);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.__xss).to.equal(undefined);
    const injected = deepElements(page).filter((el) => ['IMG', 'SCRIPT', 'SVG', 'IFRAME', 'OBJECT'].includes(el.tagName.toUpperCase()));
    expect(injected.map((el) => el.outerHTML)).to.deep.equal([]);
    expect(explainer.shadowRoot!.textContent).to.include('<img src=x onerror=');
    const wide = deepElements(page).filter((el) => el.getBoundingClientRect().right > page.getBoundingClientRect().right + 1);
    expect(wide.map((el) => `${el.tagName.toLowerCase()}.${el.className}`), 'elements wider than 320 px').to.deep.equal([]);
    for (const el of [explainer, quiz]) {
      expect(el.scrollWidth, `${el.localName} overflows`).to.be.at.most(el.clientWidth + 1);
    }
    for (const link of deepElements(page).filter((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement)) {
      expect(['http:', 'https:', location.protocol]).to.include(link.protocol);
    }
  });

  it('refuses links that are not http(s)', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', 'ftp://x.example/a', ' javascript:alert(1)']) {
      const content = otherContent();
      content.sources[0]!.url = url;
      const result = validateContent(content);
      expect(result.ok, url).to.be.false;
    }
  });
});

describe('fuzzed content', () => {
  it('shows the error panel for every invalid file, and never throws', async () => {
    const base = otherContent() as unknown as Record<string, unknown>;
    const keys = Object.keys(base);
    const samples = fc.sample(
      fc.oneof(
        fc.jsonValue(),
        fc.tuple(fc.constantFrom(...keys), fc.jsonValue()).map(([key, value]) => ({ ...base, [key]: value })),
        fc.constantFrom(...keys).map((key) => {
          const copy = { ...base };
          delete copy[key];
          return copy;
        }),
      ),
      { numRuns: 150, seed: 20261128 },
    );
    await withStubs(console, { error: () => {} }, async () => {
      let invalid = 0;
      for (const sample of samples) {
        if (validateContent(sample).ok) continue;
        invalid++;
        const el = await fixture<EceExplainer>(html`<ece-explainer .content=${sample}></ece-explainer>`);
        await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error panel', { timeout: 3000 });
        el.remove();
      }
      expect(invalid).to.be.greaterThan(100);
    });
  });
});

describe('faulty sources', () => {
  before(() => setLoadTimeout(1000));
  after(() => setLoadTimeout(15000));

  const cases: [string, RegExp][] = [
    ['/__fault/status-500', /HTTP 500/],
    ['/__fault/html', /HTML, not JSON/],
    ['/__fault/broken-json', /not valid JSON/],
    ['/__fault/hang', /no answer after 1 s/],
  ];
  for (const [src, message] of cases) {
    it(`${src}: a clear message, and a retry that loads once the source works`, async () => {
      await withStubs(console, { error: () => {} }, async () => {
        const el = await fixture<EceQuiz>(html`<ece-quiz src=${src} seed="fault"></ece-quiz>`);
        await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error', { timeout: 5000 });
        expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(message);
        await expect(el).to.be.accessible();
        el.src = '/test/fixtures/solar-system.json';
        await waitUntil(() => el.shadowRoot!.querySelector('section.quiz'), 'never recovered', { timeout: 5000 });
      });
    });
  }

  it('the retry button fetches again', async () => {
    const el = await fixture<EceExplainer>(html`<ece-explainer src="/__fault/status-500"></ece-explainer>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"] button'));
    const requests: string[] = [];
    const fetch = window.fetch;
    const recording: typeof fetch = (input, init) => {
      requests.push(String(input));
      return fetch(input, init);
    };
    await withStubs(window, { fetch: recording }, async () => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await waitUntil(() => requests.length === 1);
      expect(requests[0]).to.include('/__fault/status-500');
    });
  });
});

describe('many instances', () => {
  beforeEach(() => localStorage.clear());

  it('ten quizzes on one page keep ten separate states', async () => {
    const content = otherContent();
    const page = await fixture<HTMLDivElement>(html`<div>
      ${Array.from({ length: 10 }, (_, i) => html`<ece-quiz .content=${content} seed="many" questions="2" types="true-false" id=${`q${i}`}></ece-quiz>`)}
    </div>`);
    const quizzes = Array.from(page.querySelectorAll('ece-quiz'));
    await Promise.all(quizzes.map((quiz) => waitUntil(() => quiz.shadowRoot!.querySelector('section.quiz'))));
    for (const index of [3, 7]) {
      quizzes[index]!.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      await settle(quizzes[index]!);
    }
    expect(quizzes.filter((quiz) => quiz.shadowRoot!.querySelector<HTMLInputElement>('input:checked')).map((quiz) => quiz.id)).to.deep.equal(['q3', 'q7']);
    // Only the quizzes a learner started are stored, each under its own key.
    expect(Object.keys(localStorage).filter((key) => key.startsWith('ece-quiz:')).length).to.equal(2);
  });
});
