import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EceExplainer } from '../../src/components/explainer/ece-explainer.js';
import type { EceDecisionWalk } from '../../src/components/decision-walk/ece-decision-walk.js';
import type { EceTimeline } from '../../src/components/timeline/ece-timeline.js';
import type { EceQuiz } from '../../src/components/quiz/ece-quiz.js';
import english from '../../content/en.json' with { type: 'json' };
import { deepActiveElement, deepElements, loaded, otherContent, settle, shadowText, withStubs } from './helpers.js';
import { answerByKeyboard, pressButton } from './quiz-helpers.js';
import { generateQuiz } from '../../src/core/questions/generate.js';

async function explainer(template = html`<ece-explainer></ece-explainer>`) {
  const el = await fixture<EceExplainer>(template);
  await loaded(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(selector));

// Jumps leave a hash behind, which would deep-link the next test's explainer.
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('ece-explainer', () => {
  it('shows the bundled English content by default', async () => {
    const el = await explainer();
    expect($(el, 'h2').textContent).to.equal(english.title);
    expect($$(el, 'section[data-section]').length).to.equal(english.sections.length);
    for (const theme of english.themes) expect(shadowText(el)).to.include(theme.title);
  });

  it('renders whatever the content says', async () => {
    const content = otherContent();
    const el = await explainer(html`<ece-explainer .content=${content}></ece-explainer>`);
    expect($(el, 'h2').textContent).to.equal(content.title);
    expect(shadowText(el)).not.to.include(english.title);
    content.title = 'A changed title';
    el.content = { ...content };
    await waitUntil(() => $(el, 'h2')?.textContent === 'A changed title', 'the new content never showed');
    expect($(el, 'h2').textContent).to.equal('A changed title');
  });

  it('fits its headings under the host page with heading-level', async () => {
    const el = await explainer(html`<ece-explainer heading-level="3"></ece-explainer>`);
    expect($$(el, 'h1, h2').length).to.equal(0);
    expect($(el, 'h3').textContent).to.equal(english.title);
    expect($$(el, 'h4').length).to.be.greaterThan(2);
  });

  it('keeps the relative heading structure at heading-level 2, 3 and 4, going below h6 with ARIA headings', async () => {
    /** Every heading level in reading order, across the walk's and timeline's shadow roots. */
    const outline = (el: Element) =>
      deepElements(el)
        .filter((node) => /^H[1-6]$/.test(node.tagName) || node.getAttribute('role') === 'heading')
        .map((node) => (node.getAttribute('role') === 'heading' ? Number(node.getAttribute('aria-level')) : Number(node.tagName[1])));
    const at2 = outline(await explainer(html`<ece-explainer heading-level="2"></ece-explainer>`));
    expect(Math.max(...at2)).to.be.at.least(5);
    for (const level of [3, 4]) {
      const el = await explainer(html`<ece-explainer heading-level=${level}></ece-explainer>`);
      expect(outline(el), `heading-level ${level}`).to.deep.equal(at2.map((value) => value + level - 2));
      const deep = deepElements(el).filter((node) => node.getAttribute('role') === 'heading');
      if (Math.max(...at2) + level - 2 > 6) expect(deep.length, 'headings below h6').to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    }
  });

  it('opens a glossary term by keyboard and closes it with Escape, keeping focus', async () => {
    const el = await explainer();
    const term = $<HTMLButtonElement>(el, 'button.term');
    const links = $$(el, 'nav a');
    links[links.length - 1]!.focus();
    // Tab from the last contents link lands on the box for teachers, if the content has a lesson plan, then on the first term.
    await sendKeys({ press: 'Tab' });
    const teacherBox = el.shadowRoot!.querySelector('details.teacher-box summary');
    if (teacherBox) {
      expect(deepActiveElement()).to.equal(teacherBox);
      await sendKeys({ press: 'Tab' });
    }
    expect(deepActiveElement()).to.equal(term);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const definition = el.shadowRoot!.getElementById(term.getAttribute('aria-controls')!)!;
    expect(term.getAttribute('aria-expanded')).to.equal('true');
    expect(definition.hidden).to.be.false;
    const termData = english.glossary.find((t) => definition.textContent!.includes(t.definition));
    expect(termData, 'the definition shown is the term\'s').to.exist;
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    expect(definition.hidden).to.be.true;
    expect(deepActiveElement()).to.equal(term);
  });

  it('numbers citations and jumps to the source list, expanding it', async () => {
    const el = await explainer();
    const list = $<HTMLDetailsElement>(el, 'details.all-sources');
    expect(list.open, 'collapsed, so the quiz is not buried under the sources').to.be.false;
    expect(list.querySelector('summary')!.textContent).to.equal(`All ${english.sources.length} sources, by who published them`);
    const citation = $<HTMLAnchorElement>(el, 'p .citation');
    expect(citation.textContent).to.equal('[1]');
    citation.click();
    const id = citation.getAttribute('href')!.slice(1);
    const target = el.shadowRoot!.getElementById(id)!;
    expect(target.closest('ol.sources')).to.exist;
    expect(list.open, 'a citation expands the list').to.be.true;
    expect(target.getBoundingClientRect().height, 'the cited source is visible').to.be.above(0);
    expect(deepActiveElement()).to.equal(target);
    for (const link of $$<HTMLAnchorElement>(el, 'ol.sources a')) {
      expect(link.protocol).to.match(/^https?:$/);
      expect(link.rel).to.include('noopener');
    }
  });

  it('groups sources by who stands behind them, with each source\'s note and the language of its title', async () => {
    const content = otherContent();
    const [first, second] = content.sources;
    Object.assign(first!, { kind: 'news', note: 'A reprint of the wire story.', lang: 'ko' });
    Object.assign(second!, { kind: 'government' });
    const el = await explainer(html`<ece-explainer .content=${content}></ece-explainer>`);
    await el.updateComplete;
    const headings = $$(el, '.all-sources .source-kind').map((h) => h.textContent);
    expect(headings[0], 'governments first, as the source policy ranks them').to.equal('Governments and official bodies');
    expect(headings).to.include('News organisations');
    if (content.sources.length > 2) expect(headings.at(-1)).to.equal('Other sources');
    const entry = el.shadowRoot!.getElementById(`source-${first!.id}`)!;
    expect(entry.querySelector('.source-note')!.textContent).to.equal('A reprint of the wire story.');
    expect(entry.querySelector('a [lang]')!.getAttribute('lang')).to.equal('ko');
    expect(el.shadowRoot!.getElementById(`source-${second!.id}`)!.querySelector('[lang]')).to.equal(null);
    $<HTMLElement>(el, 'details.all-sources summary').click();
    await settle(el);
    expect($<HTMLDetailsElement>(el, 'details.all-sources').open).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('prints every source and collapses the list again afterwards', async () => {
    const el = await explainer();
    await el.updateComplete;
    const list = () => $<HTMLDetailsElement>(el, 'details.all-sources');
    window.dispatchEvent(new Event('beforeprint'));
    expect(list().open, 'expanded before the page is printed').to.be.true;
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(list().open).to.be.false;
  });

  it('attributes each government\'s stated position', async () => {
    const el = await explainer();
    const positions = $$(el, '.position');
    const actors = new Set(english.sections.flatMap((s) => s.paragraphs).flatMap((p) => ('position' in p && p.position ? [p.position] : [])));
    expect(positions.length).to.be.greaterThan(0);
    for (const actor of actors) {
      const name = english.actors.find((a) => a.id === actor)!.name;
      expect(positions.some((p) => p.getAttribute('aria-label') === `Position of ${name}`), name).to.be.true;
    }
  });

  it('scrolls to and focuses the section named in the URL (prefixed by the element id)', async () => {
    const section = english.sections[3]!;
    history.replaceState(null, '', `#guide-${section.id}`);
    const el = await explainer(html`<ece-explainer id="guide"></ece-explainer>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(deepActiveElement()?.textContent).to.equal(section.title);
    // A link for another instance leaves this one alone.
    history.replaceState(null, '', `#other-${english.sections[1]!.id}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(deepActiveElement()?.textContent).to.equal(section.title);
    history.replaceState(null, '', '#');
    el.remove();
  });

  it('marks in the table of contents the section the reader is in', async () => {
    const el = await explainer();
    const section = english.sections[5]!;
    const target = el.shadowRoot!.getElementById(section.id)!;
    // Scrolled again while waiting: a smooth scroll that an earlier test started may still be moving the page.
    await waitUntil(() => {
      if (Math.abs(target.getBoundingClientRect().top) > 40) target.scrollIntoView({ block: 'start' });
      return $(el, 'nav a[aria-current="true"]')?.getAttribute('href') === `#${section.id}`;
    }, 'the contents never followed the reader');
    expect($$(el, 'nav a[aria-current="true"]').length).to.equal(1);
    window.scrollTo(0, 0);
  });

  it('renders the comparison as a table with row and column headers', async () => {
    const el = await explainer();
    const table = $(el, '[part="comparison"] table');
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal(english.comparison!.title);
    expect(table.querySelectorAll('th[scope="col"]').length).to.equal(english.comparison!.columns.length);
    expect(table.querySelectorAll('th[scope="row"]').length).to.equal(english.comparison!.rows.length);
  });

  it('lists the glossary in order, each entry linked to its section', async () => {
    const el = await explainer();
    const terms = $$(el, '.glossary dt').map((dt) => dt.textContent);
    expect(terms.length).to.equal(english.glossary.length);
    expect(terms).to.deep.equal([...terms].sort((a, b) => a!.localeCompare(b!, 'en')));
  });

  it('is accessible in light and dark', async () => {
    const light = await explainer(html`<ece-explainer color-scheme="light"></ece-explainer>`);
    await expect(light).to.be.accessible();
    const dark = await explainer(html`<ece-explainer color-scheme="dark"></ece-explainer>`);
    await expect(dark).to.be.accessible();
  });

  it('shows every problem of invalid content in an error panel, and never throws', async () => {
    const broken = { ...otherContent(), events: [{ id: 'x', date: 'July 4' }] };
    const errors: string[] = [];
    await withStubs(console, { error: (message: string) => errors.push(message) }, async () => {
      const el = await explainer(html`<ece-explainer .content=${broken}></ece-explainer>`);
      const panel = $(el, '[role="alert"]');
      expect(panel.textContent).to.include('events[0].date');
      expect(errors.join('\n')).to.include('events[0].date');
      await expect(el).to.be.accessible();
    });
  });

  it('a slow src left for the bundled content never comes back over it', async () => {
    const el = await fixture<EceExplainer>(html`<ece-explainer src="/__fault/slow"></ece-explainer>`);
    expect($(el, '.loading'), 'still loading').to.exist;
    el.removeAttribute('src');
    await waitUntil(() => $(el, 'h2')?.textContent === english.title, 'the bundled content never showed');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect($(el, 'h2').textContent).to.equal(english.title);
  });

  it('offers a retry when the content cannot be fetched', async () => {
    const el = await explainer(html`<ece-explainer src="/test/fixtures/does-not-exist.json"></ece-explainer>`);
    expect($(el, '[role="alert"]').textContent).to.include('HTTP 404');
    await expect(el).to.be.accessible();
    el.src = '/test/fixtures/solar-system.json';
    await waitUntil(() => $(el, 'article'), 'the new src never loaded');
    expect($(el, 'h2').textContent).to.equal(otherContent().title);
  });
});

describe('ece-explainer: progressive first render', () => {
  /** Adds an explainer and waits only for microtasks, so no later task (and no later block) can run. */
  async function firstRender(): Promise<EceExplainer> {
    const el = document.createElement('ece-explainer');
    document.body.append(el);
    for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('article'); i++) await Promise.resolve();
    expect(el.shadowRoot?.querySelector('article'), 'the first render happens without waiting for a task').to.exist;
    return el;
  }

  it('paints the top of the page first, then the rest one block per task without any input', async () => {
    const el = await firstRender();
    expect($$(el, 'section[data-section]').length).to.equal(2);
    expect($(el, 'ol.sources')).to.equal(null);
    expect($$(el, 'nav li li').length, 'the contents lists every section from the start').to.equal(english.sections.length);
    await el.updateComplete;
    expect($$(el, 'section[data-section]').length).to.equal(english.sections.length);
    expect($$(el, 'ol.sources li').length).to.equal(english.sources.length);
    expect($$(el, '.glossary-entry').length).to.equal(english.glossary.length);
    el.remove();
  });

  it('renders the rest at once when a citation, a contents link or printing needs it', async () => {
    const citing = await firstRender();
    $<HTMLAnchorElement>(citing, 'section[data-section] a.citation').click();
    expect($$(citing, 'ol.sources li').length, 'rendered at once').to.equal(english.sources.length);
    // Focus and scroll follow once the timeline and decision walk just created have filled in.
    await waitUntil(() => deepActiveElement()?.closest('ol')?.classList.contains('sources'), 'the cited source was never focused');
    citing.remove();

    const linking = await firstRender();
    const last = english.sections.at(-1)!;
    expect(linking.showSection(last.id)).to.equal(true);
    await waitUntil(() => deepActiveElement()?.textContent === last.title, 'the last section was never focused');
    const section = linking.shadowRoot!.getElementById(last.id)!;
    await waitUntil(() => Math.abs(section.getBoundingClientRect().top) < innerHeight / 2, 'the page never scrolled to the section', { timeout: 5000 });
    linking.remove();

    const printing = await firstRender();
    window.dispatchEvent(new Event('beforeprint'));
    expect($$(printing, 'section[data-section]').length).to.equal(english.sections.length);
    expect($$(printing, 'ol.sources li').length).to.equal(english.sources.length);
    printing.remove();
    window.scrollTo(0, 0);
  });

  it('ignores hashes that are not its own or cannot be decoded, and still renders everything', async () => {
    for (const hash of ['#50%', '#/lesson/3', '#top']) {
      history.replaceState(null, '', hash);
      const el = await firstRender();
      expect($$(el, 'section[data-section]').length, `${hash}: progressive as usual`).to.equal(2);
      await el.updateComplete;
      expect($$(el, 'ol.sources li').length, `${hash}: completes`).to.equal(english.sources.length);
      el.remove();
    }
    history.replaceState(null, '', '#');
  });

  it('new content for a page already shown updates it in place: nothing shown disappears meanwhile', async () => {
    const el = await explainer();
    const counts: number[] = [];
    const observer = new MutationObserver(() => counts.push($$(el, 'section[data-section]').length));
    observer.observe(el.shadowRoot!, { childList: true, characterData: true, subtree: true });
    el.content = { ...structuredClone(english), title: 'The same explainer, edited' } as unknown as EceExplainer['content'];
    await waitUntil(() => $(el, 'h2')?.textContent === 'The same explainer, edited', 'the new content never showed');
    await el.updateComplete;
    observer.disconnect();
    expect(counts.length).to.be.above(0);
    expect(Math.min(...counts)).to.equal(english.sections.length);
  });

  it('stops adding blocks when removed, and finishes when added again', async () => {
    const el = await firstRender();
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect($$(el, 'section[data-section]').length).to.be.below(english.sections.length);
    document.body.append(el);
    await el.updateComplete;
    expect($$(el, 'ol.sources li').length).to.equal(english.sources.length);
    el.remove();
  });
});

describe('ece-timeline', () => {
  async function timeline() {
    const el = await fixture<EceTimeline>(html`<ece-timeline .content=${otherContent()}></ece-timeline>`);
    await settle(el);
    return el;
  }

  it('lists every event in chronological order, grouped by year', async () => {
    const el = await timeline();
    const dates = $$(el, '.event time').map((t) => t.getAttribute('datetime')!);
    expect(dates.length).to.equal(otherContent().events.length);
    expect(dates).to.deep.equal([...dates].sort());
    const years = $$(el, '.year-label').map((h) => h.textContent);
    expect(new Set(years).size).to.equal(years.length);
  });

  it('opens on the key events when the content marks some, with every event one press away', async () => {
    const content = otherContent();
    const keys = new Set(content.events.filter((_, index) => index % 3 === 0).map((event) => event.id));
    for (const event of content.events) if (keys.has(event.id)) event.keyDate = true;
    const el = await fixture<EceTimeline>(html`<ece-timeline .content=${content}></ece-timeline>`);
    await settle(el);
    expect($$(el, '.event-toggle').map((b) => b.id.replace(/^event-/, '')).sort()).to.deep.equal([...keys].sort());
    const toggle = $<HTMLButtonElement>(el, 'button.show-all');
    expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`☐ Show all ${content.events.length} events`);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($$(el, '.event').length).to.equal(content.events.length);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    // Pressed shows by a mark, not by the border's colour alone.
    expect(toggle.querySelector('.state')!.textContent).to.equal('☑');
    expect($(el, '[role="status"]').textContent).to.include(String(content.events.length));
    await expect(el).to.be.accessible();
  });

  it('moves between events with the arrow keys and expands with Enter', async () => {
    const el = await timeline();
    const buttons = $$<HTMLButtonElement>(el, '.event-toggle');
    expect(buttons.filter((b) => b.tabIndex === 0).length).to.equal(1);
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(deepActiveElement()).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(deepActiveElement()).to.equal(buttons[buttons.length - 1]);
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(deepActiveElement()).to.equal(buttons[buttons.length - 2]);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const details = el.shadowRoot!.getElementById(buttons[buttons.length - 2]!.getAttribute('aria-controls')!)!;
    expect(details.hidden).to.be.false;
    // Open shows by a mark as well as by colour; the key hint is on screen, not for screen readers only.
    expect(buttons[buttons.length - 2]!.querySelector('.state')!.textContent).to.equal('▾');
    expect(buttons[0]!.querySelector('.state')!.textContent).to.equal('▸');
    const help = el.shadowRoot!.getElementById(buttons[0]!.getAttribute('aria-describedby')!)!;
    expect(help.textContent).to.include('arrow keys');
    expect(help.getBoundingClientRect().height).to.be.greaterThan(10);
    await expect(el).to.be.accessible();
  });

  it('filters by actor and by theme', async () => {
    const el = await timeline();
    const content = otherContent();
    const actor = content.events[0]!.actors![0]!;
    const select = $$<HTMLSelectElement>(el, 'select')[0]!;
    select.value = actor;
    select.dispatchEvent(new Event('change'));
    await settle(el);
    const shown = $$(el, '.event').length;
    expect(shown).to.equal(content.events.filter((e) => e.actors?.includes(actor)).length);
    expect($(el, '[role="status"]').textContent).to.include(String(shown));
    const theme = $$<HTMLSelectElement>(el, 'select')[1]!;
    theme.value = content.themes.find((t) => !content.events.some((e) => e.theme === t.id && e.actors?.includes(actor)))?.id ?? content.themes[0]!.id;
    theme.dispatchEvent(new Event('change'));
    await settle(el);
    // Both filters at once: exactly the events of that actor in that theme.
    const expected = content.events.filter((e) => e.theme === theme.value && e.actors?.includes(actor)).map((e) => e.id).sort();
    expect($$(el, '.event-toggle').map((b) => b.id.replace(/^event-/, '')).sort()).to.deep.equal(expected);
  });

  it('names no one for an event nobody did, and names a person who did one', async () => {
    const el = await timeline();
    const content = otherContent();
    const open = async (id: string) => {
      const button = $<HTMLButtonElement>(el, `#event-${id}`);
      button.click();
      await settle(el);
      return el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    };
    const nobody = content.events.find((e) => !e.actors?.length)!;
    expect(nobody, 'the fixture has an event without actors').to.exist;
    const nobodyDetails = await open(nobody.id);
    expect(nobodyDetails.textContent).to.include(nobody.description);
    expect(nobodyDetails.querySelector('.actors')).to.equal(null);
    const person = content.actors.find((a) => a.id === 'william-herschel')!;
    const byPerson = content.events.find((e) => e.actors?.includes(person.id))!;
    expect((await open(byPerson.id)).querySelector('.actors')!.textContent).to.equal(person.name);
    await expect(el).to.be.accessible();
  });
});

describe('ece-decision-walk', () => {
  /** Every path from the start to an outcome, as question id → answer id. */
  function allPaths(content = otherContent()) {
    const tree = content.decisionTree!;
    const nodes = new Map(tree.nodes.map((n) => [n.id, n]));
    const paths: { choices: [string, string][]; outcome: string }[] = [];
    const walk = (id: string, choices: [string, string][]) => {
      const node = nodes.get(id)!;
      if (node.kind === 'outcome') return paths.push({ choices, outcome: node.id });
      for (const answer of node.answers) walk(answer.next, [...choices, [node.id, answer.id]]);
    };
    walk(tree.start, []);
    return paths;
  }

  it('reaches every outcome by keyboard, and steps back', async () => {
    const content = otherContent();
    const outcomes = new Set<string>();
    for (const path of allPaths(content)) {
      const el = await fixture<EceDecisionWalk>(html`<ece-decision-walk .content=${content}></ece-decision-walk>`);
      await settle(el);
      for (const [questionId, answerId] of path.choices) {
        const question = content.decisionTree!.nodes.find((n) => n.id === questionId)!;
        if (question.kind !== 'question') throw new Error(`${questionId} is on the path but is not a question`);
        expect($(el, 'legend').textContent).to.include(question.text);
        const label = question.answers.find((a) => a.id === answerId)!.label;
        const button = $$<HTMLButtonElement>(el, '.choices button').find((b) => b.textContent === label)!;
        button.focus();
        await sendKeys({ press: 'Enter' });
        await settle(el);
      }
      const outcome = content.decisionTree!.nodes.find((n) => n.id === path.outcome)!;
      if (outcome.kind !== 'outcome') throw new Error(`${path.outcome} ends a path but is not an outcome`);
      const title = $(el, '.outcome').querySelector('h1,h2,h3,h4,h5,h6')!;
      expect(title.textContent).to.include(outcome.title);
      expect(deepActiveElement()).to.equal(title);
      outcomes.add(path.outcome);
      await expect(el).to.be.accessible();
      // Back returns to the last question.
      const back = $$<HTMLButtonElement>(el, '.controls button')[0]!;
      back.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect($(el, 'legend')).to.exist;
      el.remove();
    }
    expect(outcomes.size).to.equal(content.decisionTree!.nodes.filter((n) => n.kind === 'outcome').length);
  });

  it('loads a worked example and shows where it leads', async () => {
    const content = otherContent();
    const scenario = content.decisionTree!.scenarios[0]!;
    const el = await fixture<EceDecisionWalk>(html`<ece-decision-walk .content=${content}></ece-decision-walk>`);
    await settle(el);
    const select = $<HTMLSelectElement>(el, 'select');
    select.value = scenario.id;
    select.dispatchEvent(new Event('change'));
    await settle(el);
    $<HTMLButtonElement>(el, '.examples button').click();
    await settle(el);
    const outcome = content.decisionTree!.nodes.find((n) => n.id === scenario.outcome)!;
    if (outcome.kind !== 'outcome') throw new Error(`${scenario.outcome} is not an outcome`);
    expect($(el, '.outcome').textContent).to.include(outcome.title);
    expect(shadowText(el)).to.include(scenario.description);
  });
});

/** The fixture content as a layered lesson: a key point, a "go deeper" block, a discussion question and a teacher box. */
function layered() {
  const content = otherContent();
  const section = content.sections[0]!;
  const [core, ...rest] = section.paragraphs;
  section.keyPoint = 'Eight planets circle the Sun, each on its own path.';
  section.paragraphs = [core!];
  section.deeper = [{ id: 'sun-detail', title: 'Measuring the solar system', paragraphs: rest.length ? rest : [core!] }];
  content.claims[0]!.deeper = 'sun-detail';
  // A term the main text no longer marks is explained only in the block: it says so (the validator asks).
  const marked = new Set(core!.text.flatMap((run) => (typeof run === 'string' ? [] : [run.term])));
  for (const term of content.glossary) if (term.section === section.id && !marked.has(term.id)) term.deeper = 'sun-detail';
  content.themes[0]!.discussion = 'Why do astronomers disagree about what counts as a planet?';
  const source = content.sources[0]!.id;
  content.figures = [
    {
      kind: 'flow',
      id: 'light-trip',
      section: section.id,
      title: 'Sunlight’s trip',
      caption: 'Light leaves the Sun and reaches Earth about eight minutes later.',
      steps: [{ label: 'The Sun' }, { label: 'Space', detail: 'about 150 million km' }, { label: 'Earth' }],
      sources: [source],
    },
    {
      kind: 'states',
      id: 'pluto-status',
      section: section.id,
      title: 'What Pluto was called',
      caption: 'Pluto’s status changed once.',
      rows: [
        { label: 'Pluto', states: [{ from: '1930', label: 'planet' }, { from: '2006-08', label: 'dwarf planet' }] },
        { label: 'Ceres', states: [{ from: '1801', label: 'planet' }, { from: '2006-08', label: 'dwarf planet' }], sources: [content.sources[1]!.id] },
      ],
      sources: [source],
    },
    {
      kind: 'bars',
      id: 'moon-counts',
      section: section.id,
      title: 'Moons of the giant planets',
      caption: 'Counts change as telescopes find more.',
      unit: 'known moons',
      bars: [
        { label: 'Jupiter', value: 95 },
        { label: 'Saturn', value: 146, display: 'about 146' },
        { label: 'Uranus', value: 28, sources: [content.sources[1]!.id] },
      ],
      sources: [source],
    },
  ];
  content.lesson = {
    objectives: ['Name the eight planets in order.', 'Explain why Pluto is a dwarf planet.'],
    outline: [
      { minutes: 10, activity: 'Read the key points.' },
      { minutes: 20, activity: 'Read one theme and its “Go deeper” parts.' },
      { minutes: 15, activity: 'Take the quiz.' },
    ],
    materials: [
      { title: 'Card sort: the planets', items: ['Mercury', 'Venus', 'Earth'] },
      { title: 'Answer key: the planets in order', items: ['Mercury, Venus, Earth'], answerKey: true },
    ],
  };
  return content;
}

/** Words of an element's text that the layout split over two lines (a word whose range has more than one line box). */
function wordsBrokenIn(element: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    // A hyphen is a place to break, as a space is ("disinfection-" then "resistant").
    for (const match of text.matchAll(/[^\s\-‐]+/gu)) {
      const range = document.createRange();
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

/** The fixture's comparison with `columns` columns (a third and fourth added: dwarf planets, moons of the giants). */
function comparisonWith(columns: number) {
  const content = otherContent();
  const table = content.comparison!;
  const extra = [
    { id: 'moons', title: 'Large moons (Ganymede, Titan)', cell: 'Icy crusts, some with subsurface oceans and thick atmospheres' },
    { id: 'comets', title: 'Comets (Halley, Hale–Bopp)', cell: 'Chlorine-free, mostly dust and ice, with disinfection-resistant characteristics' },
  ]
    .filter(({ id }) => !table.columns.some((column) => column.id === id))
    .slice(0, Math.max(0, columns - table.columns.length));
  table.columns.push(...extra.map(({ id, title }) => ({ id, title })));
  for (const row of table.rows) row.cells.push(...extra.map(({ cell }) => cell));
  return content;
}

describe('ece-explainer: the comparison table', () => {
  for (const columns of [3, 4]) {
    it(`with ${columns} columns, reflows at 320 px without breaking a word, and stays a table for screen readers`, async () => {
      const content = comparisonWith(columns);
      const el = await explainer(html`<ece-explainer style="width: 320px" .content=${content}></ece-explainer>`);
      await el.updateComplete;
      const wrap = el.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
      // The header row is there for screen readers only (clipped to 1 px) in the narrow layout.
      expect(getComputedStyle(wrap.querySelector('thead tr')!).position).to.equal('absolute');
      expect(wordsBrokenIn(wrap.querySelector('tbody')!).join(' ')).to.equal('');
      expect(wrap.scrollWidth, 'no sideways scrolling').to.be.at.most(wrap.clientWidth + 1);
      // Each cell names its column where the header row is out of sight.
      const cell = wrap.querySelector('tbody td')!;
      const title = content.comparison!.columns[0]!.title;
      expect(cell.getAttribute('data-column')).to.equal(title);
      // Firefox reports the rule (attr(data-column)), the others its value.
      expect(getComputedStyle(cell, '::before').content).to.be.oneOf([`"${title}"`, 'attr(data-column)']);
      expect(wrap.querySelectorAll('[role="columnheader"]').length).to.equal(columns);
      expect(wrap.querySelectorAll('[role="rowheader"]').length).to.equal(content.comparison!.rows.length);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the bundled table’s row headers whole at desktop width', async () => {
    const el = await explainer(html`<ece-explainer style="width: 1100px"></ece-explainer>`);
    await el.updateComplete;
    const wrap = el.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
    expect(wordsBrokenIn(wrap)).to.deep.equal([]);
  });
});

describe('ece-explainer: a layered lesson', () => {
  it('shows the key point first and keeps "go deeper" detail collapsed until asked for', async () => {
    const content = layered();
    const el = await explainer(html`<ece-explainer .content=${content}></ece-explainer>`);
    await el.updateComplete;
    const section = el.shadowRoot!.getElementById(content.sections[0]!.id)!;
    const keyPoint = section.querySelector('.key-point')!;
    expect(keyPoint.textContent).to.include('Eight planets circle the Sun');
    expect(section.querySelector('h3, h4')!.nextElementSibling, 'right under the heading').to.equal(keyPoint);
    const block = el.shadowRoot!.getElementById('sun-detail') as HTMLDetailsElement;
    expect(block.open).to.be.false;
    expect(block.querySelector('summary')!.textContent).to.equal('Go deeper: Measuring the solar system');
    expect(block.querySelectorAll('.citation').length, 'detail keeps its citations').to.be.above(0);
    expect(content.groups.some((group) => group.section === section.id), 'the fixture has groups in this section').to.be.true;
    expect(section.querySelectorAll('.group').length, 'no "In brief" boxes where a key point states the point').to.equal(0);
    expect($$(el, '.group').length, 'sections without a key point keep theirs').to.be.above(0);
    await expect(el).to.be.accessible();
    block.querySelector('summary')!.click();
    await settle(el);
    expect(block.open).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('draws figures from data as lists: steps in order, and states over time, with their sources', async () => {
    const content = layered();
    const el = await explainer(html`<ece-explainer .content=${content}></ece-explainer>`);
    await el.updateComplete;
    const flow = el.shadowRoot!.getElementById('light-trip')!;
    expect(flow.localName).to.equal('figure');
    expect(flow.querySelector('figcaption')!.textContent).to.include('Sunlight’s trip');
    expect([...flow.querySelectorAll('ol > li .step-label')].map((step) => step.textContent)).to.deep.equal(['The Sun', 'Space', 'Earth']);
    expect(flow.querySelector('.step-detail')!.textContent).to.equal('about 150 million km');
    expect(flow.querySelectorAll('.citation').length).to.equal(1);
    const states = el.shadowRoot!.getElementById('pluto-status')!;
    const [pluto, ceres] = [...states.querySelectorAll('dt')];
    expect(pluto!.textContent).to.equal('Pluto');
    expect([...states.querySelectorAll('.state-row:first-child time')].map((time) => time.getAttribute('datetime'))).to.deep.equal(['1930', '2006-08']);
    expect(states.querySelector('li:last-child')!.textContent).to.include('dwarf planet');
    // A row whose dates need their own source cites it beside its label, numbered like every citation.
    expect(pluto!.querySelectorAll('.citation').length).to.equal(0);
    const rowCitation = ceres!.querySelector<HTMLAnchorElement>('.citation')!;
    expect(rowCitation.getAttribute('href')).to.equal(`#source-${content.sources[1]!.id}`);
    expect(rowCitation.textContent).to.match(/^\[\d+\]$/);
    await expect(el).to.be.accessible();
  });

  it('draws a bar chart as SVG with a name and a description that reads every value, and its numbers as a table one click away', async () => {
    const content = layered();
    const el = await explainer(html`<ece-explainer .content=${content}></ece-explainer>`);
    await el.updateComplete;
    const figure = el.shadowRoot!.getElementById('moon-counts')!;
    const chart = figure.querySelector('svg')!;
    expect(chart.getAttribute('role')).to.equal('img');
    const [titleId, descId] = [chart.getAttribute('aria-labelledby'), chart.getAttribute('aria-describedby')];
    expect(el.shadowRoot!.getElementById(titleId!)!.textContent).to.equal('Moons of the giant planets');
    expect(el.shadowRoot!.getElementById(descId!)!.textContent).to.equal('known moons: Jupiter 95, Saturn about 146, and Uranus 28');
    // Bars are measured against the largest value when the figure names no axis end; the text keeps its size.
    const bars = [...chart.querySelectorAll('rect.bar')].map((bar) => bar.getBoundingClientRect().width);
    const track = chart.querySelector('rect.bar-track')!.getBoundingClientRect().width;
    expect(track).to.be.closeTo(chart.getBoundingClientRect().width, 1);
    expect(bars[1]).to.be.closeTo(track, 1);
    // Each value stays inside the chart and clear of its label's line, even at a 320 px phone's width; a long
    // bar holds its value (in the accent's text colour), a short one has it just past its end.
    for (const width of ['', '288px']) {
      el.style.width = width;
      await el.updateComplete;
      const box = chart.getBoundingClientRect();
      const values = [...chart.querySelectorAll('text.bar-value')];
      const labels = [...chart.querySelectorAll('text.bar-label')];
      values.forEach((value, i) => {
        const v = value.getBoundingClientRect();
        expect(v.right, `value ${i} at ${width || 'full'} width`).to.be.at.most(box.right + 0.5);
        expect(v.top, `value ${i} below its label`).to.be.at.least(labels[i]!.getBoundingClientRect().bottom - 0.5);
      });
      expect(values.map((value) => value.classList.contains('inside'))).to.deep.equal([true, true, false]);
    }
    el.style.width = '';
    expect(bars[0]! / track).to.be.closeTo(95 / 146, 0.01);
    expect(bars[2]! / track).to.be.closeTo(28 / 146, 0.01);
    // The table: hidden, then shown by a button that says so; a bar's own source is cited in its row.
    const button = figure.querySelector<HTMLButtonElement>('.figure-data-toggle button')!;
    const table = figure.querySelector<HTMLElement>('.figure-data')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(table).display).to.equal('none');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim(), 'one label; aria-expanded says the state').to.equal('The numbers as a table');
    expect(getComputedStyle(table).display).not.to.equal('none');
    expect([...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()))).to.deep.equal([
      ['Jupiter', '95'],
      ['Saturn', 'about 146'],
      ['Uranus', `28 ${table.querySelector('.citation')!.textContent}`],
    ]);
    await expect(el).to.be.accessible();
    // Dark mode: the bars and labels take the dark theme's colours (axe checks the text's contrast).
    el.setAttribute('color-scheme', 'light');
    await el.updateComplete;
    const light = getComputedStyle(chart.querySelector('rect.bar')!).fill;
    el.setAttribute('color-scheme', 'dark');
    await el.updateComplete;
    expect(getComputedStyle(chart.querySelector('rect.bar')!).fill).not.to.equal(light);
    await expect(el).to.be.accessible();
  });

  it('a link to a "go deeper" block opens it and moves focus to it', async () => {
    const content = layered();
    const el = await explainer(html`<ece-explainer .content=${content}></ece-explainer>`);
    await el.updateComplete;
    expect(el.showSection('sun-detail')).to.be.true;
    const block = el.shadowRoot!.getElementById('sun-detail') as HTMLDetailsElement;
    expect(block.open).to.be.true;
    expect(deepActiveElement()).to.equal(block.querySelector('summary'));
  });

  it('printing opens every "go deeper" block and the teacher box, and closes them again afterwards', async () => {
    const el = await explainer(html`<ece-explainer .content=${layered()}></ece-explainer>`);
    await el.updateComplete;
    const details = () => $$<HTMLDetailsElement>(el, 'details.deeper, details.teacher-box');
    expect(details().length).to.equal(2);
    window.dispatchEvent(new Event('beforeprint'));
    expect(details().every((d) => d.open)).to.be.true;
    window.dispatchEvent(new Event('afterprint'));
    expect(details().some((d) => d.open)).to.be.false;
  });

  it('ends each theme with its discussion question, and gives teachers objectives, a plan, handouts and reading times', async () => {
    const content = layered();
    const el = await explainer(html`<ece-explainer .content=${content}></ece-explainer>`);
    await el.updateComplete;
    const discussion = $(el, `#theme-${content.themes[0]!.id} .discussion`);
    expect(discussion.textContent).to.include('Discuss');
    expect(discussion.textContent).to.include(content.themes[0]!.discussion!);
    const box = $<HTMLDetailsElement>(el, 'details.teacher-box');
    expect(box.querySelector('summary')!.textContent).to.match(/^For teachers/);
    box.open = true;
    expect(box.textContent).to.match(/Reading time: about \d+ min for the main text, \d+ min with every “Go deeper” part\./);
    expect(box.textContent).to.include('A 45-minute lesson');
    expect([...box.querySelectorAll('ul:not(.material) li')].map((li) => li.textContent)).to.deep.equal(content.lesson!.objectives);
    const headings = [...box.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((h) => h.textContent);
    expect(headings).to.include.members(['Materials to hand out', 'Card sort: the planets']);
    expect([...box.querySelectorAll('ul.material li')].map((li) => li.textContent)).to.deep.equal(['Mercury', 'Venus', 'Earth']);
    // Any student can open the box: the answer key is not in it, and the box says where it is.
    expect(headings).not.to.include('Answer key: the planets in order');
    expect(box.textContent).not.to.include('Mercury, Venus, Earth');
    expect(box.querySelector('.answer-keys-note')!.textContent).to.include('teacher page');
    await expect(el).to.be.accessible();
  });
});

describe('export-controls-explainer: from the text to the quiz', () => {
  it('offers a skip link and a contents entry that move focus to the quiz', async () => {
    const el = await fixture<HTMLElement>(html`<export-controls-explainer seed="skip"></export-controls-explainer>`);
    await waitUntil(() => el.shadowRoot?.querySelector('ece-quiz')?.shadowRoot?.querySelector('#quiz-title'), 'the quiz never rendered', { timeout: 8000 });
    const explainerEl = el.shadowRoot!.querySelector('ece-explainer')!;
    await explainerEl.updateComplete;
    const quizTitle = el.shadowRoot!.querySelector('ece-quiz')!.shadowRoot!.querySelector('#quiz-title');
    const skip = explainerEl.shadowRoot!.querySelector<HTMLAnchorElement>('.skip-link a')!;
    expect(skip.textContent).to.equal('Skip to the quiz');
    skip.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === quizTitle, 'the skip link never reached the quiz');
    const tocEntry = [...explainerEl.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')].at(-1)!;
    expect(tocEntry.textContent).to.equal('Check what you learned');
    (document.activeElement as HTMLElement | null)?.blur();
    tocEntry.click();
    await waitUntil(() => deepActiveElement() === quizTitle, 'the contents entry never reached the quiz');
    await expect(el).to.be.accessible();
  });
});

describe('ece-quiz with a layered explainer', () => {
  it('"Review" after a question on a fact from a "go deeper" block opens that block', async () => {
    const content = layered();
    const claim = content.claims[0]!;
    const seed = Array.from({ length: 200 }, (_, i) => `deeper-${i}`).find(
      (candidate) => generateQuiz(content, { seed: candidate, count: 1, types: ['true-false'] }).questions[0]?.id === `true-false:${claim.id}`,
    );
    expect(seed, 'a seed that asks the claim first').to.exist;
    const page = await fixture<HTMLDivElement>(html`<div>
      <ece-explainer id="lesson" .content=${content}></ece-explainer>
      <ece-quiz for="lesson" .content=${content} seed=${seed!} questions="1" types="true-false"></ece-quiz>
    </div>`);
    const [lesson, quiz] = [...page.children] as [EceExplainer, HTMLElement];
    await loaded(lesson);
    await loaded(quiz);
    quiz.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    await settle(quiz);
    [...quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Check')!.click();
    await settle(quiz);
    const review = quiz.shadowRoot!.querySelector<HTMLAnchorElement>('.section-link a')!;
    expect(review.textContent).to.include('Measuring the solar system');
    expect(review.getAttribute('href')).to.equal('#lesson-sun-detail');
    review.click();
    const block = lesson.shadowRoot!.getElementById('lesson-sun-detail') as HTMLDetailsElement;
    expect(block.open).to.be.true;
    expect(deepActiveElement()).to.equal(block.querySelector('summary'));
  });
});

describe('content in a language without interface strings (French)', () => {
  /** The language a screen reader would use for a node: its nearest `lang`, across shadow roots. */
  const langOf = (node: Element): string => {
    for (let el: Element | null = node; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null)) {
      if (el.getAttribute('lang')) return el.getAttribute('lang')!;
    }
    return '';
  };
  const french = () => {
    const content = otherContent();
    content.language = 'fr';
    content.title = 'Le système solaire';
    content.sections[0]!.keyPoint = 'Le Soleil retient huit planètes.';
    return content;
  };

  it('marks the English interface words as English and the content as French', async () => {
    const el = await explainer(html`<ece-explainer .content=${french()} .hasQuiz=${true}></ece-explainer>`);
    await el.updateComplete;
    expect(langOf($(el, 'h2')), 'title').to.equal('fr');
    expect(langOf($(el, '.toc-title strong span')), 'contents').to.equal('en');
    expect($(el, '.toc-title').textContent!.trim()).to.equal('Contents');
    const reviewed = $(el, '.reviewed span');
    expect(langOf(reviewed), 'reviewed').to.equal('en');
    // The whole sentence is English, date included: no "Last reviewed 28 novembre 2026".
    expect(reviewed.textContent).to.include('Last reviewed').and.include('November').and.not.include('novembre');
    expect(langOf($(el, '.key-point strong span')), 'key point').to.equal('en');
    expect(langOf($(el, 'section[data-section] p:not(.key-point)')), 'paragraph').to.equal('fr');
    await expect(el).to.be.accessible();
  });

  it('marks the quiz’s interface words as English too', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<ece-quiz .content=${french()} seed="fr"></ece-quiz>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.progress-text'), 'the quiz never rendered', { timeout: 5000 });
    expect(langOf(el.shadowRoot!.querySelector('.progress-text span')!)).to.equal('en');
    expect(langOf(el.shadowRoot!.querySelector('.actions button span')!)).to.equal('en');
    expect(langOf(el.shadowRoot!.querySelector('section.quiz')!)).to.equal('fr');
  });

  it('marks the feedback’s and the results’ interface words as English, not the question or its explanation', async () => {
    const content = french();
    const question = generateQuiz(content, { seed: 'fr', count: 1, types: ['true-false'] }).questions[0]!;
    const el = await fixture<EceQuiz>(html`<ece-quiz .content=${content} seed="fr" questions="1" types="true-false"></ece-quiz>`);
    const q = (selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
    await waitUntil(() => el.shadowRoot!.querySelector('.question-prompt'), 'the quiz never rendered', { timeout: 5000 });
    // The question's English wording is marked English; the French statement and the French page around it are not.
    expect(langOf(q('.question-prompt .visually-hidden span')), 'the spoken question number').to.equal('en');
    const wording = q('.question-prompt > span[lang="en"]');
    expect(wording.textContent).to.equal('True or false? ');
    expect(langOf(wording.nextElementSibling ?? wording.parentElement!), 'statement').to.equal('fr');
    expect(q('.question-prompt').textContent).to.include(question.prompt.replace('True or false? ', ''));
    expect([...el.shadowRoot!.querySelectorAll('.choice span')].map((span) => langOf(span)), '"True" and "False"').to.deep.equal(['en', 'en']);
    await answerByKeyboard(el, question, false);
    await pressButton(el, 'Check');
    expect(langOf(q('.feedback .verdict')), 'verdict').to.equal('en');
    const labels = [...el.shadowRoot!.querySelectorAll('.feedback strong')];
    const explanation = labels.find((label) => label.textContent!.startsWith('Why'))!;
    expect(langOf(explanation.firstElementChild!), 'label').to.equal('en');
    expect(langOf(explanation.parentElement!), 'explanation').to.equal('fr');
    await expect(el).to.be.accessible();
    await pressButton(el, 'See results');
    expect(langOf(q('.results-heading span')), 'heading').to.equal('en');
    expect(langOf(q('.score')), 'score').to.equal('en');
    // Its numbers follow the English sentence: "0%", not the French "0 %".
    expect(q('.score').textContent).to.match(/\d%/);
    expect(langOf(q('.result-code-panel')), 'result code').to.equal('en');
    expect(langOf(q('.review-prompt')), 'question in the review').to.equal('fr');
    await expect(el).to.be.accessible();
  });

  it('marks the timeline’s and the decision walk’s controls as English, not the events or steps', async () => {
    const timeline = await fixture<EceTimeline>(html`<ece-timeline lang="fr" .content=${french()}></ece-timeline>`);
    await timeline.updateComplete;
    const t = (selector: string) => timeline.shadowRoot!.querySelector<HTMLElement>(selector)!;
    expect(langOf(t('.filters label span')), 'filter label').to.equal('en');
    expect(langOf(t('.filters option[value=""]')), '"All"').to.equal('en');
    expect(langOf(t('.count')), 'count').to.equal('en');
    expect(langOf(t('.help')), 'help').to.equal('en');
    expect(langOf(t('.event-toggle .title')), 'event').to.equal('fr');
    await expect(timeline).to.be.accessible();
    const walk = await fixture<EceDecisionWalk>(html`<ece-decision-walk lang="fr" .content=${french()}></ece-decision-walk>`);
    await walk.updateComplete;
    const w = (selector: string) => walk.shadowRoot!.querySelector<HTMLElement>(selector)!;
    expect(langOf(w('.model strong span')), 'model label').to.equal('en');
    expect(langOf(w('legend span')), 'step').to.equal('en');
    expect(langOf(w('.controls')), 'back and start over').to.equal('en');
    expect(langOf(w('fieldset .choices button')), 'answer').to.equal('fr');
    await expect(walk).to.be.accessible();
  });

  it('adds nothing when the content is in the interface’s language', async () => {
    const el = await explainer(html`<ece-explainer .content=${otherContent()}></ece-explainer>`);
    await el.updateComplete;
    expect($(el, '.toc-title strong span')).to.equal(null);
    expect($(el, '.reviewed span')).to.equal(null);
  });
});

describe('ece-explainer prerendered inside another element (defer-hydration)', () => {
  it('leaves its prerendered markup alone while the attribute is there, then renders over it once', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    // Parsed as a page's HTML is, with its declarative shadow root; the tag is defined, so it upgrades at once.
    (container as HTMLDivElement & { setHTMLUnsafe(markup: string): void }).setHTMLUnsafe(
      '<ece-explainer defer-hydration><template shadowrootmode="open"><p id="prerendered">The lesson, prerendered</p></template></ece-explainer>',
    );
    const el = container.querySelector<EceExplainer>('ece-explainer')!;
    el.content = otherContent();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.hasUpdated, 'no render while deferred').to.be.false;
    expect(el.shadowRoot!.getElementById('prerendered')).to.exist;
    el.removeAttribute('defer-hydration');
    await loaded(el);
    expect(el.shadowRoot!.getElementById('prerendered'), 'the prerendered markup is gone').to.be.null;
    expect(el.shadowRoot!.querySelectorAll('article').length).to.equal(1);
    expect(el.shadowRoot!.querySelector('h1, h2')!.textContent).to.include(otherContent().title);
    await expect(el).to.be.accessible();
  });
});
