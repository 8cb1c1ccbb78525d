import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/components/author/ece-author.js';
import type { EceAuthor } from '../../src/components/author/ece-author.js';
import { deepActiveElement, otherContent, settle } from './helpers.js';
import { QUESTION_TYPES } from '../../src/core/questions/types.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(selector));

async function author() {
  const el = await fixture<EceAuthor>(html`<ece-author></ece-author>`);
  await settle(el);
  return el;
}

/** Types into the text box as an author pastes, and waits for the check that follows. */
async function paste(el: EceAuthor, text: string) {
  const box = $<HTMLTextAreaElement>(el, 'textarea');
  box.value = text;
  box.dispatchEvent(new Event('input'));
  await waitUntil(() => !$(el, '.status').textContent!.includes('Open, drop or paste'), 'the file was never checked', { timeout: 8000 });
  await settle(el);
}

describe('ece-author', () => {
  it('says where a JSON syntax error is, and the button selects that line', async () => {
    const el = await author();
    const text = JSON.stringify(otherContent(), null, 2).replace('"id": "solar-system",', '"id": "solar-system"');
    await paste(el, text);
    expect($(el, '.status').textContent).to.include('1 problem');
    const problem = $(el, '.problems li');
    expect(problem.textContent).to.match(/line \d+, column \d+/);
    const button = $<HTMLButtonElement>(el, '.problems .go-to-line');
    const line = Number(/Go to line (\d+)/.exec(button.textContent!)![1]);
    button.click();
    const box = $<HTMLTextAreaElement>(el, 'textarea');
    expect(deepActiveElement()).to.equal(box);
    const selected = box.value.slice(box.selectionStart, box.selectionEnd);
    expect(selected).to.equal(text.split('\n')[line - 1]);
    await expect(el).to.be.accessible();
  });

  it('lists every problem of a file that is JSON but not valid content, each with its line', async () => {
    const el = await author();
    const content = otherContent() as unknown as Record<string, any>;
    content.claims[0].sources = ['no-such-source'];
    delete content.events[1].title;
    const text = JSON.stringify(content, null, 2);
    await paste(el, text);
    const problems = $$(el, '.problems li').map((li) => li.textContent!);
    expect(problems.some((p) => p.includes('claims[0]') && p.includes('unknown source "no-such-source"'))).to.be.true;
    expect(problems.some((p) => p.includes('events[1]') && p.includes('title') && p.includes('missing'))).to.be.true;
    // Each problem's button goes to the line that holds it.
    const unknown = $$(el, '.problems li').find((li) => li.textContent!.includes('no-such-source'))!;
    const line = Number(/Go to line (\d+)/.exec(unknown.querySelector('.go-to-line')!.textContent!)![1]);
    expect(text.split('\n')[line - 1]).to.include('no-such-source');
    await expect(el).to.be.accessible();
  });

  it('previews a valid file with what the generator makes of it', async () => {
    const el = await author();
    await paste(el, JSON.stringify(otherContent(), null, 2));
    expect($(el, '.status').textContent).to.match(/The file is valid: \d+ distinct questions; every question passes the item rules/);
    const rows = $$(el, '.stats tbody tr');
    expect(rows.length, 'a row per question type').to.equal(QUESTION_TYPES.length);
    expect(rows.reduce((sum, row) => sum + Number(row.querySelector('td')!.textContent), 0)).to.be.greaterThan(50);
    const preview = $(el, '.preview export-controls-explainer') as HTMLElement & { updateComplete: Promise<unknown> };
    await waitUntil(() => preview.shadowRoot?.querySelector('ece-explainer')?.shadowRoot?.textContent?.includes(otherContent().title), 'the preview never rendered', { timeout: 8000 });
    await expect(el).to.be.accessible();
  });

  it('starts empty and says what to do', async () => {
    const el = await author();
    expect($(el, '.status').textContent).to.include('Open, drop or paste');
    expect($(el, 'main').getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });
});
